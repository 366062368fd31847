"""Small pieces on their own: numbers, billing, time filters, pagination links, routing priority."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from plivo_emulator import billing, clock, numbers
from plivo_emulator.errors import ApiError, new_api_id
from plivo_emulator.pagination import page_meta
from plivo_emulator.routing import Router
from plivo_emulator.spec import Operation
from plivo_emulator.store import Store, StoreFormatError


@pytest.mark.parametrize(
    ("number", "country"),
    [("14155550123", "US"), ("16135550123", "CA"), ("447700900123", "GB"), ("919876543210", "IN"),
     ("971501234567", "AE"), ("99912345678", None), ("abc", None)],
)  # fmt: skip
def test_country_of(number: str, country: str | None) -> None:
    assert numbers.country_of(number) == country


@pytest.mark.parametrize(
    ("raw", "valid"),
    [("+1 (415) 555-0123", True), ("1415555", False), ("0123456789", False), ("447700900123", True),
     ("1234567890123456", False), ("14155550123x", False)],
)  # fmt: skip
def test_destination_validity(raw: str, valid: bool) -> None:
    assert numbers.is_valid_destination(numbers.sanitize(raw)) is valid


def test_mask() -> None:
    assert numbers.mask("14155550528") == "141XXXXX528"


def test_charge_table() -> None:
    assert billing.charge("sms", "US", 3) == ("0.00500", "0.01500")
    assert billing.charge("sms", "IN", 1) == ("0.00250", "0.00250")
    assert billing.charge("sms", None, 2) == ("0.05000", "0.10000")
    assert billing.charge("mms", "CA", 1) == ("0.01500", "0.01500")
    assert billing.charge("whatsapp", "GB", 1) == ("0.00500", "0.00500")
    assert billing.units("mms", "x" * 500) == 1


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2024-09-01", timedelta(days=1)),
        ("2024-09-01 10:15", timedelta(minutes=1)),
        ("2024-09-01T10:15:42", timedelta(seconds=1)),
        ("2024-09-01 10:15:42.5", timedelta(microseconds=100000)),
        ("2024-09-01 10:15:42.123456", timedelta(microseconds=1)),
    ],
)
def test_filter_time_precision(text: str, precision: timedelta) -> None:
    moment, got = clock.parse_filter_time(text)
    assert got == precision
    assert moment.tzinfo is UTC and moment.date() == datetime(2024, 9, 1, tzinfo=UTC).date()


def test_filter_time_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        clock.parse_filter_time("yesterday")


def test_message_time_format() -> None:
    moment = datetime(2024, 8, 21, 12, 58, 49, 244057, tzinfo=UTC)
    assert clock.message_time(moment) == "2024-08-21 12:58:49+00:00"
    assert clock.message_time(moment, micro=True) == "2024-08-21 12:58:49.244057+00:00"
    assert clock.iso(moment) == "2024-08-21T12:58:49.244057Z"


def test_page_meta_links() -> None:
    meta = page_meta("/v1/Account/X/Message/", [("message_type", "sms"), ("limit", "5")], 5, 5, 12)
    assert meta["next"] == "/v1/Account/X/Message/?message_type=sms&limit=5&offset=10"
    assert meta["previous"] == "/v1/Account/X/Message/?message_type=sms&limit=5&offset=0"
    last = page_meta("/p/", [], 5, 10, 12)
    assert last["next"] is None and last["total_count"] == 12
    assert page_meta("/p/", [], 20, 0, 0)["previous"] is None


def _op(method: str, path: str, op_id: str) -> Operation:
    return Operation(op_id, method, path, (), False, {}, {}, 200, {"200": None})


def test_literal_segments_win_over_parameters() -> None:
    router = Router(
        [
            _op("POST", "/v1/Account/{auth_id}/10dlc/Campaign/Import/", "importCampaign"),
            _op("POST", "/v1/Account/{auth_id}/10dlc/Campaign/{campaign_id}/", "updateCampaign"),
            _op("GET", "/v1/Account/{auth_id}/10dlc/Campaign/{campaign_id}/", "getCampaign"),
        ]
    )
    assert (
        router.match("POST", "/v1/Account/MA1/10dlc/Campaign/Import/").operation.operation_id
        == "importCampaign"
    )
    match = router.match("POST", "/v1/Account/MA1/10dlc/Campaign/CY5NVUA/")
    assert match.operation.operation_id == "updateCampaign"
    assert match.path_params == {"auth_id": "MA1", "campaign_id": "CY5NVUA"}
    # the literal path exists, for POST only: 405, not a campaign called "Import"
    with pytest.raises(ApiError) as excinfo:
        router.match("GET", "/v1/Account/MA1/10dlc/Campaign/Import/")
    assert excinfo.value.status == 405 and excinfo.value.headers == {"Allow": "POST"}
    with pytest.raises(ApiError) as excinfo:
        router.match("GET", "/v1/Account/MA1/10dlc/Campaign/C1")
    assert excinfo.value.status == 404
    with pytest.raises(ApiError) as excinfo:
        router.match("GET", "/v1/Account/MA1/10dlc/Campaign//")
    assert excinfo.value.status == 404


def test_store_batch_resource_helpers() -> None:
    store = Store()
    store.put_resources("MA1", "thing", [("a", {"n": 1}), ("b", {"n": 2})])
    store.put_resources("MA1", "thing", [("a", {"n": 3})])  # replaced, keeps its place
    store.put_resource("MA2", "thing", "c", {"n": 4})
    docs, total = store.list_resources("MA1", "thing", newest_first=False)
    assert (docs, total) == ([{"n": 3}, {"n": 2}], 2)
    assert store.existing_resource_ids("MA1", "thing", ["a", "c", "z", "a"]) == {"a"}
    assert store.existing_resource_ids("MA1", "thing", []) == set()
    many = [str(n) for n in range(1200)]
    store.put_resources("MA1", "many", [(n, {}) for n in many])
    assert store.existing_resource_ids("MA1", "many", [*many, "x"]) == set(many)
    store.close()


def test_api_ids_are_distinct_time_based_uuids() -> None:
    before = datetime.now(UTC)
    ids = [new_api_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    parsed = [uuid.UUID(i) for i in ids]
    assert {(u.version, u.variant) for u in parsed} == {(1, uuid.RFC_4122)}
    seconds = (parsed[0].time - 0x01B21DD213814000) / 10_000_000
    assert abs(seconds - before.timestamp()) < 5
    assert [u.time for u in parsed] == sorted(u.time for u in parsed)


def _stored_at(store: Store, account: str, times: list[str]) -> None:
    store.insert_messages(
        [(account, t, {"message_uuid": str(uuid.uuid4()), "message_state": "delivered"}) for t in times]
    )


TIMES = sorted(
    f"2024-09-03 {h:02d}:{m:02d}:{s:02d}.{us:06d}"
    for h in (9, 10)
    for m in (0, 9, 10, 19, 20, 59)
    for s, us in ((0, 0), (30, 500), (59, 999999))
)


@pytest.mark.parametrize(
    "bounds",
    [[], [(">=", "2024-09-03 09:10:30.000500")], [(">", "2024-09-03 09:10:30.000500")],
     [("<", "2024-09-03 10:19:59.999999")], [("<=", "2024-09-03 10:19:59.999999")],
     [(">=", "2024-09-03 09:09:00.000000"), ("<", "2024-09-03 09:09:59.000000")],
     [(">=", "2024-09-03 09:20:00.000000"), ("<", "2024-09-03 10:00:00.000000")],
     [(">", "2024-09-03 10:00:00.000000"), (">=", "2024-09-03 09:00:00.000000")],
     [(">=", "2024-09-03 10:30:00.000000"), ("<", "2024-09-03 09:30:00.000000")]],
)  # fmt: skip
def test_list_total_of_a_time_range(bounds: list[tuple[str, str]]) -> None:
    store = Store()
    _stored_at(store, "MA1", TIMES)
    _stored_at(store, "MA2", TIMES[:5])
    ops = {">": str.__gt__, ">=": str.__ge__, "<": str.__lt__, "<=": str.__le__}
    expected = sum(all(ops[op](t, v) for op, v in bounds) for t in TIMES)
    conditions = [("sort_time", op, v) for op, v in bounds]
    _, total = store.list_messages(["MA1"], conditions)
    assert total == expected
    _, filtered = store.list_messages(["MA1"], [*conditions, ("message_state", "=", "delivered")])
    assert filtered == expected  # counted without the time slices
    store.delete_account_messages("MA1")
    assert store.list_messages(["MA1"], conditions)[1] == 0
    assert store.list_messages(["MA2"], [])[1] == 5
    store.close()


def test_a_database_of_another_format_is_refused_clearly(tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    store = Store(db)
    _stored_at(store, "MA1", TIMES)
    store.close()
    store = Store(db)  # the same format opens, data kept
    assert store.list_messages(["MA1"], [])[1] == len(TIMES)
    store.close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    conn.close()
    with pytest.raises(StoreFormatError, match=r"format 1; this emulator reads format 2\. Start with a new"):
        Store(db)
    other = str(tmp_path / "other.db")
    conn = sqlite3.connect(other)
    with conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StoreFormatError, match="not a plivo-emulator database"):
        Store(other)


def test_an_integer_filter_beyond_64_bits_matches_nothing() -> None:
    store = Store()
    store.insert_messages([("MA1", TIMES[0], {"message_uuid": "m1", "error_code": "30"})])
    assert store.list_messages(["MA1"], [("error_code", "=", 30)])[1] == 1
    assert store.list_messages(["MA1"], [("error_code", "=", 171701696928647605125120)]) == ([], 0)
    store.close()
