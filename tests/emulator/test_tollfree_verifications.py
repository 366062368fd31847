"""Toll-free verification requests: create, list with filters (including the `created__*` bounds),
get, update (only while SUBMITTED or UPDATE_REQUIRED), delete."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emulator_support import MAIN
from plivo_emulator import clock
from plivo_emulator.handlers import tollfree_verifications as tfv
from plivo_emulator.server import EmulatorServer
from test_profiles import create_profile


def tfv_body(profile_uuid: str, number: str = "18445550162", **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "profile_uuid": profile_uuid,
        "number": number,
        "usecase": "2FA,ACCOUNT_NOTIFICATION",
        "usecase_summary": "Sign-in codes for the Harbor Dental patient portal.",
        "message_sample": "Harbor Dental: your sign-in code is 482913.",
        "optin_type": "WEB_FORM",
        "optin_image_url": "https://harbordental.example.com/consent.png",
        "volume": "1,000",
    }
    body.update(fields)
    return body


def create(client: httpx.Client, profile_uuid: str | None = None, **fields: Any) -> str:
    resp = client.post(
        "TollfreeVerification/", json=tfv_body(profile_uuid or create_profile(client), **fields)
    )
    assert resp.status_code == 201, resp.text
    return str(resp.json()["uuid"])


def set_created(emu: EmulatorServer, verification_uuid: str, created: str) -> None:
    store = emu.runtime.store
    doc = store.get_resource(MAIN.auth_id, "tollfree_verification", verification_uuid)
    assert doc is not None
    store.put_resource(MAIN.auth_id, "tollfree_verification", verification_uuid, {**doc, "created": created})


def test_create_then_get(client: httpx.Client) -> None:
    profile_uuid = create_profile(client)
    resp = client.post(
        "TollfreeVerification/",
        json=tfv_body(
            profile_uuid,
            usecase=["2FA", "MARKETING"],
            optin_image_url=["https://a.example/1.png", "https://a.example/2.png"],
            callback_url="https://example.com/tf",
        ),
    )
    assert resp.status_code == 201
    body = resp.json()
    assert body["message"] == "Tollfree verification request for 18445550162 submitted succesfully"
    got = client.get(f"TollfreeVerification/{body['uuid']}/").json()
    assert (got["uuid"], got["profile_uuid"], got["number"]) == (body["uuid"], profile_uuid, "18445550162")
    assert got["status"] == "SUBMITTED"
    assert got["usecase"] == "2FA,MARKETING"
    assert got["optin_image_url"] == "https://a.example/1.png,https://a.example/2.png"
    assert (got["volume"], got["optin_type"], got["callback_url"]) == (
        "1,000",
        "WEB_FORM",
        "https://example.com/tf",
    )
    assert got["callback_method"] == "POST"
    assert got["error_message"] == ""
    assert got["created"] == got["last_modified"]


@pytest.mark.parametrize(
    ("fields", "start"),
    [
        ({"number": "14155550123"}, "number:"),
        ({"profile_uuid": "3c5a1f0e-2b7d-4e61-9a4c-58e2d7b1c903"}, "profile_uuid:"),
        ({"usecase": "2FA,SOMETHING"}, "usecase"),
        ({"optin_type": "SMOKE_SIGNAL"}, "optin_type"),
        ({"volume": None}, "volume"),
    ],
)
def test_create_refusals(client: httpx.Client, fields: dict[str, Any], start: str) -> None:
    body = {k: v for k, v in tfv_body(create_profile(client)).items() if k not in fields}
    body.update({k: v for k, v in fields.items() if v is not None})
    resp = client.post("TollfreeVerification/", json=body)
    assert resp.status_code == 400, resp.text
    assert resp.json()["error"].startswith(start), resp.json()["error"]


def test_one_open_request_per_number(emu: EmulatorServer, client: httpx.Client) -> None:
    first = create(client)
    again = client.post("TollfreeVerification/", json=tfv_body(create_profile(client)))
    assert again.status_code == 400
    assert first in again.json()["error"]
    tfv.set_status(emu.runtime.store, MAIN.auth_id, first, "REJECTED", "Opt-in not shown")
    assert create(client) != first


def test_a_number_rented_by_another_account_is_refused(
    client: httpx.Client, other_client: httpx.Client
) -> None:
    pack = other_client.post("Powerpack/", json={"name": "p"}).json()
    pool = str(pack["number_pool"]).split("/")[5]
    assert (
        other_client.post(f"NumberPool/{pool}/Tollfree/18445550162/", json={"rent": True}).status_code == 200
    )
    resp = client.post("TollfreeVerification/", json=tfv_body(create_profile(client)))
    assert resp.status_code == 400
    assert "not a number of this account" in resp.json()["error"]


def test_list_filters(emu: EmulatorServer, client: httpx.Client) -> None:
    first_profile, second_profile = create_profile(client), create_profile(client)
    a = create(client, first_profile, number="18445550101", usecase="2FA")
    b = create(client, first_profile, number="18445550102", usecase="MARKETING,2FA")
    c = create(client, second_profile, number="18885550103", usecase="CUSTOMER_CARE")
    set_created(emu, a, "2024-09-01T10:00:00.000000Z")
    set_created(emu, b, "2024-09-15T10:00:00.000000Z")
    set_created(emu, c, "2024-10-01T00:00:00.000000Z")
    tfv.set_status(emu.runtime.store, MAIN.auth_id, c, "APPROVED")

    def listed(**params: Any) -> list[str]:
        resp = client.get("TollfreeVerification/", params=params)
        assert resp.status_code == 200, resp.text
        return [o["uuid"] for o in resp.json()["objects"]]

    assert listed() == [c, b, a]
    assert listed(number="18445550102") == [b]
    assert listed(status="APPROVED") == [c]
    assert listed(profile_uuid=first_profile) == [b, a]
    assert listed(usecase="2FA") == [b, a]
    assert listed(created__gt="2024-09-01") == [c, b, a]  # a date is its midnight (UTC)
    assert listed(created__gt="2024-09-02") == [c, b]
    assert listed(created__gte="2024-09-01T10:00:00Z") == [c, b, a]
    assert listed(created__gt="2024-09-01T10:00:00Z") == [c, b]
    assert listed(created__lt="2024-10-01") == [b, a]
    assert listed(created__lte="2024-10-01T02:00:00+02:00") == [c, b, a]
    assert listed(created__gte="2024-09-02", created__lt="2024-09-30 00:00") == [b]


def test_list_pages_count_in_meta_count(client: httpx.Client) -> None:
    profile_uuid = create_profile(client)
    made = [create(client, profile_uuid, number=f"1844555010{i}") for i in range(3)]
    page = client.get("TollfreeVerification/", params={"limit": 2, "offset": 1}).json()
    assert [o["uuid"] for o in page["objects"]] == made[1::-1]
    assert page["meta"]["count"] == 3
    assert "total_count" not in page["meta"]
    assert page["meta"]["previous"].endswith("/TollfreeVerification/?limit=2&offset=0")
    assert page["meta"]["next"] is None


@pytest.mark.parametrize("bound", ["yesterday", "2024-13", "01/09/2024"])
def test_bad_created_bounds_are_400(client: httpx.Client, bound: str) -> None:
    resp = client.get("TollfreeVerification/", params={"created__gt": bound})
    assert resp.status_code == 400
    assert resp.json()["error"].startswith("created__gt:")


def test_update_while_submitted_or_update_required(emu: EmulatorServer, client: httpx.Client) -> None:
    verification_uuid = create(client)
    resp = client.post(
        f"TollfreeVerification/{verification_uuid}/", json={"usecase_summary": "Portal codes."}
    )
    assert resp.status_code == 202
    assert resp.json()["message"] == "Tollfree verification request for 18445550162 updated succesfully"
    assert (
        client.get(f"TollfreeVerification/{verification_uuid}/").json()["usecase_summary"] == "Portal codes."
    )
    tfv.set_status(
        emu.runtime.store, MAIN.auth_id, verification_uuid, "UPDATE_REQUIRED", "Show the consent text"
    )
    needs = client.get(f"TollfreeVerification/{verification_uuid}/").json()
    assert (needs["status"], needs["error_message"]) == ("UPDATE_REQUIRED", "Show the consent text")
    fixed = client.post(
        f"TollfreeVerification/{verification_uuid}/",
        json={"optin_image_url": ["https://a.example/v2.png"], "additional_information": "Box unchecked."},
    )
    assert fixed.status_code == 202
    resubmitted = client.get(f"TollfreeVerification/{verification_uuid}/").json()
    assert (resubmitted["status"], resubmitted["error_message"]) == ("SUBMITTED", "")
    assert resubmitted["optin_image_url"] == "https://a.example/v2.png"
    assert resubmitted["last_modified"] > resubmitted["created"]
    tfv.set_status(emu.runtime.store, MAIN.auth_id, verification_uuid, "APPROVED")
    closed = client.post(f"TollfreeVerification/{verification_uuid}/", json={"volume": "10"})
    assert closed.status_code == 400
    assert "APPROVED" in closed.json()["error"]


def test_update_cannot_change_the_number(client: httpx.Client) -> None:
    verification_uuid = create(client)
    resp = client.post(f"TollfreeVerification/{verification_uuid}/", json={"number": "18885550100"})
    assert resp.status_code == 400
    assert resp.json()["error"].startswith("number:")
    assert client.post(f"TollfreeVerification/{verification_uuid}/", json={}).status_code == 400


def test_delete_then_404(client: httpx.Client) -> None:
    verification_uuid = create(client)
    resp = client.delete(f"TollfreeVerification/{verification_uuid}/")
    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(f"TollfreeVerification/{verification_uuid}/").status_code == 404
    assert client.post(f"TollfreeVerification/{verification_uuid}/", json={"volume": "10"}).status_code == 404
    assert client.delete(f"TollfreeVerification/{verification_uuid}/").status_code == 404
    assert client.get("TollfreeVerification/").json()["meta"]["count"] == 0


def test_requests_belong_to_their_account(client: httpx.Client, other_client: httpx.Client) -> None:
    verification_uuid = create(client)
    assert other_client.get(f"TollfreeVerification/{verification_uuid}/").status_code == 404
    assert other_client.delete(f"TollfreeVerification/{verification_uuid}/").status_code == 404
    assert other_client.get("TollfreeVerification/").json()["objects"] == []


def test_helpers(emu: EmulatorServer) -> None:
    assert clock.parse_time("2024-09-01").isoformat() == "2024-09-01T00:00:00+00:00"
    assert clock.parse_time("2024-09-01T12:30:00.5-0200").isoformat() == "2024-09-01T14:30:00.500000+00:00"
    with pytest.raises(ValueError):
        clock.parse_time("soon")
    with pytest.raises(ValueError, match="unknown"):
        tfv.set_status(emu.runtime.store, MAIN.auth_id, "x", "IN_REVIEW")
