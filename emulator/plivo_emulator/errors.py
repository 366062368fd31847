"""The one exception type the request path raises, and Plivo's error body."""

from __future__ import annotations

from typing import Any

from .clock import time_uuid


def new_api_id() -> str:
    """Plivo identifies each request with a time-based UUID."""
    return time_uuid()


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
