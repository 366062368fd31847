"""Typed errors raised by the `sync` and `asyncio` operation functions.

Every answer outside the operation's 2xx responses becomes a `PlivoError` subclass chosen by status:

| status | class |
| --- | --- |
| 400 | `BadRequestError` (also named `ValidationError`) |
| 401 | `AuthenticationError` |
| 403 | `PermissionDeniedError` |
| 404 | `NotFoundError` |
| 405 | `MethodNotAllowedError` |
| 429 | `RateLimitError` (with `retry_after`) |
| 5xx | `ServerError` |
| other | `PlivoError` itself (`UnexpectedResponseError` for an undocumented status below 400) |

An error carries what a caller needs to act and to report it: the status, Plivo's `api_id` (quote it
to Plivo support), the `error` text or object, and the request's method and URL. It never holds the
request's headers, so the Auth Token (sent as HTTP Basic credentials) cannot leak into a log line.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlivoError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
    "error_for_response",
    "raise_for_response",
]

# Enough of an unparseable body (an HTML page from a proxy) to say what it was, not the whole page.
_TEXT_LIMIT = 500


class PlivoError(Exception):
    """An answer from the API that is not the operation's success response.

    Attributes:
        status_code: HTTP status of the answer.
        api_id: Plivo's id of the request (`None` when the body had none).
        error: Plivo's `error` value: usually a sentence; an object mapping each invalid parameter to
            its messages for some validation errors; the start of the body when it was not JSON.
        method: HTTP method of the request (`GET`, `POST` ...).
        url: URL of the request, without any user information.
        headers: Headers of the answer (not of the request).
        content: Raw body of the answer.
    """

    def __init__(
        self,
        status_code: int,
        *,
        method: str,
        url: str,
        api_id: str | None = None,
        error: str | dict[str, Any] | None = None,
        headers: httpx.Headers | None = None,
        content: bytes = b"",
    ) -> None:
        self.status_code = status_code
        self.api_id = api_id
        self.error = error
        self.method = method
        self.url = url
        self.headers = headers if headers is not None else httpx.Headers()
        self.content = content
        super().__init__(self._message())

    @property
    def message(self) -> str:
        """`error` as one line of text."""
        if self.error is None:
            return ""
        if isinstance(self.error, str):
            return self.error
        return json.dumps(self.error, sort_keys=True, ensure_ascii=False)

    def _message(self) -> str:
        text = f"{self.status_code} on {self.method} {self.url}"
        if self.message:
            text += f": {self.message}"
        if self.api_id:
            text += f" (api_id {self.api_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, api_id={self.api_id!r}, "
            f"error={self.error!r}, method={self.method!r}, url={self.url!r})"
        )


class BadRequestError(PlivoError):
    """400: a parameter is missing or invalid; `error` says which (as text or per parameter)."""


ValidationError = BadRequestError
"""Another name for `BadRequestError`: Plivo answers 400 when a request fails validation."""


class AuthenticationError(PlivoError):
    """401: the Auth ID or Auth Token is wrong, or the credentials do not belong to the account."""


class PermissionDeniedError(PlivoError):
    """403: the account may not do this (for example a destination outside its geo permissions)."""


class NotFoundError(PlivoError):
    """404: no such resource (or a path parameter that cannot be valid)."""


class MethodNotAllowedError(PlivoError):
    """405: the path exists but not with this HTTP method."""


class RateLimitError(PlivoError):
    """429: too many requests; the request was not processed and may be sent again.

    Attributes:
        retry_after: Seconds the server asked to wait (`Retry-After`, given in seconds or as an HTTP
            date), `None` when it did not say.
    """

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("Retry-After"))


class ServerError(PlivoError):
    """5xx: the server failed. Whether a write took effect is unknown, so it is not retried blindly."""


class UnexpectedResponseError(PlivoError):
    """A status below 400 that the operation does not document (so there is no model to parse it into)."""


_BY_STATUS: dict[int, type[PlivoError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta-seconds or HTTP date); `None` if absent or bad."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _error_class(status_code: int) -> type[PlivoError]:
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if 500 <= status_code <= 599:
        return ServerError
    if status_code < 400:
        return UnexpectedResponseError
    return PlivoError


def _body(response: httpx.Response) -> tuple[str | None, str | dict[str, Any] | None]:
    """`api_id` and `error` of Plivo's error body `{"api_id": ..., "error": ...}`, tolerating other bodies."""
    try:
        data = response.json()
    except (ValueError, UnicodeDecodeError):
        text = response.content.decode("utf-8", errors="replace").strip()
        return None, (text[:_TEXT_LIMIT] or None)
    if not isinstance(data, dict):
        return None, json.dumps(data)[:_TEXT_LIMIT]
    api_id = data.get("api_id")
    error = data.get("error", data.get("message"))
    if error is not None and not isinstance(error, str | dict):
        error = json.dumps(error)
    return (api_id if isinstance(api_id, str) else None), error


def error_for_response(response: httpx.Response) -> PlivoError:
    """The `PlivoError` subclass instance describing `response` (which must carry its request)."""
    api_id, error = _body(response)
    request = response.request
    # User information in the URL (https://user:secret@host) would be a credential: never keep it.
    url = request.url.copy_with(username=None, password=None) if request.url.userinfo else request.url
    return _error_class(response.status_code)(
        response.status_code,
        method=request.method,
        url=str(url),
        api_id=api_id,
        error=error,
        headers=response.headers,
        content=response.content,
    )


def raise_for_response(response: httpx.Response) -> None:
    """Raise the matching `PlivoError` for a status of 400 or more; do nothing otherwise.

    For requests made outside the operation functions (`client.get_httpx_client().request(...)`), so they
    fail the same way.
    """
    if response.status_code >= 400:
        raise error_for_response(response)
