"""Fault injection (429 with Retry-After, 500, latency; by count, by time, by account and operation)
and rate limits; what the official SDK makes of them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import plivo  # type: ignore[import-untyped]
import plivo.rest.client  # type: ignore[import-untyped]
import pytest
from behaviour_support import assert_valid, send
from emulator_support import MAIN, OTHER, account_client, settings
from plivo import exceptions
from plivo_emulator.config import BehaviourSettings, RateLimit, parse_rate_limit
from plivo_emulator.server import EmulatorServer


def fault(admin: httpx.Client, **body: Any) -> dict[str, Any]:
    resp = admin.post("faults", json=body)
    assert resp.status_code == 201, resp.text
    created: dict[str, Any] = resp.json()
    return created


def test_429_for_a_number_of_requests(api: httpx.Client, admin: httpx.Client) -> None:
    fault(admin, status=429, retry_after=7, count=2)
    for _ in range(2):
        resp = api.get("Message/")
        assert resp.status_code == 429
        assert resp.headers["Retry-After"] == "7"
        assert_valid("ApiErrorResponse", resp.json())
    assert api.get("Message/").status_code == 200
    assert admin.get("faults").json()["objects"] == []
    assert admin.get("health").status_code == 200  # the admin API is never affected


def test_500_for_one_operation_of_one_account(
    api: httpx.Client, other_api: httpx.Client, admin: httpx.Client
) -> None:
    created = fault(admin, status=500, operation_id="sendMessage", auth_id=MAIN.auth_id)
    resp = api.post("Message/", json={"src": "14155550100", "dst": "14155550123", "text": "x"})
    assert resp.status_code == 500 and "injected" in resp.json()["error"]
    assert "Retry-After" not in resp.headers
    assert api.get("Message/").status_code == 200  # another operation
    send(other_api)  # another account
    [listed] = admin.get("faults").json()["objects"]
    assert listed["hits"] == 1 and listed["remaining"] is None
    assert admin.delete(f"faults/{created['fault_id']}").status_code == 204
    send(api)
    assert admin.delete(f"faults/{created['fault_id']}").status_code == 404


def test_faults_for_some_seconds(api: httpx.Client, admin: httpx.Client) -> None:
    fault(admin, status=503, seconds=0.3, message="maintenance")
    resp = api.get("Message/")
    assert resp.status_code == 503 and resp.json()["error"] == "maintenance"
    time.sleep(0.35)
    assert api.get("Message/").status_code == 200


def test_added_latency(api: httpx.Client, admin: httpx.Client) -> None:
    fault(admin, latency_ms=300, count=1)
    started = time.perf_counter()
    assert api.get("Message/").status_code == 200
    assert time.perf_counter() - started >= 0.3
    started = time.perf_counter()
    api.get("Message/")
    assert time.perf_counter() - started < 0.3
    fault(admin, latency_ms=50)
    assert admin.delete("faults").status_code == 204
    assert admin.get("faults").json()["objects"] == []


def test_invalid_faults_are_refused(admin: httpx.Client) -> None:
    assert admin.post("faults", json={"count": 1}).status_code == 400  # neither status nor latency
    assert admin.post("faults", json={"status": 404}).status_code == 400
    assert admin.post("faults", json={"status": 500, "operation_id": "nope"}).status_code == 400


@pytest.fixture
def sdk(lively: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setattr(plivo.rest.client, "PLIVO_API_BASE_URI", f"{lively.base_url}/v1/Account")
    with plivo.RestClient(MAIN.auth_id, MAIN.auth_token) as client:
        yield client


def test_the_official_sdk_sees_injected_errors(sdk: Any, admin: httpx.Client) -> None:
    fault(admin, status=429, count=1)
    with pytest.raises(exceptions.PlivoRestError) as limited:
        sdk.messages.create(src="14155550100", dst="14155550123", text="hi")
    # plivo 4.63.0 has no rate-limit class: a 429 is its base error, naming the status. (Its list
    # calls cannot even get that far: they read `objects` from the error body and fail with TypeError.)
    assert type(limited.value) is exceptions.PlivoRestError and "429" in str(limited.value)
    fault(admin, status=500, count=1)
    with pytest.raises(exceptions.PlivoServerError):
        sdk.messages.create(src="14155550100", dst="14155550123", text="hi")
    assert (
        sdk.messages.create(src="14155550100", dst="14155550123", text="hi")["message"] == "message(s) queued"
    )


def test_rate_limit_per_account(api: httpx.Client, other_api: httpx.Client, admin: httpx.Client) -> None:
    assert (
        admin.post(
            "rate-limits", json={"auth_id": MAIN.auth_id, "requests": 3, "per_seconds": 60}
        ).status_code
        == 200
    )
    assert [api.get("Message/").status_code for _ in range(3)] == [200, 200, 200]
    limited = api.get("Message/")
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) >= 1  # a token comes back every 20 s
    assert "3 requests per 60 seconds" in limited.json()["error"]
    assert other_api.get("Message/").status_code == 200
    assert admin.get("rate-limits").json()["objects"] == [
        {"auth_id": MAIN.auth_id, "requests": 3, "per_seconds": 60.0}
    ]
    assert admin.delete("rate-limits").status_code == 204
    assert api.get("Message/").status_code == 200


def test_rate_limits_from_settings() -> None:
    assert parse_rate_limit("300/5") == RateLimit(300, 5.0)
    assert parse_rate_limit(f"{OTHER.auth_id}=10/1.5") == RateLimit(10, 1.5, OTHER.auth_id)
    with pytest.raises(ValueError):
        parse_rate_limit("fast")
    limited = BehaviourSettings(rate_limits=(RateLimit(2, 60),))
    with EmulatorServer(settings(behaviour=limited)) as server, account_client(server, MAIN) as c:
        assert [c.get("Message/").status_code for _ in range(3)] == [200, 200, 429]
        with account_client(server, OTHER) as o:  # a limit for every account counts per account
            assert o.get("Message/").status_code == 200
        # a reset forgets limits set at run time, not configured ones
        httpx.post(f"{server.base_url}/_emulator/reset")
        assert httpx.get(f"{server.base_url}/_emulator/rate-limits").json()["objects"] == [
            {"auth_id": None, "requests": 2, "per_seconds": 60.0}
        ]


def test_advancing_the_clock_moves_faults_and_rate_limits(api: httpx.Client, admin: httpx.Client) -> None:
    fault(admin, status=503, seconds=600)
    assert api.get("Message/").status_code == 503
    assert admin.post("clock/advance", json={"seconds": 601}).status_code == 200
    assert api.get("Message/").status_code == 200  # the fault's 600 s are over on the emulator's clock
    admin.post("rate-limits", json={"auth_id": MAIN.auth_id, "requests": 1, "per_seconds": 3600})
    assert [api.get("Message/").status_code for _ in range(2)] == [200, 429]
    admin.post("clock/advance", json={"seconds": 3600})
    assert api.get("Message/").status_code == 200  # the bucket refilled over the hour skipped


def test_each_app_has_its_own_clock(lively: EmulatorServer, admin: httpx.Client) -> None:
    with EmulatorServer(settings()) as other:
        admin.post("clock/advance", json={"seconds": 86400})
        assert lively.runtime.clock.offset().total_seconds() == 86400
        assert other.runtime.clock.offset().total_seconds() == 0
        assert httpx.get(f"{other.base_url}/_emulator/clock").json()["offset_seconds"] == 0
