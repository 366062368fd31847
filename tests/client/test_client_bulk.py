"""send_bulk: many messages concurrently, results in input order, 429s retried, nothing sent twice."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections import Counter

import httpx
import pytest
from client_support import API_ID, FAST_RETRIES, SENDER, Recorder, destination, error_body, mock_client
from plivo_emulator.pytest_plugin import EmulatorHandle
from plivo_messaging import BadRequestError, PlivoClient, PlivoError, RateLimitError, ServerError, send_bulk
from plivo_messaging.api.messages import list_messages
from plivo_messaging.models import SendMessageRequest, SendMessageResponse

COUNT = 1000


def test_1000_messages_arrive_once(plivo_emulator: EmulatorHandle) -> None:
    bodies = [SendMessageRequest(src=SENDER, dst=destination(i), text=f"bulk {i}") for i in range(COUNT)]

    async def run() -> list[SendMessageResponse | PlivoError]:
        async with PlivoClient(
            plivo_emulator.auth_id, plivo_emulator.auth_token, plivo_emulator.base_url, retries=FAST_RETRIES
        ) as client:
            return await send_bulk(client, bodies, concurrency=20)

    results = asyncio.run(run())
    assert len(results) == COUNT
    assert all(isinstance(r, SendMessageResponse) for r in results), [
        r for r in results if isinstance(r, Exception)
    ][:3]
    uuids = [str(r.message_uuid[0]) for r in results if isinstance(r, SendMessageResponse)]
    assert len(set(uuids)) == COUNT
    # In input order: result i is the message sent to destination i.
    stored = {m["message_uuid"]: m for m in plivo_emulator.messages()}
    assert [stored[u]["to_number"] for u in uuids] == [destination(i) for i in range(COUNT)]
    assert Counter(m["to_number"] for m in stored.values()) == Counter(destination(i) for i in range(COUNT))
    with PlivoClient(plivo_emulator.auth_id, plivo_emulator.auth_token, plivo_emulator.base_url) as client:
        assert list_messages.sync(client=client, limit=1).meta.total_count == COUNT


def test_failures_are_results_in_order(plivo_emulator: EmulatorHandle) -> None:
    bodies = [
        SendMessageRequest(src=SENDER, dst=destination(0), text="fine"),
        SendMessageRequest(src=SENDER, dst="12", text="invalid destination"),
        SendMessageRequest(src=SENDER, dst=destination(2), text="fine too"),
    ]

    async def run() -> list[SendMessageResponse | PlivoError]:
        # No RetryPolicy on the client: send_bulk uses a copy with the default one and closes it.
        client = PlivoClient(plivo_emulator.auth_id, plivo_emulator.auth_token, plivo_emulator.base_url)
        return await send_bulk(client, bodies, concurrency=2)

    first, second, third = asyncio.run(run())
    assert isinstance(first, SendMessageResponse) and isinstance(third, SendMessageResponse)
    assert isinstance(second, BadRequestError) and second.status_code == 400
    assert len(plivo_emulator.messages()) == 2


def _sent() -> httpx.Response:
    return httpx.Response(
        202, json={"api_id": API_ID, "message": "queued", "message_uuid": [str(uuid.uuid4())]}
    )


def test_429_is_retried_and_5xx_is_not() -> None:
    lock = threading.Lock()
    seen: Counter[str] = Counter()

    def server(request: httpx.Request) -> httpx.Response:
        text = request.read().decode()
        with lock:
            seen[text] += 1
            attempt = seen[text]
        if '"limited"' in text and attempt <= 2:
            return httpx.Response(429, headers={"Retry-After": "0"}, json=error_body("Too many requests"))
        if '"broken"' in text:
            return httpx.Response(500, json=error_body("internal error"))
        return _sent()

    bodies = [
        SendMessageRequest(src=SENDER, dst=destination(i), text=t)
        for i, t in enumerate(["ok", "limited", "broken"])
    ]

    async def run() -> list[SendMessageResponse | PlivoError]:
        with mock_client(Recorder(server), retries=FAST_RETRIES) as client:
            async with client:
                return await send_bulk(client, bodies, concurrency=3)

    ok, limited, broken = asyncio.run(run())
    assert isinstance(ok, SendMessageResponse) and isinstance(limited, SendMessageResponse)
    assert isinstance(broken, ServerError)
    assert sorted(seen.values()) == [1, 1, 3]  # the 500 was sent once, the 429s were tried again


def test_429_past_the_retries_is_the_result() -> None:
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "0"}, json=error_body("Too many requests"))
    )

    async def run() -> list[SendMessageResponse | PlivoError]:
        with mock_client(recorder, retries=FAST_RETRIES) as client:
            async with client:
                return await send_bulk(client, [SendMessageRequest(src=SENDER, dst=destination(0), text="x")])

    [result] = asyncio.run(run())
    assert isinstance(result, RateLimitError)
    assert len(recorder.requests) == 1 + FAST_RETRIES.attempts


def test_concurrency_is_bounded() -> None:
    lock = threading.Lock()
    in_flight = 0
    most = 0

    async def server(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
        await asyncio.sleep(0.01)
        with lock:
            in_flight -= 1
        return _sent()

    async def run() -> list[SendMessageResponse | PlivoError]:
        client = PlivoClient(
            "MAXXXXXXXXXXXXXXXXXX",
            "token",
            "https://api.plivo.test",
            httpx_args={"transport": httpx.MockTransport(server)},
        )
        bodies = [SendMessageRequest(src=SENDER, dst=destination(i), text="x") for i in range(40)]
        return await send_bulk(client, bodies, concurrency=4)

    started = time.perf_counter()
    results = asyncio.run(run())
    assert all(isinstance(r, SendMessageResponse) for r in results) and len(results) == 40
    assert 1 < most <= 4
    assert time.perf_counter() - started < 5


def test_empty_and_invalid_arguments() -> None:
    client = PlivoClient("MAXXXXXXXXXXXXXXXXXX", "token", retries=FAST_RETRIES)
    assert asyncio.run(send_bulk(client, [])) == []
    with pytest.raises(ValueError):
        asyncio.run(send_bulk(client, [], concurrency=0))
