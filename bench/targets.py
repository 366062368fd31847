"""The servers the benchmark measures: the emulator as users start it, Prism, and a bare Starlette app."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from procs import AUTH_ID, BENCH, ROOT, Proc, child_env, free_port

MESSAGES_PATH = f"/v1/Account/{AUTH_ID}/Message/"
PRISM_BIN = BENCH / "node_modules" / ".bin" / "prism"
# npm ci leaves this copy of the lock file; it is newer than package-lock.json after a good install.
PRISM_STAMP = BENCH / "node_modules" / ".package-lock.json"


@dataclass
class Server:
    name: str
    port: int
    proc: Proc
    startup_s: float

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.stop()


def emulator_argv(
    port: int, db: Path, profile_to: Path | None = None, profile_mode: str = "serving"
) -> list[str]:
    """The `plivo-emulator` command (one uvicorn worker, uvloop + httptools, response validation off).

    Access logging is off here as it is for the other servers, so that no server pays for writing
    a log line per request. With `profile_to`, the same CLI runs under a CPU profiler
    (`profile_mode`: `serving` or `startup`, see bench/profile_server.py).
    """
    options = ["--port", str(port), "--db", str(db), "--no-access-log", "--log-level", "warning"]
    if profile_to is not None:
        return [sys.executable, str(BENCH / "profile_server.py"), str(profile_to), profile_mode, *options]
    return [str(Path(sys.executable).parent / "plivo-emulator"), *options]


def start_emulator(
    log_dir: Path,
    db: Path,
    profile_to: Path | None = None,
    profile_mode: str = "serving",
    env: dict[str, str] | None = None,
) -> Server:
    port = free_port()
    proc = Proc(
        "emulator" if profile_to is None else "emulator-profiled",
        emulator_argv(port, db, profile_to, profile_mode),
        log_dir,
        child_env(**(env or {})),
    )
    startup = proc.wait_answering(port, MESSAGES_PATH)
    return Server("emulator", port, proc, startup)


def start_bare(log_dir: Path) -> Server:
    port = free_port()
    proc = Proc(
        "bare-starlette",
        [sys.executable, str(BENCH / "bare_app.py"), "--port", str(port)],
        log_dir,
        child_env(),
    )
    return Server("bare Starlette", port, proc, proc.wait_answering(port, MESSAGES_PATH))


def ensure_prism() -> str | None:
    """Install the pinned Prism into bench/node_modules (npm ci) when needed; None, or why it cannot be."""
    npm = shutil.which("npm")
    if npm is None:
        return "npm is not installed"
    lock = BENCH / "package-lock.json"
    if PRISM_BIN.exists() and PRISM_STAMP.exists() and PRISM_STAMP.stat().st_mtime >= lock.stat().st_mtime:
        return None
    print("bench: npm ci in bench/ (Prism)", flush=True)
    done = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=BENCH,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not PRISM_BIN.exists():
        return f"npm ci failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-500:]}"
    return None


def prism_version() -> str:
    done = subprocess.run([str(PRISM_BIN), "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def start_prism(log_dir: Path) -> Server:
    port = free_port()
    argv = [
        str(PRISM_BIN),
        "mock",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        # Prism logs every request at the default level; warnings only, like the other servers.
        "--verboseLevel",
        "warn",
        str(ROOT / "openapi.yaml"),
    ]
    proc = Proc("prism", argv, log_dir, child_env())
    return Server("Prism", port, proc, proc.wait_answering(port, MESSAGES_PATH, timeout=120))
