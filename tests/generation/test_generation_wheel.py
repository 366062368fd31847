"""The built wheel installs into a fresh virtualenv and sends a real HTTP request with PlivoClient."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from generation_support import AUTH_ID, AUTH_TOKEN, GENERATED, REPO, SPEC, operations, resolve
from shared_support import serve_http

MESSAGE_UUID = "6e1b6f52-8b41-4a0e-9a47-7d1c8a1f0b6e"
SCRIPT = """
import sys
import plivo_messaging
from plivo_messaging import PlivoClient
from plivo_messaging.api.messages import send_message
from plivo_messaging.models import SendMessageRequest, SendMessageResponse

base_url, auth_id, auth_token = sys.argv[1:4]
with PlivoClient(auth_id, auth_token, base_url) as client:
    body = SendMessageRequest(src="14155550100", dst="14155550123", text="Hello from the wheel")
    sent = send_message.sync(client=client, body=body)
assert isinstance(sent, SendMessageResponse), sent
print(plivo_messaging.__file__)
print(sent.message_uuid[0])
"""


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Recorder(BaseHTTPRequestHandler):
    seen: list[Seen]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.seen.append(Seen("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        payload = json.dumps(
            {
                "api_id": "2d5c1c1e-8a4b-11ef-9a2b-0242ac110002",
                "message": "message(s) queued",
                "message_uuid": [MESSAGE_UUID],
            }
        ).encode()
        self.send_response(202)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[Seen]]]:
    seen: list[Seen] = []
    handler = type("Handler", (Recorder,), {"seen": seen})
    with serve_http(handler) as base:
        yield base, seen


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, f"{' '.join(cmd)}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.mark.slow
def test_wheel_installs_and_sends_a_message(tmp_path: Path, server: tuple[str, list[Seen]]) -> None:
    assert "sendMessage" in {op.operation_id for op in operations()}
    base_url, seen = server
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    run([*pip, "wheel", "--no-deps", "--wheel-dir", str(tmp_path / "dist"), str(GENERATED)], cwd=tmp_path)
    wheels = list((tmp_path / "dist").glob("plivo_messaging-*-py3-none-any.whl"))
    assert len(wheels) == 1, wheels

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    # The wheel's own dependency ranges resolve, held to the versions the repository tests with.
    run(
        [
            str(python),
            "-m",
            "pip",
            "--disable-pip-version-check",
            "--quiet",
            "install",
            "-c",
            str(REPO / "constraints.txt"),
            str(wheels[0]),
        ],
        cwd=tmp_path,
    )
    (tmp_path / "send.py").write_text(SCRIPT, encoding="utf-8")
    result = run([str(python), "-I", "send.py", base_url, AUTH_ID, AUTH_TOKEN], cwd=tmp_path)

    module_file, message_uuid = result.stdout.split()
    assert Path(module_file).is_relative_to(venv), "the script did not import the installed wheel"
    assert message_uuid == MESSAGE_UUID
    assert len(seen) == 1
    request = seen[0]
    assert (request.method, request.path) == ("POST", f"/v1/Account/{AUTH_ID}/Message/")
    assert (
        request.headers["authorization"]
        == "Basic " + base64.b64encode(f"{AUTH_ID}:{AUTH_TOKEN}".encode()).decode()
    )
    assert request.headers["content-type"] == "application/json"
    body = json.loads(request.body)
    sent = {"src": "14155550100", "dst": "14155550123", "text": "Hello from the wheel"}
    assert {key: body.get(key) for key in sent} == sent
    # The generated model also writes out fields that have a default in the spec, with that default.
    properties = resolve(SPEC["components"]["schemas"]["SendMessageRequest"])["properties"]
    assert {key: value for key, value in body.items() if key not in sent} == {
        key: resolve(properties[key])["default"] for key in body if key not in sent
    }
