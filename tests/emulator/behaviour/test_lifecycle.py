"""Outbound messages move through their states: instant, realistic (on the emulator's clock) and
manual lifecycles, message_expiry, and scheduled steps surviving a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from behaviour_support import message, send
from emulator_support import MAIN, account_client, settings
from plivo_emulator.config import BehaviourSettings
from plivo_emulator.server import EmulatorServer

REALISTIC = BehaviourSettings(lifecycle="realistic", time_scale=10.0, callback_backoff=0.05)


def test_instant_message_is_delivered_before_the_send_returns(api: httpx.Client) -> None:
    [uuid] = send(api)
    record = message(api, uuid)
    assert record["message_state"] == "delivered"
    assert record["error_code"] == "000"
    assert record["error_message"] == ""
    assert record["message_sent_time"] is not None
    assert record["message_updated_time"] >= record["message_sent_time"]
    listed = api.get("Message/", params={"message_state": "delivered"}).json()["objects"]
    assert [m["message_uuid"] for m in listed] == [uuid]
    assert api.get("Message/", params={"message_state": "queued"}).json()["objects"] == []


def test_every_destination_of_a_bulk_send_gets_its_own_outcome(api: httpx.Client) -> None:
    uuids = send(api, dst="14155550123<15550000080<15550020900")
    states = [(message(api, u)["message_state"], message(api, u)["error_code"]) for u in uuids]
    assert states == [("delivered", "000"), ("undelivered", "80"), ("failed", "900")]


def test_whatsapp_can_be_read(api: httpx.Client) -> None:
    [uuid] = send(api, type="whatsapp", dst="15550090001", text="Your table is ready")
    assert message(api, uuid)["message_state"] == "read"
    [sms] = send(api, dst="15550090001")
    assert message(api, sms)["message_state"] == "delivered"  # only WhatsApp messages are read


def test_failed_and_undelivered_keep_their_error(api: httpx.Client) -> None:
    [failed] = send(api, dst="15550000450")
    record = message(api, failed)
    assert (record["message_state"], record["error_code"]) == ("failed", "450")
    assert record["error_message"] == "Destination country disabled"
    assert record["message_sent_time"] is None  # never handed to a carrier
    [undelivered] = send(api, dst="15550000030")
    record = message(api, undelivered)
    assert (record["message_state"], record["error_code"]) == ("undelivered", "30")
    assert record["message_sent_time"] is not None
    assert api.get("Message/", params={"error_code": 450}).json()["objects"][0]["message_uuid"] == failed


def test_a_message_that_stays_queued_expires_with_420(api: httpx.Client, admin: httpx.Client) -> None:
    [uuid] = send(api, dst="15550090003", message_expiry=60)
    assert message(api, uuid)["message_state"] == "queued"
    admin.post("clock/advance", json={"seconds": 59})
    assert message(api, uuid)["message_state"] == "queued"
    served = admin.post("clock/advance", json={"seconds": 2}).json()["served"]
    assert served >= 1
    record = message(api, uuid)
    assert (record["message_state"], record["error_code"]) == ("failed", "420")
    assert record["error_message"] == "Message expired"
    assert record["total_amount"] == "0.00000"  # an expired message is not charged


# ------------------------------------------------------------------------------------ manual mode


@pytest.fixture
def manual_admin(emu: EmulatorServer) -> Iterator[httpx.Client]:
    """The admin API of the emulator tests' shared server (manual lifecycle); reset afterwards,
    which also puts the clock back."""
    with httpx.Client(base_url=f"{emu.base_url}/_emulator", timeout=30) as http:
        assert http.get("health").json()["lifecycle"] == "manual"
        yield http
        http.post("reset")


def test_manual_messages_wait_for_the_admin_api(client: httpx.Client, manual_admin: httpx.Client) -> None:
    [uuid] = send(client)
    assert message(client, uuid)["message_state"] == "queued"
    moved = manual_admin.post(f"messages/{uuid}/state", json={"state": "delivered"})
    assert moved.status_code == 200, moved.text
    assert moved.json()["message_state"] == "delivered"
    record = message(client, uuid)
    assert record["message_state"] == "delivered" and record["message_sent_time"] is not None
    read = manual_admin.post(f"messages/{uuid}/state", json={"state": "read"})
    assert read.status_code == 409  # only WhatsApp messages are read
    back = manual_admin.post(f"messages/{uuid}/state", json={"state": "sent"})
    assert back.status_code == 409 and "cannot become sent" in back.json()["error"]


def test_manual_failure_with_an_error_code(client: httpx.Client, manual_admin: httpx.Client) -> None:
    [uuid] = send(client)
    moved = manual_admin.post(f"messages/{uuid}/state", json={"state": "undelivered", "error_code": "80"})
    assert moved.json()["error_code"] == "80"
    assert message(client, uuid)["message_sent_time"] is not None  # passed through sent
    [other] = send(client)
    failed = manual_admin.post(f"messages/{other}/state", json={"state": "failed"})
    assert failed.json()["error_code"] == "1000"  # unknown error unless told otherwise
    missing = manual_admin.post("messages/00000000-0000-4000-8000-000000000000/state", json={"state": "sent"})
    assert missing.status_code == 404


def test_manual_messages_still_expire(client: httpx.Client, manual_admin: httpx.Client) -> None:
    [uuid] = send(client, message_expiry=5)
    manual_admin.post("clock/advance", json={"seconds": 6})
    assert message(client, uuid)["error_code"] == "420"


# --------------------------------------------------------------------------------- realistic mode


@pytest.fixture(scope="module")
def realistic_server() -> Iterator[EmulatorServer]:
    with EmulatorServer(settings(behaviour=REALISTIC)) as running:
        yield running


@pytest.fixture
def slow(realistic_server: EmulatorServer) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    """(account client, admin client) of the realistic emulator (delays x10), reset around the test."""
    with (
        account_client(realistic_server, MAIN) as api_client,
        httpx.Client(base_url=f"{realistic_server.base_url}/_emulator", timeout=30) as admin_client,
    ):
        admin_client.post("reset")
        yield api_client, admin_client
        admin_client.post("reset")
    assert not realistic_server.runtime.response_failures


def test_realistic_steps_follow_the_clock(slow: tuple[httpx.Client, httpx.Client]) -> None:
    api_client, admin_client = slow
    [uuid] = send(api_client, type="whatsapp", dst="15550090001", text="hi")
    assert message(api_client, uuid)["message_state"] == "queued"
    assert admin_client.get("health").json()["pending_jobs"] == 1
    for seconds, state in ((10.5, "sent"), (20, "delivered"), (50, "read")):
        admin_client.post("clock/advance", json={"seconds": seconds})
        assert message(api_client, uuid)["message_state"] == state
    assert admin_client.get("health").json()["pending_jobs"] == 0


def test_realistic_throughput_queues_a_burst(slow: tuple[httpx.Client, httpx.Client]) -> None:
    api_client, admin_client = slow
    uuids = send(api_client, type="mms", text="pic", dst="14155550121<14155550122<14155550123")
    admin_client.post("clock/advance", json={"seconds": 10.5})
    # MMS leave at 0.25 per second: one now, the next four seconds later
    assert [message(api_client, u)["message_state"] for u in uuids] == ["sent", "queued", "queued"]
    admin_client.post("clock/advance", json={"seconds": 4})
    assert [message(api_client, u)["message_state"] for u in uuids] == ["sent", "sent", "queued"]


def test_realistic_queue_longer_than_the_expiry(slow: tuple[httpx.Client, httpx.Client]) -> None:
    api_client, admin_client = slow
    [uuid] = send(api_client, message_expiry=5)  # sending would take 10 s here
    admin_client.post("clock/advance", json={"seconds": 5.5})
    assert message(api_client, uuid)["error_code"] == "420"
    admin_client.post("clock/advance", json={"seconds": 60})
    assert message(api_client, uuid)["message_state"] == "failed"


def test_scheduled_steps_survive_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "emulator.db")
    with EmulatorServer(settings(behaviour=REALISTIC, db=db)) as first, account_client(first, MAIN) as c:
        [uuid] = send(c)
        assert message(c, uuid)["message_state"] == "queued"
    with EmulatorServer(settings(behaviour=REALISTIC, db=db)) as second, account_client(second, MAIN) as c:
        httpx.post(f"{second.base_url}/_emulator/clock/advance", json={"seconds": 40})
        try:
            assert message(c, uuid)["message_state"] == "delivered"
        finally:
            httpx.post(f"{second.base_url}/_emulator/reset")
