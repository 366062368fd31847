"""The clients compared per call: one send and one get of the sent message, each as a function.

Every variant sends the same JSON body and reads the same record, and checks what came back, so none
can be cheaper by doing less.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from plivo_messaging import PlivoClient
from plivo_messaging.api.messages import get_message, send_message
from plivo_messaging.models import Message, SendMessageRequest, SendMessageResponse
from procs import AUTH_ID, AUTH_TOKEN
from runctx import DESTINATIONS, SRC, TEXT

DST = DESTINATIONS[0]


@dataclass
class SyncVariant:
    name: str
    pair: Callable[[], None]
    close: Callable[[], None]


@dataclass
class AsyncVariant:
    name: str
    pair: Callable[[], Awaitable[None]]
    close: Callable[[], Awaitable[None]]


def _expect(ok: bool, what: Any) -> None:
    if not ok:
        raise RuntimeError(f"unexpected answer: {what!r}")


def generated_sync(base_url: str) -> SyncVariant:
    client = PlivoClient(AUTH_ID, AUTH_TOKEN, base_url=base_url)

    def pair() -> None:
        sent = send_message.sync(client=client, body=SendMessageRequest(dst=DST, src=SRC, text=TEXT))
        _expect(isinstance(sent, SendMessageResponse), sent)
        assert isinstance(sent, SendMessageResponse)
        got = get_message.sync(sent.message_uuid[0], client=client)
        _expect(isinstance(got, Message), got)

    return SyncVariant("generated PlivoClient (sync)", pair, client.get_httpx_client().close)


def httpx_sync(base_url: str) -> SyncVariant:
    client = httpx.Client(
        base_url=f"{base_url}/v1/Account/{AUTH_ID}", auth=httpx.BasicAuth(AUTH_ID, AUTH_TOKEN)
    )

    def pair() -> None:
        sent = client.post("/Message/", json={"src": SRC, "dst": DST, "text": TEXT})
        _expect(sent.status_code == 202, sent.text)
        uuid = sent.json()["message_uuid"][0]
        got = client.get(f"/Message/{uuid}/")
        _expect(got.status_code == 200, got.text)
        got.json()

    return SyncVariant("raw httpx.Client", pair, client.close)


def official_sdk(base_url: str) -> SyncVariant:
    import plivo  # type: ignore[import-untyped]  # the SDK ships no type information
    import plivo.rest.client  # type: ignore[import-untyped]

    # The SDK builds every JSON request's URL from this module global.
    plivo.rest.client.PLIVO_API_BASE_URI = f"{base_url}/v1/Account"
    sdk = plivo.RestClient(AUTH_ID, AUTH_TOKEN)

    def pair() -> None:
        sent = sdk.messages.create(src=SRC, dst=DST, text=TEXT)
        got = sdk.messages.get(sent.message_uuid[0])
        _expect(got.message_uuid == sent.message_uuid[0], got)

    return SyncVariant("official plivo SDK (sync)", pair, sdk.session.close)


def generated_async(base_url: str) -> AsyncVariant:
    client = PlivoClient(AUTH_ID, AUTH_TOKEN, base_url=base_url)

    async def pair() -> None:
        sent = await send_message.asyncio(client=client, body=SendMessageRequest(dst=DST, src=SRC, text=TEXT))
        _expect(isinstance(sent, SendMessageResponse), sent)
        assert isinstance(sent, SendMessageResponse)
        got = await get_message.asyncio(sent.message_uuid[0], client=client)
        _expect(isinstance(got, Message), got)

    return AsyncVariant("generated PlivoClient (async)", pair, client.get_async_httpx_client().aclose)


def httpx_async(base_url: str) -> AsyncVariant:
    client = httpx.AsyncClient(
        base_url=f"{base_url}/v1/Account/{AUTH_ID}", auth=httpx.BasicAuth(AUTH_ID, AUTH_TOKEN)
    )

    async def pair() -> None:
        sent = await client.post("/Message/", json={"src": SRC, "dst": DST, "text": TEXT})
        _expect(sent.status_code == 202, sent.text)
        uuid = sent.json()["message_uuid"][0]
        got = await client.get(f"/Message/{uuid}/")
        _expect(got.status_code == 200, got.text)
        got.json()

    return AsyncVariant("raw httpx.AsyncClient", pair, client.aclose)
