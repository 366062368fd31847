"""The client against the emulator's injected faults and signed callbacks (its admin API)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from client_support import SENDER, destination
from plivo_emulator.pytest_plugin import EmulatorHandle
from plivo_messaging import PlivoClient, RetryPolicy, ServerError, validate_callback_request
from plivo_messaging.api.messages import get_message, list_messages, send_message
from plivo_messaging.models import SendMessageRequest
from shared_support import serve_http

# Retry-After from the emulator is whole seconds; the cap keeps the test fast.
QUICK = RetryPolicy(attempts=3, backoff=0.001, max_wait=0.05)


@pytest.fixture
def emulator(plivo_emulator: EmulatorHandle) -> EmulatorHandle:
    assert hasattr(plivo_emulator, "inject_fault"), "the emulator's pytest plugin offers fault injection"
    return plivo_emulator


@pytest.fixture
def retrying(emulator: EmulatorHandle) -> Iterator[tuple[PlivoClient, list[httpx.Request]]]:
    requests: list[httpx.Request] = []
    client = PlivoClient(emulator.auth_id, emulator.auth_token, emulator.base_url, retries=QUICK)
    # Event hooks see every request the retrying transport sends, retries included.
    with client:
        client.get_httpx_client().event_hooks["request"].append(requests.append)
        yield client, requests


def _body(index: int = 0, **extra: str) -> SendMessageRequest:
    return SendMessageRequest.from_dict({"src": SENDER, "dst": destination(index), "text": "hello", **extra})


def test_injected_429_twice_is_retried_then_sent_once(
    emulator: EmulatorHandle, retrying: tuple[PlivoClient, list[httpx.Request]]
) -> None:
    client, _ = retrying
    emulator.inject_fault(status=429, retry_after=1, count=2, operation_id="sendMessage")
    sent = send_message.sync(client=client, body=_body())
    [stored] = emulator.messages()
    assert stored["message_uuid"] == str(sent.message_uuid[0])


def test_injected_500_on_a_send_is_not_retried(
    emulator: EmulatorHandle, retrying: tuple[PlivoClient, list[httpx.Request]]
) -> None:
    client, requests = retrying
    emulator.inject_fault(status=500, count=1, operation_id="sendMessage")
    with pytest.raises(ServerError) as caught:
        send_message.sync(client=client, body=_body())
    assert caught.value.status_code == 500 and caught.value.method == "POST"
    assert emulator.auth_token not in str(caught.value)
    assert [r.method for r in requests] == ["POST"]
    assert emulator.messages() == []


def test_injected_500_on_a_read_is_retried(
    emulator: EmulatorHandle, retrying: tuple[PlivoClient, list[httpx.Request]]
) -> None:
    client, _ = retrying
    sent = send_message.sync(client=client, body=_body())
    emulator.inject_fault(status=500, count=2, operation_id="getMessage")
    got = get_message.sync(uuid.UUID(str(sent.message_uuid[0])), client=client)
    assert got.to_number == destination(0)
    assert list_messages.sync(client=client).meta.total_count == 1


class _Received(NamedTuple):
    method: str
    url: str
    headers: dict[str, str]
    form: dict[str, str]


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[_Received]]]:
    """A webhook endpoint on 127.0.0.1 that records each request and answers 200."""
    received: list[_Received] = []

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            host, port = self.server.server_address[:2]  # type: ignore[index, str-unpack]  # an AF_INET address
            received.append(
                _Received(
                    self.command,
                    f"http://{host}:{port}{self.path}",
                    dict(self.headers),
                    dict(parse_qsl(body)),
                )
            )
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = _serve

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serve_http(Handler) as base:
        yield base, received


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_emulator_callbacks_are_signed(
    emulator: EmulatorHandle, receiver: tuple[str, list[_Received]], method: str
) -> None:
    base, received = receiver
    with PlivoClient(emulator.auth_id, emulator.auth_token, emulator.base_url) as client:
        send_message.sync(client=client, body=_body(url=f"{base}/status?shop=7", method=method))
    emulator.wait_for_callbacks()
    # POST callbacks carry their fields as a form, GET callbacks in the query string.
    fields = [r.form if method == "POST" else dict(parse_qsl(urlsplit(r.url).query)) for r in received]
    assert [f["Status"] for f in fields] == ["queued", "sent", "delivered"]
    assert all(f["shop"] == "7" for f in fields if method == "GET")
    token = emulator.auth_token
    for request, sent_fields in zip(received, fields, strict=True):
        assert request.method == method
        params = request.form if method == "POST" else None
        assert validate_callback_request(method, request.url, request.headers, params, auth_token=token)
        assert not validate_callback_request(method, request.url, request.headers, params, auth_token="wrong")
        tampered = {**sent_fields, "Status": "failed"}
        if method == "POST":
            assert not validate_callback_request(
                method, request.url, request.headers, tampered, auth_token=token
            )
        else:
            forged = request.url.replace(f"Status={sent_fields['Status']}", "Status=failed")
            assert forged != request.url
            assert not validate_callback_request(method, forged, request.headers, auth_token=token)
