"""iterate/aiterate walk every page of a list operation exactly once."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from typing import Any

import httpx
import pytest
from client_support import API_ID, SENDER, Recorder, destination, mock_client
from plivo_emulator.pytest_plugin import EmulatorHandle
from plivo_messaging import PlivoClient, aiterate, iterate
from plivo_messaging.api.messages import list_message_media, list_messages, send_message
from plivo_messaging.api.tendlc_brands import list_brands
from plivo_messaging.api.toll_free_verification import list_tollfree_verifications
from plivo_messaging.models import Brand, Message, SendMessageRequest

COUNT = 95


def _send(client: PlivoClient, count: int) -> set[str]:
    """Send `count` messages (one request per 19 destinations); return their uuids."""
    uuids: set[str] = set()
    for start in range(0, count, 19):
        dst = "<".join(destination(i) for i in range(start, min(start + 19, count)))
        sent = send_message.sync(client=client, body=SendMessageRequest(src=SENDER, dst=dst, text="page me"))
        uuids.update(str(u) for u in sent.message_uuid)
    assert len(uuids) == count
    return uuids


def _counting(client: PlivoClient) -> list[httpx.Request]:
    seen: list[httpx.Request] = []
    client.get_httpx_client().event_hooks["request"].append(seen.append)
    return seen


def test_95_messages_each_exactly_once(client: PlivoClient) -> None:
    sent = _send(client, COUNT)
    requests = _counting(client)
    got = [str(m.message_uuid) for m in iterate(list_messages.sync, client=client)]
    assert Counter(got) == Counter(sent)
    assert len(requests) == 5  # 20 + 20 + 20 + 20 + 15, stopping at total_count
    assert [r.url.params["offset"] for r in requests] == ["0", "20", "40", "60", "80"]


def test_small_pages_filters_and_max_items(client: PlivoClient) -> None:
    sent = _send(client, COUNT)
    messages: list[Message] = list(
        iterate(list_messages.sync, client=client, page_size=7, message_direction="outbound")
    )
    assert len(messages) == COUNT and {str(m.message_uuid) for m in messages} == sent
    first = list(iterate(list_messages, client=client, page_size=7, max_items=10))
    assert [m.message_uuid for m in first] == [m.message_uuid for m in messages[:10]]
    assert list(iterate(list_messages.sync, client=client, message_direction="inbound")) == []
    assert len(list(iterate(list_messages.sync, client=client, offset=90))) == COUNT - 90


def test_async_iteration(client: PlivoClient, plivo_emulator: EmulatorHandle) -> None:
    sent = _send(client, COUNT)

    async def collect() -> list[str]:
        async with PlivoClient(
            plivo_emulator.auth_id, plivo_emulator.auth_token, plivo_emulator.base_url
        ) as c:
            return [
                str(m.message_uuid) async for m in aiterate(list_messages.asyncio, client=c, page_size=20)
            ]

    got = asyncio.run(collect())
    assert Counter(got) == Counter(sent)


def test_unpaginated_list_is_read_once(client: PlivoClient) -> None:
    [message_uuid] = send_message.sync(
        client=client, body=SendMessageRequest(src=SENDER, dst=destination(1), text="no media")
    ).message_uuid
    assert list(iterate(list_message_media.sync, uuid.UUID(str(message_uuid)), client=client)) == []


def _brand(index: int) -> dict[str, Any]:
    return {"brand_id": f"B{index:06d}", "entity_type": "PRIVATE_PROFIT", "registration_status": "COMPLETED"}


def _brand_pages(request: httpx.Request) -> httpx.Response:
    # 10DLC lists: records under `brands`, no total_count, `next` null on the last page.
    offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
    records = [_brand(i) for i in range(offset, min(offset + limit, 45))]
    last = offset + limit >= 45
    meta = {"limit": limit, "offset": offset, "next": None if last else "/v1/Account/MA/10dlc/Brand/?more"}
    return httpx.Response(200, json={"api_id": API_ID, "brands": records, "meta": meta})


def test_brands_key_and_next_link() -> None:
    recorder = Recorder(_brand_pages)
    with mock_client(recorder) as client:
        brands: list[Brand] = list(iterate(list_brands.sync, client=client, page_size=20))
    assert [b.brand_id for b in brands] == [f"B{i:06d}" for i in range(45)]
    assert len(recorder.requests) == 3


def test_short_page_ends_without_meta() -> None:
    pages = [
        httpx.Response(200, json={"api_id": API_ID, "brands": [_brand(i) for i in range(20)]}),
        httpx.Response(200, json={"api_id": API_ID, "brands": [_brand(i) for i in range(20, 23)]}),
        httpx.Response(500, json={"api_id": API_ID, "error": "must not be asked for"}),
    ]
    recorder = Recorder(*pages)
    with mock_client(recorder) as client:
        assert len(list(iterate(list_brands.sync, client=client))) == 23
    assert len(recorder.requests) == 2


def _verification(index: int) -> dict[str, Any]:
    return {
        "uuid": str(uuid.UUID(int=index)),
        "number": "18445550100",
        "status": "SUBMITTED",
        "usecase": "2FA",
    }


def test_tollfree_verifications_use_meta_count() -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        records = [_verification(i) for i in range(offset, min(offset + 20, 25))]
        # `next` is never null here: only `count` tells where the list ends.
        meta = {"count": 25, "limit": 20, "offset": offset, "next": "/more", "previous": None}
        return httpx.Response(200, json={"api_id": API_ID, "meta": meta, "objects": records})

    recorder = Recorder(pages)
    with mock_client(recorder) as client:
        got = list(iterate(list_tollfree_verifications.sync, client=client))
    assert len(got) == 25 and len(recorder.requests) == 2


def test_an_empty_page_always_ends() -> None:
    recorder = Recorder(
        httpx.Response(
            200,
            json={
                "api_id": API_ID,
                "objects": [],
                "meta": {"limit": 20, "offset": 0, "total_count": 99, "next": "/more"},
            },
        )
    )
    with mock_client(recorder) as client:
        assert list(iterate(list_messages.sync, client=client)) == []
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("kwargs", [{"page_size": 0}, {"page_size": 21}, {"max_items": -1}, {"limit": 5}])
def test_bad_arguments(client: PlivoClient, kwargs: dict[str, Any]) -> None:
    with pytest.raises((ValueError, TypeError)):
        next(iter(iterate(list_messages.sync, client=client, **kwargs)))
