"""Compliance reviews: brands, campaigns, number links and toll-free verifications move through
their statuses, with the callbacks Plivo sends; markers in the request choose the outcome."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from behaviour_support import assert_valid
from callback_receiver import Receiver
from emulator_support import MAIN, account_client, settings
from plivo_emulator.config import BehaviourSettings
from plivo_emulator.server import EmulatorServer

ADDRESS = {"street": "410 Harbor Boulevard", "city": "Oakland", "state": "CA", "postal_code": "94607"}
CONTACT = {"first_name": "Maya", "last_name": "Okafor", "email": "maya@example.com", "seniority": "admin"}
PROFILE = {
    "profile_alias": "Harbor Dental",
    "customer_type": "DIRECT",
    "entity_type": "PRIVATE",
    "company_name": "Harbor Dental Group LLC",
    "vertical": "HEALTHCARE",
    "ein": "845123907",
    "ein_issuing_country": "US",
    "website": "https://harbordental.example.com",
    "address": {**ADDRESS, "country": "US"},
    "authorized_contact": {**CONTACT, "phone": "14155550142", "title": "Owner"},
}
DESCRIPTION = "Reminders for upcoming dental appointments and replies to patient questions."
TOLLFREE = "18445550162"


def ok(resp: httpx.Response) -> dict[str, Any]:
    assert resp.status_code < 300, resp.text
    body: dict[str, Any] = resp.json() if resp.content else {}
    return body


def profile(api: httpx.Client) -> str:
    return str(ok(api.post("Profile/", json=PROFILE))["profile_uuid"])


def brand(api: httpx.Client, url: str, alias: str = "Harbor Dental") -> str:
    body = {"brand_alias": alias, "profile_uuid": profile(api), "brand_type": "STANDARD", "url": url}
    return str(ok(api.post("10dlc/Brand/", json=body))["brand_id"])


def campaign(api: httpx.Client, brand_id: str, url: str, description: str = DESCRIPTION) -> str:
    body = {
        "brand_id": brand_id,
        "vertical": "HEALTHCARE",
        "usecase": "MIXED",
        "sub_usecases": ["ACCOUNT_NOTIFICATION", "CUSTOMER_CARE"],
        "description": description,
        "sample1": "Your appointment is tomorrow at 10:00. Reply C to confirm.",
        "sample2": "Thanks, your appointment is confirmed.",
        "message_flow": "Patients opt in on the booking form at harbordental.example.com.",
        "help_message": "Harbor Dental: call 415-555-0142 for help.",
        "optout_message": "You will receive no more messages from Harbor Dental.",
        "url": url,
    }
    return str(ok(api.post("10dlc/Campaign/", json=body))["campaign_id"])


def tollfree(api: httpx.Client, url: str, summary: str = "Appointment reminders for patients.") -> str:
    body = {
        "profile_uuid": profile(api),
        "number": TOLLFREE,
        "usecase": "ACCOUNT_NOTIFICATION",
        "usecase_summary": summary,
        "message_sample": "Your appointment is tomorrow at 10:00.",
        "optin_image_url": "https://harbordental.example.com/optin.png",
        "optin_type": "WEB_FORM",
        "volume": "1,000",
        "callback_url": url,
    }
    return str(ok(api.post("TollfreeVerification/", json=body))["uuid"])


def events(receiver: Receiver, count: int, path: str) -> list[dict[str, str]]:
    return [r.params for r in receiver.wait_for(count, path=path)]


def test_a_brand_is_registered(api: httpx.Client, receiver: Receiver) -> None:
    brand_id = brand(api, receiver.url("/brand"))
    assert ok(api.get(f"10dlc/Brand/{brand_id}/"))["brand"]["registration_status"] == "COMPLETED"
    got = events(receiver, 2, "/brand")
    assert got == [
        {"brand_id": brand_id, "status": "created"},
        {"brand_id": brand_id, "status": "registered"},
    ]
    for params in got:
        assert_valid("BrandStatusCallback", params)


def test_a_brand_is_rejected(api: httpx.Client, receiver: Receiver) -> None:
    brand_id = brand(api, receiver.url("/brand"), alias="Harbor Dental #reject")
    record = ok(api.get(f"10dlc/Brand/{brand_id}/"))["brand"]
    assert record["registration_status"] == "FAILED" and record["declined_reasons"]
    rejected = events(receiver, 2, "/brand")[1]
    assert rejected["status"] == "rejected" and rejected["reason"]
    # a campaign of a rejected brand cannot even be registered
    assert api.post("10dlc/Campaign/", json={"brand_id": brand_id}).status_code == 400


def test_campaigns_and_number_links(api: httpx.Client, receiver: Receiver) -> None:
    campaign_id = campaign(api, brand(api, receiver.url("/brand")), receiver.url("/campaign"))
    assert ok(api.get(f"10dlc/Campaign/{campaign_id}/"))["campaign"]["registration_status"] == "ACTIVE"
    got = events(receiver, 2, "/campaign")
    assert [e["status"] for e in got] == ["created", "registered"]
    for params in got:
        assert_valid("CampaignStatusCallback", params)
    link = {"numbers": ["14155550101", "15550020001"], "url": receiver.url("/numbers")}
    ok(api.post(f"10dlc/Campaign/{campaign_id}/Number/", json=link))
    linked = ok(api.get(f"10dlc/Campaign/{campaign_id}/Number/"))["phone_numbers"]
    assert {n["number"]: n["status"] for n in linked} == {"14155550101": "COMPLETED", "15550020001": "FAILED"}
    got = events(receiver, 4, "/numbers")
    by_number = {n: [e["status"] for e in got if e["number"] == n] for n in ("14155550101", "15550020001")}
    assert by_number == {"14155550101": ["created", "success"], "15550020001": ["created", "failed"]}
    for params in got:
        assert_valid("CampaignNumberStatusCallback", params)
    unlink = api.delete(
        f"10dlc/Campaign/{campaign_id}/Number/14155550101/", params={"url": receiver.url("/unlink")}
    )
    assert unlink.status_code == 202, unlink.text
    assert [e["status"] for e in events(receiver, 2, "/unlink")] == ["created", "success"]


def test_a_campaign_is_rejected(api: httpx.Client, receiver: Receiver) -> None:
    campaign_id = campaign(
        api, brand(api, receiver.url("/brand")), receiver.url("/campaign"), DESCRIPTION + " #REJECT"
    )
    record = ok(api.get(f"10dlc/Campaign/{campaign_id}/"))["campaign"]
    assert record["registration_status"] == "FAILED" and record["error_reason"]
    assert events(receiver, 2, "/campaign")[1]["status"] == "rejected"


def test_tollfree_verification_outcomes(api: httpx.Client, receiver: Receiver) -> None:
    approved = tollfree(api, receiver.url("/tfv"))
    assert ok(api.get(f"TollfreeVerification/{approved}/"))["status"] == "APPROVED"
    [event] = events(receiver, 1, "/tfv")
    assert_valid("TollfreeVerificationStatusCallback", event)
    assert (event["uuid"], event["number"], event["status"]) == (approved, TOLLFREE, "APPROVED")
    assert api.delete(f"TollfreeVerification/{approved}/").status_code == 204
    needs_work = tollfree(api, receiver.url("/tfv"), summary="Reminders. #update")
    record = ok(api.get(f"TollfreeVerification/{needs_work}/"))
    assert record["status"] == "UPDATE_REQUIRED" and record["error_message"]
    # the update sends it back for review, which now passes
    ok(
        api.post(
            f"TollfreeVerification/{needs_work}/",
            json={"usecase_summary": "Appointment reminders for patients."},
        )
    )
    assert ok(api.get(f"TollfreeVerification/{needs_work}/"))["status"] == "APPROVED"
    assert [e["status"] for e in events(receiver, 3, "/tfv")[1:]] == ["UPDATE_REQUIRED", "APPROVED"]


def test_hold_keeps_a_review_open_until_the_admin_api_ends_it(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver
) -> None:
    brand_id = brand(api, receiver.url("/brand"), alias="Slow Brand #hold")
    assert ok(api.get(f"10dlc/Brand/{brand_id}/"))["brand"]["registration_status"] == "PROCESSING"
    campaign_id = campaign(api, brand_id, receiver.url("/campaign"))
    assert ok(api.get(f"10dlc/Campaign/{campaign_id}/"))["campaign"]["registration_status"] == "PROCESSING"
    done = admin.post(f"compliance/brand/{brand_id}/status", json={"status": "COMPLETED"})
    assert done.status_code == 200 and done.json()["resource"]["registration_status"] == "COMPLETED"
    assert [e["status"] for e in events(receiver, 2, "/brand")] == ["created", "registered"]
    ended = admin.post(
        f"compliance/campaign/{campaign_id}/status", json={"status": "FAILED", "reason": "Too vague."}
    )
    assert ended.json()["resource"]["error_reason"] == "Too vague."
    assert events(receiver, 2, "/campaign")[1] == {
        "campaign_id": campaign_id,
        "brand_id": brand_id,
        "status": "rejected",
        "reason": "Too vague.",
    }
    assert admin.post(f"compliance/brand/{brand_id}/status", json={"status": "APPROVED"}).status_code == 400
    assert admin.post("compliance/brand/BNOPE01/status", json={"status": "FAILED"}).status_code == 404
    assert (
        admin.post(f"compliance/campaign_number/{campaign_id}/status", json={"status": "FAILED"}).status_code
        == 400
    )


@pytest.fixture(scope="module")
def reviewing() -> Iterator[EmulatorServer]:
    with EmulatorServer(
        settings(behaviour=BehaviourSettings(lifecycle="realistic", callback_backoff=0.05))
    ) as s:
        yield s


def test_realistic_reviews_take_time(reviewing: EmulatorServer, receiver: Receiver) -> None:
    with account_client(reviewing, MAIN) as c, httpx.Client(base_url=f"{reviewing.base_url}/_emulator") as a:
        try:
            campaign_id = campaign(c, brand(c, receiver.url("/brand")), receiver.url("/campaign"))
            ok(
                c.post(
                    f"10dlc/Campaign/{campaign_id}/Number/",
                    json={"numbers": ["14155550101"], "url": receiver.url("/n")},
                )
            )

            def status() -> str:
                return str(ok(c.get(f"10dlc/Campaign/{campaign_id}/Number/"))["phone_numbers"][0]["status"])

            a.post("clock/advance", json={"seconds": 6})  # the brand is registered
            assert (
                ok(c.get(f"10dlc/Campaign/{campaign_id}/"))["campaign"]["registration_status"] == "PROCESSING"
            )
            a.post("clock/advance", json={"seconds": 5})  # the campaign has waited for the brand
            assert ok(c.get(f"10dlc/Campaign/{campaign_id}/"))["campaign"]["registration_status"] == "ACTIVE"
            assert status() == "PROCESSING"
            a.post("clock/advance", json={"seconds": 20})
            assert status() == "COMPLETED"
            assert [e["status"] for e in events(receiver, 2, "/n")] == ["created", "success"]
        finally:
            a.post("reset")
