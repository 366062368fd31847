"""A deliberately wrong upstream: every way it leaves the spec is reported with its pointer, while the
client still gets the upstream's answer unchanged; `--strict` keeps an invalid request from leaving;
callbacks go to the callback target and are checked against the webhooks; drift over the recording
finds the same."""

from __future__ import annotations

import asyncio
import gzip
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
import yaml
from plivo_emulator.proxy.contract import Contract
from plivo_emulator.proxy.drift import replay_files
from plivo_emulator.proxy.redact import Redactor
from plivo_emulator.proxy.report import Report
from proxy_support import ACCOUNT, BASIC, SPEC, Proxy, exchanges, running_proxy
from shared_support import serve_http

UUID = "4d7b2e91-6a0d-11ef-b4c2-0242ac110002"
MESSAGE = {
    "api_id": "c0a8f2a4-6a0d-11ef-b4c2-0242ac110002",
    "message_uuid": UUID,
    "message_time": "2024-09-03 10:20:11.550192+05:30",
    "message_direction": "outbound",
    "message_state": "teleported",  # an open enumeration: valid, but not a value the spec lists
    "message_type": "sms",
    "error_code": None,
    "from_number": "14155550100",
    "to_number": "14155550101",
    "units": "1",  # the spec says integer
    "total_rate": "0.00500",
    "total_amount": "0.00500",
    "resource_uri": f"/v1/Account/{ACCOUNT.auth_id}/Message/{UUID}/",
    "surprise_field": {"nested": True},  # not in the spec
}


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class WrongUpstream(BaseHTTPRequestHandler):
    """Answers off the spec, and remembers what reached it."""

    seen: ClassVar[list[Seen]] = []
    lock = threading.Lock()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with self.lock:
            self.seen.append(
                Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            )
        status, payload, extra = self._route()
        self.send_response(status)
        for key, value in extra.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _route(self) -> tuple[int, bytes, dict[str, str]]:
        base = f"/v1/Account/{ACCOUNT.auth_id}/Message/"
        json_type = {"Content-Type": "application/json"}
        if self.path.startswith("/app/"):
            return 200, b"", {}
        if self.command == "GET" and self.path == f"{base}{UUID}/":
            return 200, gzip.compress(json.dumps(MESSAGE).encode()), {**json_type, "Content-Encoding": "gzip"}
        if self.command == "GET" and self.path.startswith(base):
            return 203, b'{"error": "not quite"}', json_type
        if self.command == "POST" and self.path == base:
            return 202, b'{"api_id": "c0a8f2a4-6a0d-11ef-b4c2-0242ac110002", "message": "queued"}', json_type
        return 404, b"<html>not here</html>", {"Content-Type": "text/html"}

    do_GET = do_POST = do_DELETE = _answer


@pytest.fixture
def upstream() -> Iterator[str]:
    WrongUpstream.seen.clear()
    with serve_http(WrongUpstream) as url:
        yield url


@pytest.fixture
def proxy(contract: Contract, upstream: str, tmp_path: Path) -> Iterator[Proxy]:
    with running_proxy(
        contract,
        upstream,
        callback_target=f"{upstream}/app",
        record=tmp_path / "faults.har",
        report=tmp_path / "live.jsonl",
    ) as running:
        yield running


def _findings(line: dict[str, Any]) -> dict[str, Any]:
    return {k: line[k] for k in ("request_violations", "response_violations", "undocumented_status",
                                 "unknown_fields", "unknown_enum_values")}  # fmt: skip


def test_each_fault_is_reported_with_its_pointer(proxy: Proxy, contract: Contract, tmp_path: Path) -> None:
    auth = (ACCOUNT.auth_id, ACCOUNT.auth_token)
    with httpx.Client(base_url=proxy.account_url, auth=auth, headers={"X-Trace": "t-1"}) as client:
        got = client.get(f"/Message/{UUID}/")
        # the client gets the upstream's answer: status, decoded body, and its headers
        assert got.status_code == 200 and got.json() == MESSAGE
        assert got.headers["content-encoding"] == "gzip"
        teapot = client.get("/Message/", params={"limit": 5, "message_direction": "outbound"})
        assert teapot.status_code == 203 and teapot.json() == {"error": "not quite"}
        queued = client.post("/Message/", json={"src": "14155550100", "dst": "14155550101", "text": "hi"})
        assert queued.status_code == 202
        invalid = client.post("/Message/", json={"src": "14155550100", "text": "no destination"})
        assert invalid.status_code == 202  # not strict: forwarded, answered by the upstream
        callback = httpx.post(
            f"{proxy.base_url}/callbacks/status?tag=7",
            data={
                "MessageUUID": UUID,
                "From": "14155550100",
                "To": "14155550101",
                "Status": "beamed",
                "Extra": "1",
            },
        )
        assert callback.status_code == 200
    proxy.server.stop()

    # forwarded unchanged: method, path, query, headers (credentials included), body
    sent = teapot.request
    seen = WrongUpstream.seen[1]
    assert (seen.method, seen.path) == ("GET", sent.url.raw_path.decode())
    assert seen.headers["authorization"] == f"Basic {BASIC}" and seen.headers["x-trace"] == "t-1"
    ignored = {"host", "connection", "content-length"}
    expected = {(k.lower(), v) for k, v in sent.headers.items() if k.lower() not in ignored}
    assert {(k, v) for k, v in seen.headers.items() if k not in ignored} == expected
    assert WrongUpstream.seen[2].body == queued.request.content
    assert (WrongUpstream.seen[4].method, WrongUpstream.seen[4].path) == ("POST", "/app/status?tag=7")

    live = exchanges(proxy.report_path or Path())
    assert [(e["kind"], e["operation"], e["status"]) for e in live] == [
        ("api", "getMessage", 200),
        ("api", "listMessages", 203),
        ("api", "sendMessage", 202),
        ("api", "sendMessage", 202),
        ("callback", "receiveMessageStatus", 200),
    ]
    get_, teapot_, send_, invalid_, callback_ = (_findings(e) for e in live)
    # the wording of a message is the validator's; the pointer is the report's
    [(units, wrong_type)] = [(v["pointer"], v["message"]) for v in get_.pop("response_violations")]
    assert units == "/body/units" and "integer" in wrong_type
    assert get_ == {
        "request_violations": [],
        "undocumented_status": None,
        "unknown_fields": ["/body/surprise_field"],
        "unknown_enum_values": [{"pointer": "/body/message_state", "value": "teleported"}],
    }
    assert teapot_["undocumented_status"] == 203 and teapot_["response_violations"] == []
    assert send_["request_violations"] == []
    assert {"pointer": "/body/message_uuid", "message": "this field is required"} in send_[
        "response_violations"
    ]
    assert invalid_["request_violations"] == [{"pointer": "/body/dst", "message": "this field is required"}]
    assert callback_["request_violations"] == []
    assert callback_["unknown_fields"] == ["/body/Extra"]
    assert callback_["unknown_enum_values"] == [{"pointer": "/body/Status", "value": "beamed"}]

    summary = proxy.report.summary()
    assert "getMessage: 1 call(s) [200x1]" in summary
    assert "field    /body/surprise_field" in summary and "status   -: status 203" in summary

    # drift over the recording finds the same, line for line
    assert proxy.record_path is not None
    recorded = proxy.record_path.read_text(encoding="utf-8")
    assert ACCOUNT.auth_token not in recorded and BASIC not in recorded and ACCOUNT.auth_id not in recorded
    report = Report(Redactor(), tmp_path / "drift.jsonl")
    asyncio.run(replay_files(contract, report, [proxy.record_path]))
    report.close()
    assert exchanges(tmp_path / "drift.jsonl") == live

    # the same traffic against a changed spec: the changes show in the findings
    document = yaml.safe_load(Path(SPEC).read_text(encoding="utf-8"))
    document["components"]["schemas"]["Message"]["properties"]["surprise_field"] = {"type": "object"}
    document["paths"]["/v1/Account/{auth_id}/Message/"]["get"]["responses"]["203"] = {"description": "Teapot"}
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(document), encoding="utf-8")
    again = Report(Redactor(), tmp_path / "changed.jsonl")
    asyncio.run(replay_files(Contract(changed), again, [proxy.record_path]))
    again.close()
    get_again, teapot_again = (_findings(e) for e in exchanges(tmp_path / "changed.jsonl")[:2])
    assert get_again["unknown_fields"] == []
    assert [v["pointer"] for v in get_again["response_violations"]] == ["/body/units"]
    assert teapot_again["undocumented_status"] is None


def test_strict_blocks_an_invalid_request_before_it_leaves(contract: Contract, upstream: str) -> None:
    with (
        running_proxy(contract, upstream, strict=True) as proxy,
        httpx.Client(base_url=proxy.account_url, auth=(ACCOUNT.auth_id, ACCOUNT.auth_token)) as client,
    ):
        blocked = client.post(
            "/Message/", json={"src": "14155550100", "text": "no destination", "type": "fax"}
        )
        assert blocked.status_code == 400
        body = blocked.json()
        assert set(body) == {"api_id", "error"}
        assert body["error"].startswith("dst: this field is required")
        assert "type:" in body["error"]
        assert WrongUpstream.seen == []  # nothing reached the upstream
        assert (
            client.post(
                "/Message/", json={"src": "14155550100", "dst": "14155550101", "text": "ok"}
            ).status_code
            == 202
        )
        assert len(WrongUpstream.seen) == 1
        assert proxy.report.counts()["request"] == 2


def test_unknown_paths_and_methods_are_request_violations(
    contract: Contract, upstream: str, tmp_path: Path
) -> None:
    har = tmp_path / "anonymous.har"
    with (
        running_proxy(contract, upstream, record=har) as proxy,
        httpx.Client(base_url=proxy.base_url) as client,
    ):
        # no credentials at all: the Auth ID in the path is still kept out of the recording
        assert client.get(f"/v1/Account/{ACCOUNT.auth_id}/Nowhere/").status_code == 404
        # forwarded all the same: the upstream answers (this one has no PUT: 501)
        assert client.put(f"/v1/Account/{ACCOUNT.auth_id}/Message/").status_code == 501
        assert proxy.report.counts()["request"] == 2
        summary = proxy.report.summary()
        assert "no path of the spec matches" in summary
        assert "the spec declares no such method here" in summary
        assert ACCOUNT.auth_id not in summary
    assert WrongUpstream.seen[0].path == f"/v1/Account/{ACCOUNT.auth_id}/Nowhere/"
    assert ACCOUNT.auth_id not in har.read_text(encoding="utf-8")
