"""`plivo-emulator proxy` and `plivo-emulator drift` as commands: start-up line, report at exit,
`--fail-on` exit statuses, nothing secret on the console, drift reproducing the live report."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import pytest
from proxy_support import ACCOUNT, BASIC, ROOT, SPEC, exchanges
from shared_support import serve_http

URL_LINE = re.compile(r"listening on (http://\S+)")


class Teapot(BaseHTTPRequestHandler):
    """Every answer is a status no operation declares."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        payload = b'{"error": "teapot"}'
        self.send_response(203)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "emulator"), env.get("PYTHONPATH", "")) if p)
    return env


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "plivo_emulator", *args]


@pytest.fixture
def teapot() -> Iterator[str]:
    with serve_http(Teapot) as url:
        yield url


def _forward(stream: Any, lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)


def _run_proxy(tmp_path: Path, upstream: str, *extra: str) -> tuple[int, str, str]:
    """Start the proxy, send one request through it, stop it with SIGINT: (status, stdout, stderr)."""
    args = _command(
        "proxy", "--upstream", upstream, "--port", "0", "--spec", SPEC, "--log-level", "info",
        "--record", str(tmp_path / "run.har"), "--report", str(tmp_path / "live.jsonl"), *extra,
    )  # fmt: skip
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        assert proc.stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_forward, args=(proc.stdout, lines), daemon=True).start()
        try:
            first = lines.get(timeout=60)
        except queue.Empty:
            raise AssertionError("the proxy printed nothing") from None
        match = URL_LINE.search(first)
        assert match, first
        with httpx.Client(base_url=match.group(1), auth=(ACCOUNT.auth_id, ACCOUNT.auth_token)) as client:
            answer = client.get(f"/v1/Account/{ACCOUNT.auth_id}/Message/", params={"limit": 3})
            assert answer.status_code == 203
        proc.send_signal(signal.SIGINT)
        status = proc.wait(timeout=30)
        rest: list[str] = []
        while not lines.empty():
            rest.append(lines.get())
        stderr = proc.stderr.read() if proc.stderr else ""
        return status, first + "".join(rest), stderr
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


def test_proxy_and_drift_commands(tmp_path: Path, teapot: str) -> None:
    status, out, err = _run_proxy(tmp_path, teapot, "--fail-on", "response")
    assert status == 1, out + err
    assert "listMessages: 1 call(s) [203x1]" in out
    assert "status 203 is not declared for listMessages" in out
    for secret in (ACCOUNT.auth_token, BASIC, ACCOUNT.auth_id):
        assert secret not in out + err
        assert secret not in (tmp_path / "run.har").read_text(encoding="utf-8")
    live = exchanges(tmp_path / "live.jsonl")
    assert [(e["operation"], e["undocumented_status"]) for e in live] == [("listMessages", 203)]

    drift = subprocess.run(
        _command("drift", str(tmp_path / "run.har"), "--spec", SPEC, "--report", str(tmp_path / "d.jsonl")),
        capture_output=True, text=True, env=_env(), timeout=120, check=False,
    )  # fmt: skip
    assert drift.returncode == 1, drift.stdout + drift.stderr
    assert "status 203 is not declared for listMessages" in drift.stdout
    assert re.search(r"coverage: 1 of \d+ operations and webhooks exercised", drift.stdout)
    declared = "200, 400, 401, 403, 404, 405, 429, 500, DEFAULT"
    assert f"listMessages: statuses seen 203 of {declared}" in drift.stdout
    assert exchanges(tmp_path / "d.jsonl") == live
    coverage = json.loads((tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()[-1])["coverage"]
    assert coverage["operations"]["listMessages"]["calls"] == 1
    assert coverage["operations"]["sendMessage"]["calls"] == 0

    # a request-only gate passes on the same traffic
    passing = subprocess.run(
        _command("drift", str(tmp_path / "run.har"), "--spec", SPEC, "--fail-on", "request"),
        capture_output=True, text=True, env=_env(), timeout=120, check=False,
    )  # fmt: skip
    assert passing.returncode == 0, passing.stdout + passing.stderr


def test_fail_on_none_and_bad_options(tmp_path: Path, teapot: str) -> None:
    status, out, _ = _run_proxy(tmp_path, teapot, "--fail-on", "none")
    assert status == 0 and "contract report: 1 call(s)" in out
    bad = subprocess.run(
        _command("drift", str(tmp_path / "run.har"), "--fail-on", "sometimes"),
        capture_output=True, text=True, env=_env(), timeout=120, check=False,
    )  # fmt: skip
    assert bad.returncode == 2 and "sometimes" in bad.stderr
    missing = subprocess.run(
        _command("drift", str(tmp_path / "absent.har")),
        capture_output=True, text=True, env=_env(), timeout=120, check=False,
    )  # fmt: skip
    assert missing.returncode == 2 and "not a HAR file" in missing.stderr
