"""The one exception type the request path raises, and Plivo's error body."""

from __future__ import annotations

import random
import threading
import time
from typing import Any

# A time-based (version 1) UUID is made here rather than with uuid.uuid1(), which costs three times
# as much on every request: 100-ns intervals since 1582-10-15, a random clock sequence, and a random
# node with the multicast bit set (RFC 4122 4.5: a node that is not a network card's address).
_GREGORIAN_OFFSET = 0x01B21DD213814000
_NODE = random.getrandbits(48) | (1 << 40)
_CLOCK_SEQ = 0x8000 | random.getrandbits(14)  # with the RFC 4122 variant bits
_TAIL = f"{_CLOCK_SEQ:04x}-{_NODE:012x}"
_lock = threading.Lock()
_last = 0


def new_api_id() -> str:
    """Plivo identifies each request with a time-based UUID (each one different: a timestamp that
    would repeat the last one is moved on by 100 ns)."""
    global _last
    with _lock:
        stamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
        if stamp <= _last:
            stamp = _last + 1
        _last = stamp
    high = 0x1000 | (stamp >> 48) & 0x0FFF  # with the version
    return f"{stamp & 0xFFFFFFFF:08x}-{(stamp >> 32) & 0xFFFF:04x}-{high:04x}-{_TAIL}"


class ApiError(Exception):
    """An HTTP error answered with Plivo's body `{"api_id": ..., "error": ...}`."""

    def __init__(self, status: int, message: str | dict[str, Any], headers: dict[str, str] | None = None):
        super().__init__(message if isinstance(message, str) else repr(message))
        self.status = status
        self.message = message
        self.headers = headers or {}

    def body(self, api_id: str | None = None) -> dict[str, Any]:
        return {"api_id": api_id or new_api_id(), "error": self.message}


def bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def not_found(message: str = "not found") -> ApiError:
    return ApiError(404, message)
