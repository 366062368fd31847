"""Typed errors: every failure of an operation function is a `PlivoError` subclass.

An answer outside the operation's success responses becomes the class of its status:

| status | class |
| --- | --- |
| 400 | `BadRequestError` (also named `ValidationError`) |
| 401 | `AuthenticationError` |
| 403 | `PermissionDeniedError` |
| 404 | `NotFoundError` |
| 405 | `MethodNotAllowedError` |
| 409 | `ConflictError` |
| 422 | `UnprocessableEntityError` |
| 429 | `RateLimitError` (with `retry_after`) |
| 5xx | `ServerError` |
| other 4xx | `PlivoError` itself |
| other (1xx, 2xx, 3xx the operation does not document) | `UnexpectedResponseError` |

Failures without a usable answer have their own classes, raised `from` the underlying exception:

* `InvalidResponseError`: a documented success status whose body is empty, not JSON or not of the
  documented shape (`status_code` is that success status);
* `PlivoConnectionError`: no answer at all (connection refused or reset, DNS, TLS, a broken or
  undecodable answer, too many redirects); `status_code` is `None`;
* `PlivoTimeoutError` (a `PlivoConnectionError`): the request took longer than the client's timeout.

An error carries what a caller needs to act and to report it: the status, Plivo's `api_id` (quote it
to Plivo support), the `error` text or object, and the request's method and URL. It never holds the
request's headers, and every part of the answer it quotes (text, headers, raw body) has the request's
credentials replaced by `[REDACTED]`, so the Auth Token cannot leak into a log line even when a proxy
echoes the request back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .redaction import Redactor

# Operation modules import this one; httpx is imported by the client when it builds its httpx client, so
# it is only named here for type checkers, and taken from sys.modules where an instance is needed.
if TYPE_CHECKING:
    import httpx

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InvalidResponseError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlivoConnectionError",
    "PlivoError",
    "PlivoTimeoutError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
    "error_for_response",
    "invalid_response",
    "raise_for_response",
    "transport_errors",
]

# Enough of an unparseable body (an HTML page from a proxy) to say what it was, not the whole page.
_TEXT_LIMIT = 500


class PlivoError(Exception):
    """Base of every error the operation functions raise.

    Attributes:
        status_code: HTTP status of the answer; `None` when no answer arrived (`PlivoConnectionError`).
        api_id: Plivo's id of the request (`None` when the body had none).
        error: Plivo's `error` value: usually a sentence; an object mapping each invalid parameter to
            its messages for some validation errors; the start of the body when it was not JSON.
        method: HTTP method of the request (`GET`, `POST` ...).
        url: URL of the request, without any user information.
        headers: Headers of the answer (not of the request), credentials redacted.
        content: Raw body of the answer, credentials redacted.
    """

    def __init__(
        self,
        status_code: int | None,
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
        self.headers = headers if headers is not None else _httpx().Headers()
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
        text = f"{self.method} {self.url}"
        if self.status_code is not None:
            text = f"{self.status_code} on {text}"
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


class ConflictError(PlivoError):
    """409: the request conflicts with the resource's state (for example it already exists or is in use)."""


class UnprocessableEntityError(PlivoError):
    """422: the request is well formed but cannot be carried out as given."""


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


class InvalidResponseError(PlivoError):
    """A documented success status whose body is not the documented model (empty, not JSON, wrong shape).

    `status_code` is the success status; `error` is the start of the body; `reason` says what did not
    parse. The request may have taken effect. The parsing exception is the `__cause__`.
    """

    def __init__(self, status_code: int, *, reason: str, **kwargs: Any) -> None:
        self.reason = reason
        super().__init__(status_code, **kwargs)

    def _message(self) -> str:
        text = f"{self.status_code} on {self.method} {self.url}: "
        text += f"the answer is not the documented response ({self.reason})"
        if self.message:
            text += f"; it starts {self.message[:120]!r}"
        return text


class PlivoConnectionError(PlivoError):
    """No answer: the connection failed, broke, or the answer could not be read. `status_code` is `None`.

    Whether a write took effect is unknown. The httpx exception is the `__cause__`.
    """

    def __init__(self, *, method: str, url: str, error: str) -> None:
        super().__init__(None, method=method, url=url, error=error)


class PlivoTimeoutError(PlivoConnectionError):
    """The request took longer than the client's `timeout` (connecting, sending, waiting or reading)."""


def _httpx() -> Any:
    import httpx

    return httpx


_BY_STATUS: dict[int, type[PlivoError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta-seconds or HTTP date); `None` if absent or bad."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # NaN and infinity parse as floats but are no waiting time.
        return max(0.0, seconds) if seconds == seconds and seconds != float("inf") else None
    # email.utils is imported here, on the first Retry-After date, as it costs a noticeable share of
    # the package's import time.
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
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


def _text(response: httpx.Response, redactor: Redactor) -> str | None:
    # UTF-8 unless the first bytes say UTF-16/32 (json's own detection): a secret in a UTF-16 page must
    # read as itself to be found. Redacted before it is cut, so no part of a secret is left at the cut.
    content = response.content
    text = content.decode(json.detect_encoding(content), errors="replace").strip()
    return redactor.text(text)[:_TEXT_LIMIT] or None


def _body(response: httpx.Response, redactor: Redactor) -> tuple[str | None, str | dict[str, Any] | None]:
    """`api_id` and `error` of Plivo's error body `{"api_id": ..., "error": ...}`, tolerating other bodies."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None, _text(response, redactor)
    if not isinstance(data, dict):
        return None, _text(response, redactor)
    api_id = data.get("api_id")
    error = data.get("error", data.get("message"))
    if error is not None and not isinstance(error, str | dict):
        try:
            error = redactor.text(json.dumps(error))[:_TEXT_LIMIT]
        except (ValueError, RecursionError):
            error = _text(response, redactor)
    return (redactor.text(api_id) if isinstance(api_id, str) else None), redactor.value(error)


def _where(request: httpx.Request) -> tuple[str, str]:
    """Method and URL of a request; user information in the URL (a credential) is never kept."""
    url = request.url.copy_with(username=None, password=None) if request.url.userinfo else request.url
    return request.method, str(url)


def _answer(response: httpx.Response, redactor: Redactor) -> dict[str, Any]:
    method, url = _where(response.request)
    return {
        "method": method,
        "url": url,
        "headers": redactor.headers(response.headers),
        "content": redactor.content(response.content),
    }


def error_for_response(response: httpx.Response, *, cls: type[PlivoError] | None = None) -> PlivoError:
    """The `PlivoError` subclass instance describing `response` (which must carry its request).

    The class is the status's (see the table above) unless `cls` names one.
    """
    redactor = Redactor.for_request(response.request)
    api_id, error = _body(response, redactor)
    return (cls or _error_class(response.status_code))(
        response.status_code, api_id=api_id, error=error, **_answer(response, redactor)
    )


def invalid_response(response: httpx.Response, cause: Exception) -> InvalidResponseError:
    """The error for a success answer whose body did not parse; its `__cause__` is `cause`.

    The cause is kept as it is unless its own text quotes a credential; then a plain `ValueError`
    with the redacted text stands in for it, so a printed traceback cannot leak the token either.
    """
    redactor = Redactor.for_request(response.request)
    described = f"{type(cause).__name__}: {cause}"
    reason = redactor.text(described)[:_TEXT_LIMIT]
    error = InvalidResponseError(
        response.status_code, reason=reason, error=_text(response, redactor), **_answer(response, redactor)
    )
    error.__cause__ = ValueError(reason) if redactor.found_in(f"{described} {cause!r}") else cause
    return error


@contextmanager
def transport_errors(client: Any = None, kwargs: dict[str, Any] | None = None) -> Iterator[None]:
    """Turn httpx's failures to get an answer into `PlivoTimeoutError` / `PlivoConnectionError`.

    `client` (the generated `Client`) and the request's `kwargs` name the request and its credentials
    when httpx failed before the exception could carry its request (a redirect `Location` that is not
    a URL raises `httpx.InvalidURL` while the answer is read).
    """
    try:
        yield
    except Exception as cause:
        httpx_ = _httpx()
        if not isinstance(cause, httpx_.RequestError | httpx_.InvalidURL):
            raise
        try:
            request: httpx.Request | None = cause.request
        except (AttributeError, RuntimeError):  # not attached (yet), or an InvalidURL
            request = None
        redactor = Redactor.for_request(request).including(Redactor.for_client(client))
        if request is not None:
            method, url = _where(request)
        else:
            kwargs = kwargs or {}
            base = str(getattr(client, "_base_url", "")).rstrip("/")
            method, url = str(kwargs.get("method", "")).upper(), base + str(kwargs.get("url", ""))
        text = redactor.text(f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__)
        kind = PlivoTimeoutError if isinstance(cause, httpx_.TimeoutException) else PlivoConnectionError
        error = kind(method=method, url=url, error=text)
        raise error from (ValueError(text) if redactor.found_in(f"{cause} {cause!r}") else cause)


def raise_for_response(response: httpx.Response) -> None:
    """Raise the matching `PlivoError` for a status of 400 or more; do nothing otherwise.

    For requests made outside the operation functions (`client.get_httpx_client().request(...)`), so they
    fail the same way.
    """
    if response.status_code >= 400:
        raise error_for_response(response)
