"""Connections that never complete a request are closed within the request deadline, while other
clients are served: raw sockets, because no HTTP client sends half a request on purpose."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from emulator_support import MAIN, settings
from plivo_emulator.server import EmulatorServer

DEADLINE = 1.0
# generous: the machine is shared; what matters is that the connection is closed, not held for ever
CLOSED_WITHIN = 15.0

STALLED = {
    "idle after connecting": b"",
    "slow headers": b"GET /v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/ HTTP/1.1\r\nHost: x\r\n",
    "HTTP/0.9 request line": b"GET /\r\n",
    "body shorter than its Content-Length": (
        b"POST /v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/ HTTP/1.1\r\nHost: x\r\n"
        b"Authorization: Basic TUFYWFhYWFhYWFhYWFhYWFhYWFg6bWFpbi10b2tlbg==\r\n"
        b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
        b'{"src": "14155550100",'
    ),
}


@pytest.fixture(scope="module")
def strict() -> Iterator[EmulatorServer]:
    with EmulatorServer(settings(), request_timeout=DEADLINE) as running:
        yield running


def read_until_closed(sock: socket.socket) -> bytes:
    sock.settimeout(CLOSED_WITHIN)
    out = b""
    while chunk := sock.recv(4096):
        out += chunk
    return out


@pytest.mark.parametrize("stalled", list(STALLED))
def test_stalled_connection_is_closed_while_others_are_served(strict: EmulatorServer, stalled: str) -> None:
    with socket.create_connection(("127.0.0.1", strict.port)) as sock:
        sock.sendall(STALLED[stalled])
        started = time.monotonic()
        with httpx.Client(auth=(MAIN.auth_id, "main-token"), timeout=CLOSED_WITHIN) as other:
            assert other.get(f"{strict.base_url}/v1/Account/{MAIN.auth_id}/Message/").status_code == 200
        answer = read_until_closed(sock)  # raises socket.timeout if the connection is held
        assert time.monotonic() - started < CLOSED_WITHIN
    if STALLED[stalled]:
        assert answer.startswith(b"HTTP/1.1 408 "), answer[:100]
        assert b'"error"' in answer
    else:
        assert answer == b""


def test_slow_but_complete_request_within_the_deadline_is_answered(strict: EmulatorServer) -> None:
    request = (
        b"GET /v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/ HTTP/1.1\r\nHost: x\r\n"
        b"Authorization: Basic TUFYWFhYWFhYWFhYWFhYWFhYWFg6bWFpbi10b2tlbg==\r\nConnection: close\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", strict.port)) as sock:
        for i in range(0, len(request), 40):
            sock.sendall(request[i : i + 40])
        assert read_until_closed(sock).startswith(b"HTTP/1.1 200 ")


def test_keep_alive_connection_gets_a_new_deadline_per_request(strict: EmulatorServer) -> None:
    request = (
        b"GET /v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/ HTTP/1.1\r\nHost: x\r\n"
        b"Authorization: Basic TUFYWFhYWFhYWFhYWFhYWFhYWFg6bWFpbi10b2tlbg==\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", strict.port)) as sock:
        sock.settimeout(CLOSED_WITHIN)
        for _ in range(3):
            sock.sendall(request)
            assert sock.recv(65536).startswith(b"HTTP/1.1 200 ")
        sock.sendall(request[:30])  # then stalls half-way through the next request line
        assert read_until_closed(sock).startswith(b"HTTP/1.1 408 ")
