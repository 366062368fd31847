"""PlivoClient: the generated `Client`, bound to one Plivo account and authenticated with HTTP Basic."""

from __future__ import annotations

import re
import ssl
from typing import Any

import httpx
from attrs import define, field

from .client import Client
from .retries import RetryingTransport, RetryPolicy

__all__ = ["DEFAULT_BASE_URL", "AsyncPlivoClient", "PlivoClient", "account_url"]

DEFAULT_BASE_URL = "https://api.plivo.com"

# Auth IDs are upper-case letters and digits (`MA…`, `SA…`). The check is looser than Plivo's format so
# that test servers may use their own ids, but strict enough that an id can never change the URL path.
_AUTH_ID = re.compile(r"^[A-Za-z0-9]+$")


def account_url(base_url: str, auth_id: str) -> str:
    """The URL every operation path is relative to: `{base_url}/v1/Account/{auth_id}`.

    A `base_url` that already ends with this account's prefix is returned unchanged.
    """
    root = base_url.rstrip("/")
    prefix = f"/v1/Account/{auth_id}"
    return root if root.endswith(prefix) else root + prefix


class _Secret:
    """The Auth Token, held so that no `repr()`, `str()` or `attrs.asdict(client)` shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@define(init=False, repr=False)
class PlivoClient(Client):
    """A client for one Plivo account.

    Usable both ways the generated `Client` is: `with PlivoClient(...) as client:` for the `sync` functions,
    `async with PlivoClient(...) as client:` for the `asyncio` functions.

    Args:
        auth_id: The account's Auth ID (`MA…` or `SA…`), user name of HTTP Basic and part of every path.
        auth_token: The account's Auth Token, the HTTP Basic password. Never shown by `repr()`.
        base_url: Where the API lives; point it at an emulator for tests. An account URL that already ends
            with `/v1/Account/{auth_id}` is accepted too.
        timeout: Seconds (or an `httpx.Timeout`) a request may take; `None` keeps httpx's default of 5 s.
        headers, cookies: Sent with every request.
        verify_ssl: Passed to httpx as `verify`.
        follow_redirects: Whether httpx follows redirects.
        httpx_args: Further keyword arguments for `httpx.Client` / `httpx.AsyncClient` (`auth` is always
            the account's Basic credentials).
        raise_on_unexpected_status: Raise `errors.UnexpectedStatus` for a status the spec does not document,
            instead of returning `None` (`*_detailed` functions only; `sync`/`asyncio` always raise).
        retries: A `RetryPolicy` to retry rate-limited requests (and failed reads), `None` for no retries.
            It wraps the transport (httpx's own, or `httpx_args["transport"]`) in a `RetryingTransport`.
    """

    _auth_id: str = field(alias="auth_id", kw_only=True)
    # A _Secret, not the string: attrs.asdict(client) and friends walk every field.
    _auth_token: _Secret = field(alias="auth_token", kw_only=True, repr=False)
    _retries: RetryPolicy | None = field(alias="retries", kw_only=True, default=None)

    def __init__(
        self,
        auth_id: str,
        auth_token: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: httpx.Timeout | float | None = None,
        headers: dict[str, str] | None = None,
        cookies: dict[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
        retries: RetryPolicy | None = None,
    ) -> None:
        # `with_headers()` and friends (attrs.evolve) pass the stored _Secret back in.
        token = auth_token.reveal() if isinstance(auth_token, _Secret) else auth_token
        if not _AUTH_ID.match(auth_id):
            raise ValueError(f"auth_id must be letters and digits only, got {auth_id!r}")
        if not token:
            raise ValueError("auth_token must not be empty")
        if timeout is not None and not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        httpx_args = dict(httpx_args or {})
        if retries is not None:
            httpx_args["transport"] = _retrying(retries, httpx_args, verify_ssl)
        # The generated Client's `with_headers()` and friends rebuild the instance through this __init__
        # (attrs.evolve), passing the stored account URL back as `base_url`; account_url() keeps it as is.
        self.__attrs_init__(
            account_url(base_url, auth_id),
            auth_id=auth_id,
            auth_token=_Secret(token),
            timeout=timeout,
            headers=dict(headers or {}),
            cookies=dict(cookies or {}),
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args={**httpx_args, "auth": httpx.BasicAuth(auth_id, token)},
            raise_on_unexpected_status=raise_on_unexpected_status,
            retries=retries,
        )

    @property
    def auth_id(self) -> str:
        """The account every request is made for."""
        return self._auth_id

    @property
    def retries(self) -> RetryPolicy | None:
        """How requests are retried; `None` when they are not."""
        return self._retries

    @property
    def base_url(self) -> str:
        """The account URL operation paths are joined to."""
        return self._base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(auth_id={self._auth_id!r}, base_url={self._base_url!r})"


# What httpx.Client would pass to its own transport; it ignores them once a transport is given.
_TRANSPORT_OPTIONS = ("cert", "trust_env", "http1", "http2", "limits")


def _retrying(
    policy: RetryPolicy, httpx_args: dict[str, Any], verify_ssl: str | bool | ssl.SSLContext
) -> RetryingTransport:
    transport = httpx_args.get("transport")
    # `with_headers()` and friends pass the stored arguments back in, transport included: wrap the
    # original transport again instead of stacking a second retry layer.
    if isinstance(transport, RetryingTransport):
        return transport if transport.policy == policy else RetryingTransport(policy, transport.inner)
    if transport is not None:
        return RetryingTransport(policy, transport)
    options = {name: httpx_args[name] for name in _TRANSPORT_OPTIONS if name in httpx_args}
    return RetryingTransport(policy, verify=verify_ssl, **options)


AsyncPlivoClient = PlivoClient
"""The same class: one client serves `sync` and `asyncio` calls. The name reads well in async code."""
