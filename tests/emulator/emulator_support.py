"""Shared constants and helpers of the emulator tests (a module of its own so test files can import
it; conftest.py only holds fixtures)."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
from plivo_emulator.auth import Account, Accounts
from plivo_emulator.config import Settings
from plivo_emulator.server import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]
SPEC = os.environ.get("PLIVO_EMULATOR_SPEC") or str(ROOT / "openapi.yaml")

MAIN = Account("MAXXXXXXXXXXXXXXXXXX", "main-token")
SUB = Account("SAXXXXXXXXXXXXXXXXXX", "sub-token", "MAXXXXXXXXXXXXXXXXXX")
OTHER = Account("MAYYYYYYYYYYYYYYYYYY", "other-token")


def settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "spec_path": SPEC,
        "accounts": Accounts([MAIN, SUB, OTHER]),
        "validate_responses": True,
        # Operations owned by other resource modules may not have handlers yet; completeness is
        # checked on its own in test_emulator_startup.py.
        "allow_missing_handlers": True,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def account_client(server: EmulatorServer, account: Account) -> httpx.Client:
    return httpx.Client(
        base_url=f"{server.base_url}/v1/Account/{account.auth_id}/",
        auth=(account.auth_id, account.auth_token),
        timeout=30,
    )


def send(client: httpx.Client, **body: object) -> httpx.Response:
    """POST a message with defaults filled in; a field set to None is left out."""
    payload: dict[str, object] = {"src": "14155550100", "dst": "14155550123", "text": "hello"}
    payload.update(body)
    return client.post("Message/", json={k: v for k, v in payload.items() if v is not None})


EMULATOR_SRC = ROOT / "emulator"
URL_LINE = re.compile(r"listening on (http://\S+)")


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(EMULATOR_SRC), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


class CliProcess:
    """`python -m plivo_emulator` in a subprocess on a free port; always killed on exit."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.args = [sys.executable, "-m", "plivo_emulator", "--port", "0", "--no-access-log", *args]
        self.env = env or cli_env()
        self.proc: subprocess.Popen[str] | None = None
        self.base_url = ""
        self.first_line = ""
        self.stderr_lines: list[str] = []

    def start(self, timeout: float = 20.0) -> CliProcess:
        self.proc = subprocess.Popen(
            self.args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env
        )
        assert self.proc.stdout is not None and self.proc.stderr is not None
        threading.Thread(target=self._drain, args=(self.proc.stderr,), daemon=True).start()
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._forward, args=(self.proc.stdout, lines), daemon=True).start()
        try:
            self.first_line = lines.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            raise RuntimeError("emulator printed nothing; stderr:\n" + "".join(self.stderr_lines)) from None
        match = URL_LINE.search(self.first_line)
        if not match:
            self.kill()
            raise RuntimeError(f"unexpected first line {self.first_line!r}")
        self.base_url = match.group(1)
        return self

    @staticmethod
    def _forward(stream: Any, lines: queue.Queue[str]) -> None:
        for line in stream:
            lines.put(line)

    def _drain(self, stream: Any) -> None:
        for line in stream:
            self.stderr_lines.append(line)

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def wait(self, timeout: float = 15.0) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=timeout)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def __enter__(self) -> CliProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.kill()
