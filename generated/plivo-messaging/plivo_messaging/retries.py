"""Opt-in retries: `PlivoClient(..., retries=RetryPolicy())`.

What is retried, so that a message is never sent twice:

* 429 Too Many Requests, on every method: Plivo did not process the request.
* Connection errors, timeouts and 500/502/503/504, on GET, HEAD and OPTIONS only. A POST that failed
  this way may have been processed (the message may be queued), so it is left to the caller.

Waits grow exponentially with full jitter (`backoff * 2**n`, drawn between 0 and that), and a
`Retry-After` header (seconds or an HTTP date) is honoured instead when present. Both are capped by
`max_wait`; `max_total_wait` caps the sum of all waits of one request. When the retries are used up
the last answer is returned as usual (so `sync` raises `RateLimitError` or `ServerError`).

The work is done by httpx-retries' `RetryTransport`; this module only chooses its settings per method.
"""

from __future__ import annotations

import ssl
from http import HTTPMethod
from typing import Any

import httpx
from attrs import define, field, validators
from httpx_retries import Retry, RetryTransport

__all__ = ["SAFE_METHODS", "RetryPolicy", "RetryingTransport"]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Methods retried after connection errors and server errors: repeating them changes nothing."""

_SERVER_ERRORS = (500, 502, 503, 504)
_CONNECTION_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@define(frozen=True)
class RetryPolicy:
    """How a `PlivoClient` retries.

    Args:
        attempts: Retries after the first try (0 turns retrying off).
        backoff: Base of the exponential wait in seconds: before retry n the client waits a random time
            up to `backoff * 2**n`, unless the answer says `Retry-After`.
        max_wait: Longest single wait in seconds, `Retry-After` included.
        max_total_wait: Longest sum of waits for one request, in seconds (`None`: no cap beyond attempts).
        server_errors: Also retry connection errors, timeouts and 500/502/503/504 of GET/HEAD/OPTIONS.
    """

    attempts: int = field(default=3, validator=validators.ge(0))
    backoff: float = field(default=0.5, validator=validators.ge(0))
    max_wait: float = field(default=30.0, validator=validators.gt(0))
    max_total_wait: float | None = 120.0
    server_errors: bool = True

    def __attrs_post_init__(self) -> None:
        if self.max_total_wait is not None and self.max_total_wait <= 0:
            raise ValueError(f"max_total_wait must be positive or None, got {self.max_total_wait}")

    def retry_for(self, method: str) -> Retry:
        """The httpx-retries settings for requests with this method."""
        safe = method.upper() in SAFE_METHODS and self.server_errors
        return Retry(
            total=self.attempts,
            # Every method may be retried; what is retried for it is decided by the two lists below.
            allowed_methods=list(HTTPMethod),
            status_forcelist=(429, *_SERVER_ERRORS) if safe else (429,),
            retry_on_exceptions=_CONNECTION_ERRORS if safe else (),
            backoff_factor=self.backoff,
            backoff_jitter=1.0,
            respect_retry_after_header=True,
            max_backoff_wait=self.max_wait,
            total_timeout=self.max_total_wait,
        )


class _SyncAndAsync(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One object holding a sync and an async transport, which is what `RetryTransport` wraps."""

    def __init__(self, sync: httpx.BaseTransport, async_: httpx.AsyncBaseTransport) -> None:
        self._sync = sync
        self._async = async_

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    def close(self) -> None:
        self._sync.close()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._async.handle_async_request(request)

    async def aclose(self) -> None:
        await self._async.aclose()


class RetryingTransport(RetryTransport):
    """An httpx transport (sync and async) retrying as `policy` says, around `inner`.

    `inner` is the transport that really sends: the caller's own (sync, async or both), or by default
    httpx's connection pools built with `verify` and `options` (`cert`, `limits`, `http2` ...), which
    httpx would otherwise ignore once a transport is given.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        *,
        verify: ssl.SSLContext | str | bool = True,
        **options: Any,
    ) -> None:
        if inner is None:
            inner = _SyncAndAsync(
                httpx.HTTPTransport(verify=verify, **options),
                httpx.AsyncHTTPTransport(verify=verify, **options),
            )
        super().__init__(transport=inner, retry=policy.retry_for("GET"))
        self.policy = policy
        self.inner = inner
        self._unsafe_retry = policy.retry_for("POST")

    def _choose(self, request: httpx.Request) -> None:
        # RetryTransport reads the settings from the request's extensions before its own default.
        if request.method.upper() not in SAFE_METHODS:
            request.extensions.setdefault("retry", self._unsafe_retry)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return await super().handle_async_request(request)
