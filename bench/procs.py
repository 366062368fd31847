"""Child processes of the benchmark: start, wait until they answer HTTP, measure, stop."""

from __future__ import annotations

import base64
import http.client
import os
import signal
import socket
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
AUTH_ID = "MAXXXXXXXXXXXXXXXXXX"
AUTH_TOKEN = "emulator-auth-token"


def basic_auth(auth_id: str = AUTH_ID, token: str = AUTH_TOKEN) -> str:
    return "Basic " + base64.b64encode(f"{auth_id}:{token}".encode()).decode()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 5.0,
) -> tuple[int, bytes]:
    """One HTTP/1.1 request to 127.0.0.1:port; (status, body). Raises OSError when nothing answers."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=dict(headers or {}))
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


class Proc:
    """A child process whose output goes to a log file; stopped with SIGINT (graceful), then SIGKILL."""

    def __init__(
        self, name: str, argv: Sequence[str], log_dir: Path, env: Mapping[str, str] | None = None
    ) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("wb")
        self.started = time.perf_counter()
        self.popen = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=dict(env) if env is not None else None,
            cwd=ROOT,
            start_new_session=True,  # a Ctrl-C of the benchmark is not also delivered to the child
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def log_tail(self, lines: int = 15) -> str:
        self._log.flush()
        text = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n".join(text[-lines:])

    def wait_answering(self, port: int, path: str = "/", timeout: float = 60.0) -> float:
        """Poll until any HTTP answer comes back on `port`; seconds since the process was started."""
        deadline = time.monotonic() + timeout
        while True:
            if self.popen.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with status {self.popen.returncode}:\n{self.log_tail()}"
                )
            try:
                request(port, "GET", path, headers={"Authorization": basic_auth()}, timeout=2.0)
                return time.perf_counter() - self.started
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"{self.name} did not answer within {timeout:.0f} s") from None
                time.sleep(0.005)

    def cpu_s(self) -> float:
        """CPU time (user + system) the process has used so far, from /proc."""
        fields = Path(f"/proc/{self.pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_kib(self) -> tuple[int, int]:
        """(current RSS, peak RSS) in KiB, from /proc."""
        values = {"VmRSS": 0, "VmHWM": 0}
        status = Path(f"/proc/{self.pid}/status")
        for line in status.read_text(encoding="ascii").splitlines():
            key, _, rest = line.partition(":")
            if key in values:
                values[key] = int(rest.split()[0])
        return values["VmRSS"], values["VmHWM"]

    def stop(self, timeout: float = 15.0) -> int:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGINT)
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        self._log.close()
        return int(self.popen.returncode)

    def __enter__(self) -> Proc:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def child_env(**extra: str) -> dict[str, str]:
    """The environment for measured programs: ours, without settings that would change what is
    measured. Bytecode caching is left on (as Python has it by default) so that a start-up is timed
    with the .pyc files an installed Python normally has, not compiling every module again."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLIVO_EMULATOR_")}
    for name in ("PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env.update(extra)
    return env
