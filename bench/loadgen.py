"""Load from a separate process: wrk when it is there (installed with apt-get when we are root), else
bench/pyload.py. Both print one `BENCH_RESULT {json}` line, read here into a `LoadResult`."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from procs import BENCH, basic_auth

WRK_SCRIPT = BENCH / "wrk_request.lua"


@dataclass(frozen=True)
class Load:
    base_url: str
    method: str
    paths: Sequence[str]  # requests cycle through them
    body: bytes | None = None
    connections: int = 10
    duration: float = 10.0


@dataclass(frozen=True)
class LoadResult:
    tool: str
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int  # connection errors, timeouts and non-2xx/3xx answers

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def error_share(self) -> float:
        return self.errors / max(1, self.requests)


def ensure_wrk(allow_install: bool = True) -> str | None:
    """Path of wrk, installing the Debian package when missing and we are root; None if unavailable."""
    found = shutil.which("wrk")
    if found or not allow_install or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return found
    print("bench: installing the system package wrk: apt-get install -y wrk", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for attempt in ("install", "update-then-install"):
        if attempt == "update-then-install":
            subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, check=False)
        done = subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"], env=env, capture_output=True, check=False
        )
        if done.returncode == 0 and shutil.which("wrk"):
            return shutil.which("wrk")
    return None


class LoadGenerator:
    """Runs loads with one tool for the whole benchmark run, chosen (and installed) on first use."""

    def __init__(self, prefer: str = "auto") -> None:
        self.prefer = prefer
        self._wrk: str | None = None
        self.used = False

    @property
    def wrk(self) -> str | None:
        if not self.used:
            self.used = True
            self._wrk = ensure_wrk() if self.prefer in ("auto", "wrk") else None
            if self.prefer == "wrk" and self._wrk is None:
                raise RuntimeError("wrk was asked for but cannot be installed")
        return self._wrk

    @property
    def tool(self) -> str:
        return "wrk" if self.wrk else "python"

    def describe(self) -> str:
        if self.wrk:
            done = subprocess.run([self.wrk, "--version"], capture_output=True, text=True, check=False)
            first = (done.stdout or done.stderr).strip().splitlines()
            return first[0] if first else "wrk"
        return "bench/pyload.py (Python, multi-process; wrk was not available)"

    def run(self, load: Load) -> LoadResult:
        with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
            env = dict(os.environ)
            env["BENCH_METHOD"] = load.method
            env["BENCH_AUTH"] = basic_auth()
            paths_file = body_file = ""
            if len(load.paths) > 1:
                paths_file = str(Path(tmp) / "paths.txt")
                Path(paths_file).write_text("\n".join(load.paths) + "\n", encoding="utf-8")
            if load.body is not None:
                body_file = str(Path(tmp) / "body.json")
                Path(body_file).write_bytes(load.body)
            env["BENCH_PATHS_FILE"] = paths_file
            env["BENCH_BODY_FILE"] = body_file
            url = load.base_url + load.paths[0]
            if self.wrk:
                # One wrk thread: on a two-core machine the other core belongs to the server.
                argv = [
                    self.wrk,
                    "-t1",
                    f"-c{load.connections}",
                    f"-d{math.ceil(load.duration)}s",
                    "--timeout",
                    "5s",
                    "-s",
                    str(WRK_SCRIPT),
                    url,
                ]
            else:
                argv = [
                    sys.executable,
                    str(BENCH / "pyload.py"),
                    url,
                    "--method",
                    load.method,
                    "--auth",
                    env["BENCH_AUTH"],
                    "--connections",
                    str(load.connections),
                    "--duration",
                    str(load.duration),
                ]
                if paths_file:
                    argv += ["--paths-file", paths_file]
                if body_file:
                    argv += ["--body-file", body_file]
            done = subprocess.run(
                argv, env=env, capture_output=True, text=True, check=False, timeout=load.duration + 120
            )
        for line in done.stdout.splitlines():
            if line.startswith("BENCH_RESULT "):
                data = json.loads(line.removeprefix("BENCH_RESULT "))
                return LoadResult(
                    tool=str(data["tool"]),
                    requests=int(data["requests"]),
                    seconds=int(data["duration_us"]) / 1e6,
                    p50_ms=int(data["p50_us"]) / 1000,
                    p99_ms=int(data["p99_us"]) / 1000,
                    errors=int(data["errors"]) + int(data["status_errors"]),
                )
        raise RuntimeError(f"load generator gave no result ({done.returncode}): {done.stderr[-800:]}")
