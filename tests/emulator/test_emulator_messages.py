"""Sending, reading and listing messages."""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from emulator_support import MAIN, SUB, send
from plivo_emulator import clock
from plivo_emulator.hooks import Hooks, MessagesQueued
from plivo_emulator.server import EmulatorServer


def test_send_one_message(client: httpx.Client, emu: EmulatorServer) -> None:
    resp = send(client, text="Your order has shipped.")
    assert resp.status_code == 202
    body = resp.json()
    assert body["message"] == "message(s) queued"
    assert len(body["message_uuid"]) == 1
    assert "invalid_number" not in body
    record = client.get(f"Message/{body['message_uuid'][0]}/").json()
    assert record["message_state"] == "queued"
    assert record["message_direction"] == "outbound"
    assert record["from_number"] == "14155550100"
    assert record["to_number"] == "14155550123"
    assert record["units"] == 1
    assert record["total_rate"] == "0.00500" and record["total_amount"] == "0.00500"
    assert record["resource_uri"] == f"/v1/Account/{MAIN.auth_id}/Message/{body['message_uuid'][0]}/"
    assert record["destination_country_iso2"] == "US"
    assert "_text" not in record and "_request" not in record
    stored = emu.runtime.store.get_message(None, body["message_uuid"][0])
    assert stored is not None and stored["_text"] == "Your order has shipped."


def test_bulk_send_one_uuid_per_valid_destination(client: httpx.Client) -> None:
    resp = send(client, dst="14155550123<14155550124<1415555<14155550123<447700900123")
    assert resp.status_code == 202
    body = resp.json()
    assert len(body["message_uuid"]) == 3 == len(set(body["message_uuid"]))
    assert body["invalid_number"] == ["1415555"]
    listed = client.get("Message/").json()["objects"]
    assert sorted(m["to_number"] for m in listed) == ["14155550123", "14155550124", "447700900123"]
    uk = next(m for m in listed if m["to_number"] == "447700900123")
    assert uk["destination_country_iso2"] == "GB" and uk["is_domestic"] is False


def test_all_destinations_invalid_is_400(client: httpx.Client) -> None:
    resp = send(client, dst="1415555<00123456")
    assert resp.status_code == 400
    assert resp.json()["error"].startswith("dst:")


def test_destination_equal_to_source_is_400(client: httpx.Client) -> None:
    resp = send(client, dst="14155550100")
    assert resp.status_code == 400
    assert resp.json()["error"].startswith("dst:")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("[" * 80, 1),  # extension characters take two septets
        ("[" * 81, 2),
        ("é" * 160, 1),  # é is in the GSM alphabet
        ("ж" * 70, 1),
        ("ж" * 71, 2),
        ("ж" * 134, 2),
        ("ж" * 135, 3),
        ("a" * 69 + "😀", 2),  # an emoji is two UTF-16 code units
    ],
)
def test_units_follow_encoding(client: httpx.Client, text: str, units: int) -> None:
    message_uuid = send(client, text=text).json()["message_uuid"][0]
    record = client.get(f"Message/{message_uuid}/").json()
    assert record["units"] == units
    assert record["total_amount"] == f"{0.005 * units:.5f}"


def test_text_longer_than_encoding_allows_is_400(client: httpx.Client) -> None:
    assert send(client, text="a" * 1600).status_code == 202
    assert send(client, text="a" * 1601).status_code == 400
    assert send(client, text="ж" * 737).status_code == 202
    resp = send(client, text="ж" * 738)
    assert resp.status_code == 400 and resp.json()["error"].startswith("text:")


def test_whatsapp_is_one_unit(client: httpx.Client) -> None:
    resp = send(client, type="whatsapp", text="x" * 3000)
    assert resp.status_code == 202
    record = client.get(f"Message/{resp.json()['message_uuid'][0]}/").json()
    assert record["units"] == 1 and record["message_type"] == "whatsapp"


def test_whatsapp_template_send(client: httpx.Client) -> None:
    resp = send(client, type="whatsapp", text=None, template={"name": "order_update", "language": "en_US"})
    assert resp.status_code == 202


def test_log_false_masks_destination_and_drops_text(client: httpx.Client, emu: EmulatorServer) -> None:
    message_uuid = send(client, log="false").json()["message_uuid"][0]
    record = client.get(f"Message/{message_uuid}/").json()
    assert record["to_number"] == "141XXXXX123"
    assert record["log"] == "false"
    stored = emu.runtime.store.get_message(None, message_uuid)
    assert stored is not None and stored["_text"] is None
    boolean = send(client, log=True).json()["message_uuid"][0]
    assert client.get(f"Message/{boolean}/").json()["log"] == "true"


def test_get_unknown_message_is_404(client: httpx.Client) -> None:
    resp = client.get(f"Message/{uuid.uuid4()}/")
    assert resp.status_code == 404
    assert "not found" in resp.json()["error"]


Listener = Callable[[MessagesQueued], None]


class _Spy(Hooks):
    """The app's own hooks, with a test's listener called first."""

    def __init__(self, inner: Hooks, storing: Listener | None, queued: Listener | None) -> None:
        self.inner, self.storing, self.queued = inner, storing, queued

    def messages_storing(self, event: MessagesQueued) -> None:
        if self.storing is not None:
            self.storing(event)
        self.inner.messages_storing(event)

    def messages_queued(self, event: MessagesQueued) -> None:
        if self.queued is not None:
            self.queued(event)
        self.inner.messages_queued(event)


@contextlib.contextmanager
def spying(
    emu: EmulatorServer, storing: Listener | None = None, queued: Listener | None = None
) -> Iterator[None]:
    real = emu.runtime.hooks
    emu.runtime.hooks = _Spy(real, storing, queued)
    try:
        yield
    finally:
        emu.runtime.hooks = real


def test_send_hook_sees_committed_messages(emu: EmulatorServer, client: httpx.Client) -> None:
    seen: list[MessagesQueued] = []

    def hook(event: MessagesQueued) -> None:
        # the records are already committed when the hook runs
        assert all(emu.runtime.store.get_message(None, u) for u in event.message_uuids)
        seen.append(event)

    with spying(emu, queued=hook):
        body = send(client, dst="14155550123<14155550124").json()
    assert len(seen) == 1
    assert seen[0].account == MAIN.auth_id
    assert list(seen[0].message_uuids) == body["message_uuid"]


def test_storing_hook_runs_inside_the_send_transaction(emu: EmulatorServer, client: httpx.Client) -> None:
    def hook(event: MessagesQueued) -> None:
        assert not any(emu.runtime.store.get_message(None, u) for u in event.message_uuids)
        for doc in event.documents:
            doc["error_message"] = "changed before it was stored"

    with spying(emu, storing=hook):
        [message_uuid] = send(client).json()["message_uuid"]
    assert client.get(f"Message/{message_uuid}/").json()["error_message"] == "changed before it was stored"


def test_a_failing_storing_hook_stores_nothing(emu: EmulatorServer, client: httpx.Client) -> None:
    before = len(emu.runtime.store.all_messages())

    def hook(event: MessagesQueued) -> None:
        raise RuntimeError("broken extension")

    with spying(emu, storing=hook):
        resp = send(client)
    assert resp.status_code == 500
    assert len(emu.runtime.store.all_messages()) == before


# ---------------------------------------------------------------------------------------- powerpack


def _seed_powerpack(emu: EmulatorServer, numbers: list[str]) -> str:
    pack, pool = str(uuid.uuid4()), str(uuid.uuid4())
    store = emu.runtime.store
    store.put_resource(
        MAIN.auth_id,
        "powerpack",
        pack,
        {"uuid": pack, "number_pool": f"/v1/Account/{MAIN.auth_id}/NumberPool/{pool}/"},
    )
    for number in numbers:
        store.put_resource(MAIN.auth_id, "pool_number", number, {"number": number}, parent=pool)
    return pack


def test_send_through_powerpack_picks_local_number(client: httpx.Client, emu: EmulatorServer) -> None:
    pack = _seed_powerpack(emu, ["447700900001", "14155550999"])
    resp = send(client, src=None, powerpack_uuid=pack, dst="14155550123<447700900123")
    assert resp.status_code == 202, resp.text
    records = {m["to_number"]: m for m in client.get("Message/").json()["objects"]}
    assert records["14155550123"]["from_number"] == "14155550999"
    assert records["447700900123"]["from_number"] == "447700900001"
    assert records["14155550123"]["powerpack_id"] == pack
    assert client.get(f"Message/?powerpack_id={pack}").json()["meta"]["total_count"] == 2


def test_unknown_or_empty_powerpack_is_400(client: httpx.Client, emu: EmulatorServer) -> None:
    resp = send(client, src=None, powerpack_uuid=str(uuid.uuid4()))
    assert resp.status_code == 400 and resp.json()["error"].startswith("powerpack_uuid:")
    empty = _seed_powerpack(emu, [])
    resp = send(client, src=None, powerpack_uuid=empty)
    assert resp.status_code == 400 and resp.json()["error"].startswith("powerpack_uuid:")


def test_whatsapp_needs_src(client: httpx.Client, emu: EmulatorServer) -> None:
    pack = _seed_powerpack(emu, ["14155550999"])
    resp = send(client, src=None, powerpack_uuid=pack, type="whatsapp")
    assert resp.status_code == 400
    assert "src" in resp.json()["error"]


# ----------------------------------------------------------------------------------------- listing


def _list_all(client: httpx.Client, query: str) -> list[dict[str, object]]:
    """Follow `next` links until the end; checks `previous` on the way."""
    seen: list[dict[str, object]] = []
    url: str | None = f"Message/?{query}"
    pages = 0
    while url:
        page = client.get(url).json()
        meta = page["meta"]
        if pages == 0:
            assert meta["previous"] is None
        else:
            assert meta["previous"] is not None
            back = client.get(str(meta["previous"]).split(f"/{MAIN.auth_id}/", 1)[1]).json()
            assert back["meta"]["offset"] == meta["offset"] - meta["limit"]
        seen.extend(page["objects"])
        next_url = meta["next"]
        url = str(next_url).split(f"/{MAIN.auth_id}/", 1)[1] if next_url else None
        pages += 1
    return seen


def test_list_newest_first_and_paginate(client: httpx.Client) -> None:
    sent = [send(client, dst=f"1415555{i:04d}").json()["message_uuid"][0] for i in range(47)]
    first = client.get("Message/?limit=20").json()
    assert first["meta"]["total_count"] == 47
    assert first["meta"]["next"] == f"/v1/Account/{MAIN.auth_id}/Message/?limit=20&offset=20"
    listed = _list_all(client, "limit=20")
    assert [m["message_uuid"] for m in listed] == list(reversed(sent))
    last = client.get("Message/?limit=20&offset=40").json()["meta"]
    assert (
        last["next"] is None and last["previous"] == f"/v1/Account/{MAIN.auth_id}/Message/?limit=20&offset=20"
    )
    assert client.get("Message/?offset=100").json()["objects"] == []


def test_pagination_links_keep_filters(client: httpx.Client) -> None:
    for i in range(7):
        send(client, dst=f"1415555{i:04d}", type="whatsapp" if i % 2 else "sms")
    page = client.get("Message/?message_type=sms&limit=2").json()
    assert page["meta"]["total_count"] == 4
    assert "message_type=sms" in page["meta"]["next"]
    assert len(_list_all(client, "message_type=sms&limit=3")) == 4


def test_list_filters(client: httpx.Client, emu: EmulatorServer) -> None:
    a = send(client, dst="14155550123", src="14155550100").json()["message_uuid"][0]
    b = send(client, dst="447700900123", src="14155550101", type="whatsapp").json()["message_uuid"][0]
    c = send(client, dst="14155550124", src="14155550100", type="mms", text="pic").json()["message_uuid"][0]
    emu.runtime.store.update_message(a, {"message_state": "delivered", "error_code": "000"})
    emu.runtime.store.update_message(c, {"message_state": "failed", "error_code": "200"})
    emu.runtime.store.update_message(
        b, {"conversation_id": "conv-1", "conversation_origin": "utility", "tendlc_campaign_id": "CY5NVUA"}
    )
    emu.runtime.store.update_message(a, {"tendlc_registration_status": "REGISTERED"})

    def uuids(query: str) -> set[str]:
        resp = client.get(f"Message/?{query}")
        assert resp.status_code == 200, resp.text
        return {m["message_uuid"] for m in resp.json()["objects"]}

    assert uuids("") == {a, b, c}
    assert uuids("message_direction=outbound") == {a, b, c}
    assert uuids("message_direction=inbound") == set()
    assert uuids("message_state=delivered") == {a}
    assert uuids("message_state=queued") == {b}
    assert uuids("message_type=mms") == {c}
    assert uuids("error_code=200") == {c}
    assert uuids("error_code=0") == {a}
    assert uuids("from_number=14155550100") == {a, c}
    assert uuids("to_number=447700900123") == {b}
    assert uuids("destination_country_iso2=GB") == {b}
    assert uuids("destination_country_iso2=US") == {a, c}
    assert uuids("conversation_id=conv-1") == {b}
    assert uuids("conversation_origin=utility") == {b}
    assert uuids("tendlc_campaign_id=CY5NVUA") == {b}
    assert uuids("tendlc_registration_status=REGISTERED") == {a}
    assert uuids(f"powerpack_id={uuid.uuid4()}") == set()
    assert uuids("message_type=sms&from_number=14155550100") == {a}


def test_time_filters(client: httpx.Client) -> None:
    first = send(client).json()["message_uuid"][0]
    time.sleep(1.1)
    mark = datetime.now(UTC)
    time.sleep(0.05)
    second = send(client).json()["message_uuid"][0]
    stamp = mark.strftime("%Y-%m-%d %H:%M:%S.%f")

    def uuids(query: str) -> set[str]:
        resp = client.get("Message/", params={k: v for k, v in [query.split("=", 1)]})
        assert resp.status_code == 200, resp.text
        return {m["message_uuid"] for m in resp.json()["objects"]}

    assert uuids(f"message_time__gt={stamp}") == {second}
    assert uuids(f"message_time__gte={stamp}") == {second}
    assert uuids(f"message_time__lt={stamp}") == {first}
    assert uuids(f"message_time__lte={stamp}") == {first}
    record = client.get(f"Message/{second}/").json()
    whole_second = record["message_time"][:19]
    assert second in uuids(f"message_time={whole_second}")
    assert first not in uuids(f"message_time={whole_second}")
    assert uuids(f"message_time={whole_second[:16]}") >= {second}
    later = (mark + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    assert uuids(f"message_time__gte={later}") == set()


def test_default_window_is_24_hours(client: httpx.Client, emu: EmulatorServer) -> None:
    recent = send(client).json()["message_uuid"][0]
    template = emu.runtime.store.get_message(None, recent)
    assert template is not None
    two_days_ago = emu.runtime.clock.now() - timedelta(days=2)
    old = str(uuid.uuid4())
    old_doc = {**template, "message_uuid": old, "message_time": clock.message_time(two_days_ago)}
    emu.runtime.store.insert_messages([(MAIN.auth_id, clock.sort_key(two_days_ago), old_doc)])
    listed = {m["message_uuid"] for m in client.get("Message/").json()["objects"]}
    assert listed == {recent}
    since = (two_days_ago - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    listed = {
        m["message_uuid"]
        for m in client.get("Message/", params={"message_time__gte": since}).json()["objects"]
    }
    assert listed == {recent, old}


# ----------------------------------------------------------------------------------------- accounts


def test_subaccount_messages_visible_to_parent_only_with_filter(
    client: httpx.Client, sub_client: httpx.Client
) -> None:
    own = send(client).json()["message_uuid"][0]
    subs = send(sub_client, dst="14155550123<14155550124").json()["message_uuid"]
    assert {m["message_uuid"] for m in client.get("Message/").json()["objects"]} == {own}
    filtered = client.get(f"Message/?subaccount={SUB.auth_id}").json()
    assert {m["message_uuid"] for m in filtered["objects"]} == set(subs)
    assert filtered["meta"]["total_count"] == 2
    assert {m["message_uuid"] for m in sub_client.get("Message/").json()["objects"]} == set(subs)
    assert sub_client.get(f"Message/?subaccount={SUB.auth_id}").status_code == 400
    assert client.get("Message/?subaccount=SAZZZZZZZZZZZZZZZZZZ").status_code == 400
    assert client.get(f"Message/{subs[0]}/").status_code == 404
    record = sub_client.get(f"Message/{subs[0]}/").json()
    assert record["resource_uri"].startswith(f"/v1/Account/{SUB.auth_id}/")
