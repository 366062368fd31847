"""Status callbacks: fields per transition, signatures (ours and the official SDK's validator),
retries with backoff, the attempt log, order, persistence across a restart."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import httpx
from behaviour_support import assert_valid, send, settled_callbacks
from callback_receiver import Receiver
from emulator_support import MAIN, SUB, account_client, settings
from plivo.utils.signature_v3 import validate_v3_signature  # type: ignore[import-untyped]
from plivo_emulator.auth import Accounts
from plivo_emulator.behaviour.callbacks import Callbacks, url_problem
from plivo_emulator.config import BehaviourSettings
from plivo_emulator.server import EmulatorServer
from plivo_emulator.store import Store
from plivo_messaging.signature import validate_signature_v2, validate_signature_v3

HEADERS = (
    "X-Plivo-Signature-V3",
    "X-Plivo-Signature-V3-Nonce",
    "X-Plivo-Signature-V2",
    "X-Plivo-Signature-V2-Nonce",
)


def signed_by(token: str, method: str, url: str, headers: dict[str, str], params: dict[str, str]) -> bool:
    """Whether the V3 signature is genuine; our validator and the official SDK's always agree."""
    nonce, v3 = headers["X-Plivo-Signature-V3-Nonce"], headers["X-Plivo-Signature-V3"]
    ours = validate_signature_v3(method, url, nonce, token, v3, params)
    sdk = bool(validate_v3_signature(method, url, nonce, token, v3, dict(params)))
    assert ours == sdk
    return ours


def v2_signed_by(token: str, url: str, headers: dict[str, str]) -> bool:
    return validate_signature_v2(
        url, headers["X-Plivo-Signature-V2-Nonce"], headers["X-Plivo-Signature-V2"], token
    )


def test_one_callback_per_transition_with_the_spec_fields(api: httpx.Client, receiver: Receiver) -> None:
    [uuid] = send(api, url=receiver.url(), text="Your code is 4512")
    got = receiver.wait_for(3)
    assert [r.params["Status"] for r in got] == ["queued", "sent", "delivered"]
    assert [r.params["Sequence"] for r in got] == ["1", "2", "3"]
    for r in got:
        assert r.method == "POST"
        assert r.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert_valid("MessageStatusCallback", r.params)
        assert r.params["MessageUUID"] == uuid
        assert (r.params["From"], r.params["To"], r.params["Type"]) == ("14155550100", "14155550123", "sms")
        assert (r.params["Units"], r.params["TotalRate"], r.params["TotalAmount"]) == (
            "1",
            "0.00500",
            "0.00500",
        )
    queued, sent, delivered = (r.params for r in got)
    assert "SentTime" not in queued and "ErrorCode" not in queued
    assert sent["SentTime"] >= sent["QueuedTime"] and "DeliveryReportTime" not in sent
    assert delivered["ErrorCode"] == "000" and delivered["DeliveryReportTime"] >= delivered["SentTime"]
    assert receiver.quiet_for(0.2) == 0


def test_callbacks_are_signed_with_the_account_token(api: httpx.Client, receiver: Receiver) -> None:
    send(api, url=receiver.url("/status?shop=7&a=b"))
    for r in receiver.wait_for(3):
        for header in HEADERS:
            assert header in r.headers
        assert signed_by(MAIN.auth_token, "POST", r.url, r.headers, r.form)
        assert not signed_by("someone-else", "POST", r.url, r.headers, r.form)
        assert not signed_by(MAIN.auth_token, "POST", r.url, r.headers, {**r.form, "Status": "read"})
        assert v2_signed_by(MAIN.auth_token, r.url, r.headers)  # V2 covers the URL only
        assert not v2_signed_by("someone-else", r.url, r.headers)
        assert "X-Plivo-Signature-Ma-V3" not in r.headers  # a main account's own message


def test_get_callbacks_carry_the_fields_in_the_query(api: httpx.Client, receiver: Receiver) -> None:
    send(api, url=receiver.url("/status?shop=7"), method="GET")
    got = receiver.wait_for(3)
    assert [r.method for r in got] == ["GET"] * 3
    assert [r.query["Status"] for r in got] == ["queued", "sent", "delivered"]
    for r in got:
        assert r.query["shop"] == "7" and r.body == b""
        # the receiver validates the URL it was called on; the fields are in its query
        assert signed_by(MAIN.auth_token, "GET", r.url, r.headers, {})


def test_subaccount_callbacks_also_carry_the_main_account_signature(
    sub_api: httpx.Client, receiver: Receiver
) -> None:
    send(sub_api, url=receiver.url())
    for r in receiver.wait_for(3):
        assert signed_by(SUB.auth_token, "POST", r.url, r.headers, r.form)
        assert v2_signed_by(SUB.auth_token, r.url, r.headers)
        nonce = r.headers["X-Plivo-Signature-V3-Nonce"]
        assert validate_signature_v3(
            "POST", r.url, nonce, MAIN.auth_token, r.headers["X-Plivo-Signature-Ma-V3"], r.form
        )
        assert validate_signature_v2(r.url, nonce, r.headers["X-Plivo-Signature-Ma-V2"], MAIN.auth_token)


def test_failures_report_their_error_code(api: httpx.Client, receiver: Receiver) -> None:
    send(api, url=receiver.url(), dst="15550000030")
    send(api, url=receiver.url("/b"), dst="15550000900")
    undelivered = receiver.wait_for(3, path="/status")
    assert [(r.params["Status"], r.params.get("ErrorCode")) for r in undelivered] == [
        ("queued", None),
        ("sent", None),
        ("undelivered", "30"),
    ]
    failed = receiver.wait_for(2, path="/b")
    assert [(r.params["Status"], r.params.get("ErrorCode")) for r in failed] == [
        ("queued", None),
        ("failed", "900"),
    ]
    for r in [*undelivered, *failed]:
        assert_valid("MessageStatusCallback", r.params)


def test_a_500_is_retried_and_order_is_kept(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver
) -> None:
    receiver.answer(500)
    [uuid] = send(api, url=receiver.url())
    got = receiver.wait_for(4)
    # the queued callback is tried again before sent and delivered go out
    assert [r.params["Status"] for r in got] == ["queued", "queued", "sent", "delivered"]
    assert [r.params["Sequence"] for r in got] == ["1", "1", "2", "3"]
    assert got[0].headers["X-Plivo-Signature-V3-Nonce"] != got[1].headers["X-Plivo-Signature-V3-Nonce"]
    log = settled_callbacks(admin, subject=uuid)
    assert [c["state"] for c in log] == ["delivered"] * 3
    first = log[0]
    assert first["attempts"] == 2
    assert [(a["status_code"], a["outcome"]) for a in first["attempt_log"]] == [
        (500, "retry"),
        (200, "delivered"),
    ]


def test_nothing_after_the_retry_limit(api: httpx.Client, admin: httpx.Client, receiver: Receiver) -> None:
    receiver.answer(503, times=3)  # retries=2: three attempts in all
    [uuid] = send(api, url=receiver.url())
    got = receiver.wait_for(5)
    assert [r.params["Status"] for r in got] == ["queued"] * 3 + ["sent", "delivered"]
    assert receiver.quiet_for(0.4) == 0
    gave_up, *rest = settled_callbacks(admin, subject=uuid)
    assert gave_up["state"] == "failed" and gave_up["attempts"] == 3
    assert [a["outcome"] for a in gave_up["attempt_log"]] == ["retry", "retry", "failed"]
    assert all(c["state"] == "delivered" for c in rest)
    assert (
        admin.get("callbacks", params={"state": "failed"}).json()["objects"][0]["callback_id"]
        == gave_up["callback_id"]
    )


def test_client_errors_are_not_retried(api: httpx.Client, admin: httpx.Client, receiver: Receiver) -> None:
    receiver.answer(404)
    [uuid] = send(api, url=receiver.url())
    receiver.wait_for(3)
    first = settled_callbacks(admin, subject=uuid)[0]
    assert (first["state"], first["attempts"], first["last_status_code"]) == ("failed", 1, 404)


def test_timeouts_and_refused_connections_are_retried(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver
) -> None:
    receiver.answer(200, delay=1.3)  # callback_timeout is 1 s here
    [slow] = send(api, url=receiver.url())
    first = settled_callbacks(admin, subject=slow, timeout=15)[0]
    assert (
        first["attempt_log"][0]["outcome"] == "retry"
        and "no answer within" in first["attempt_log"][0]["error"]
    )
    assert first["state"] == "delivered"
    with Receiver() as gone:
        dead_url = gone.url()
    [refused] = send(api, url=dead_url)
    attempts = settled_callbacks(admin, subject=refused)[0]["attempt_log"]
    assert [a["outcome"] for a in attempts] == ["retry", "retry", "failed"]
    assert all(a["status_code"] is None and a["error"] for a in attempts)


def test_callbacks_never_hold_up_the_api(api: httpx.Client, receiver: Receiver) -> None:
    receiver.answer(200, delay=0.3, times=3)
    started = time.perf_counter()
    send(api, url=receiver.url())
    assert time.perf_counter() - started < 0.25
    assert len(receiver.wait_for(3)) == 3


def test_each_message_reports_in_sequence(api: httpx.Client, receiver: Receiver) -> None:
    uuids = send(api, url=receiver.url(), dst="<".join(f"1415555{n:04d}" for n in range(10)))
    got = receiver.wait_for(30)
    for uuid in uuids:
        mine = [int(r.params["Sequence"]) for r in got if r.params["MessageUUID"] == uuid]
        assert mine == [1, 2, 3]


def test_only_http_urls_are_called() -> None:
    assert url_problem("https://example.com/cb") is None
    assert (
        url_problem("ftp://example.com/cb") and url_problem("file:///etc/passwd") and url_problem("http://")
    )
    store = Store()
    try:
        callbacks = Callbacks(store, Accounts([MAIN]), BehaviourSettings(), store.clock)
        callback_id = callbacks.enqueue(
            MAIN.auth_id, "messageStatus", "m1", "ftp://example.com/cb", "POST", {}
        )
        [doc] = callbacks.listing(MAIN.auth_id, {"callback_id": callback_id}, 10)
        assert doc["state"] == "failed" and "http" in doc["error"] and doc["attempt_log"] == []
        assert callbacks.pending_count() == 0
    finally:
        store.close()


def test_pending_callbacks_survive_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "emulator.db")
    slow_retry = BehaviourSettings(lifecycle="instant", callback_backoff=30, callback_retries=3)
    with Receiver() as receiver:
        receiver.answer(500)
        with EmulatorServer(settings(behaviour=slow_retry, db=db)) as first, account_client(first, MAIN) as c:
            [uuid] = send(c, url=receiver.url())
            receiver.wait_for(1)
            time.sleep(0.1)
        assert len(receiver.requests) == 1  # sent and delivered wait behind the queued callback
        with EmulatorServer(settings(behaviour=slow_retry, db=db)) as second:
            admin_url = f"{second.base_url}/_emulator"
            try:
                httpx.post(f"{admin_url}/clock/advance", json={"seconds": 31})
                got = receiver.wait_for(4)
                assert [r.params["Status"] for r in got] == ["queued", "queued", "sent", "delivered"]
                assert all(r.params["MessageUUID"] == uuid for r in got)
            finally:
                httpx.post(f"{admin_url}/reset")


def test_retries_wait_the_backoff_doubling_each_time() -> None:
    """On the emulator's clock, so nothing here depends on how fast the machine is: no retry comes
    before the backoff has passed, and the waits are backoff, then twice as long."""
    backoff = 30.0
    slow_retry = BehaviourSettings(lifecycle="instant", callback_backoff=backoff, callback_retries=2)
    with Receiver() as receiver:
        receiver.answer(500, times=3)
        with (
            EmulatorServer(settings(behaviour=slow_retry)) as server,
            account_client(server, MAIN) as api,
            httpx.Client(base_url=f"{server.base_url}/_emulator") as admin,
        ):
            [uuid] = send(api, url=receiver.url())
            for attempt, wait in enumerate((backoff, 2 * backoff), start=1):
                receiver.wait_for(attempt)
                assert receiver.quiet_for(0.3) == 0  # nothing is retried before the wait is over
                listed = admin.get("callbacks", params={"subject": uuid}).json()["objects"]
                [first] = [c for c in listed if c["attempt_log"]]  # the others wait behind it
                tried = datetime.fromisoformat(first["attempt_log"][-1]["at"])
                due = datetime.fromisoformat(first["next_attempt_at"])
                assert wait <= (due - tried).total_seconds() < wait + 5, first
                admin.post("clock/advance", json={"seconds": wait + 1})
            receiver.wait_for(3)
