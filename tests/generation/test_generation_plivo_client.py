"""The hand-written PlivoClient (overrides/modules/plivo_client.py) in the generated package."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from generation_support import AUTH_ID, AUTH_TOKEN
from plivo_messaging import DEFAULT_BASE_URL, AsyncPlivoClient, Client, PlivoClient


def test_base_url_is_the_account_url() -> None:
    client = PlivoClient(AUTH_ID, AUTH_TOKEN)
    assert client.base_url == f"{DEFAULT_BASE_URL}/v1/Account/{AUTH_ID}"
    assert PlivoClient(AUTH_ID, AUTH_TOKEN, "http://127.0.0.1:8080/").base_url == (
        f"http://127.0.0.1:8080/v1/Account/{AUTH_ID}"
    )
    assert PlivoClient(AUTH_ID, AUTH_TOKEN, client.base_url).base_url == client.base_url


def test_token_is_never_shown() -> None:
    client = PlivoClient(AUTH_ID, AUTH_TOKEN)
    assert AUTH_TOKEN not in repr(client)
    assert AUTH_TOKEN not in str(client)
    assert AUTH_ID in repr(client)


@pytest.mark.parametrize("auth_id", ["", "MA/../SA", "MA X", "MA?x=1"])
def test_auth_id_cannot_change_the_path(auth_id: str) -> None:
    with pytest.raises(ValueError):
        PlivoClient(auth_id, AUTH_TOKEN)


def test_empty_token_is_rejected() -> None:
    with pytest.raises(ValueError):
        PlivoClient(AUTH_ID, "")


def _recording(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    return httpx.MockTransport(handler)


def test_with_headers_keeps_account_and_auth() -> None:
    seen: list[httpx.Request] = []
    client = PlivoClient(AUTH_ID, AUTH_TOKEN, timeout=7, httpx_args={"transport": _recording(seen)})
    derived = client.with_headers({"X-Trace": "abc"})
    assert isinstance(derived, PlivoClient)
    assert derived.base_url == client.base_url
    derived.get_httpx_client().get("/Message/")
    request = seen[0]
    assert str(request.url) == f"{DEFAULT_BASE_URL}/v1/Account/{AUTH_ID}/Message/"
    assert request.headers["x-trace"] == "abc"
    assert request.headers["authorization"] == httpx.BasicAuth(AUTH_ID, AUTH_TOKEN)._auth_header
    assert derived.get_httpx_client().timeout == httpx.Timeout(7)


def test_async_use() -> None:
    seen: list[httpx.Request] = []

    async def call() -> None:
        async with AsyncPlivoClient(
            AUTH_ID, AUTH_TOKEN, httpx_args={"transport": _recording(seen)}
        ) as client:
            await client.get_async_httpx_client().get("/Media/")

    asyncio.run(call())
    assert seen[0].url.path == f"/v1/Account/{AUTH_ID}/Media/"
    assert seen[0].headers["authorization"].startswith("Basic ")


def test_is_the_generated_client() -> None:
    assert issubclass(PlivoClient, Client)
    assert AsyncPlivoClient is PlivoClient
