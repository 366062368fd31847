"""10DLC campaigns: register, list with filters, import, get, update (only when rejected),
deactivate; linking, listing and unlinking numbers."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from emulator_support import MAIN
from plivo_emulator.handlers import brands, campaigns
from plivo_emulator.server import EmulatorServer
from test_brands import create_brand
from test_profiles import create_profile

DESCRIPTION = "Reminders for upcoming dental appointments and replies to patient questions."


def campaign_body(brand_id: str, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "brand_id": brand_id,
        "vertical": "HEALTHCARE",
        "usecase": "MIXED",
        "sub_usecases": ["ACCOUNT_NOTIFICATION", "CUSTOMER_CARE"],
        "description": DESCRIPTION,
        "sample1": "Harbor Dental: your cleaning is on Tue 10 Sep at 9:30.",
        "sample2": "Harbor Dental: thanks for your message, we will call you back.",
        "message_flow": "Patients tick the SMS consent box on the booking form.",
    }
    body.update(fields)
    return body


def create_campaign(client: httpx.Client, brand_id: str | None = None, **fields: Any) -> str:
    resp = client.post("10dlc/Campaign/", json=campaign_body(brand_id or create_brand(client), **fields))
    assert resp.status_code == 200, resp.text
    return str(resp.json()["campaign_id"])


def link(client: httpx.Client, campaign_id: str, *numbers: str) -> httpx.Response:
    return client.post(f"10dlc/Campaign/{campaign_id}/Number/", json={"numbers": list(numbers)})


def test_register_then_get(client: httpx.Client) -> None:
    brand_id = create_brand(client)
    resp = client.post(
        "10dlc/Campaign/",
        json=campaign_body(brand_id, campaign_alias="Reminders", embedded_phone=True, subscriber_optin=True),
    )
    assert resp.status_code == 200
    assert resp.json()["message"] == "Request to create campaign was received and is being processed."
    campaign_id = resp.json()["campaign_id"]
    assert re.fullmatch(r"C[A-Z0-9]{6}", campaign_id)
    campaign = client.get(f"10dlc/Campaign/{campaign_id}/").json()["campaign"]
    assert (campaign["campaign_id"], campaign["brand_id"], campaign["campaign_alias"]) == (
        campaign_id,
        brand_id,
        "Reminders",
    )
    assert campaign["registration_status"] == "PROCESSING"
    assert (campaign["usecase"], campaign["sub_usecase"]) == ("MIXED", "ACCOUNT_NOTIFICATION,CUSTOMER_CARE")
    assert campaign["description"] == DESCRIPTION
    assert campaign["campaign_attributes"]["embedded_phone"] is True
    assert campaign["campaign_attributes"]["subscriber_optin"] is True
    assert campaign["campaign_attributes"]["age_gated"] is False
    assert campaign["campaign_source"] == "plivo"
    assert campaign["mno_metadata"]["AT&T"]["tpm"] > 0
    assert not any(key.startswith("_") for key in campaign)


def test_register_refusals(emu: EmulatorServer, client: httpx.Client) -> None:
    brand_id = create_brand(client)

    def refused(body: dict[str, Any]) -> str:
        resp = client.post("10dlc/Campaign/", json=body)
        assert resp.status_code == 400, resp.text
        return str(resp.json()["error"])

    assert refused(campaign_body("BNOPE00")).startswith("brand_id:")
    assert refused(campaign_body(brand_id, usecase="STARTER")).startswith("usecase:")
    assert refused(campaign_body(brand_id, usecase="HIGHER_EDUCATION")).startswith("usecase:")
    assert refused(campaign_body(brand_id, sub_usecases=["2FA"])).startswith("sub_usecases:")
    assert refused(campaign_body(brand_id, description="too short")).startswith("description:")
    assert refused(campaign_body(brand_id, sample1="short")).startswith("sample1:")
    brands.set_registration_status(emu.runtime.store, MAIN.auth_id, brand_id, "FAILED")
    assert refused(campaign_body(brand_id)) == f"brand_id: brand {brand_id} is FAILED"


def test_standard_use_cases_keep_no_sub_use_cases(client: httpx.Client) -> None:
    campaign_id = create_campaign(client, usecase="2FA", sub_usecases=[])
    assert client.get(f"10dlc/Campaign/{campaign_id}/").json()["campaign"]["sub_usecase"] == ""


def test_list_filters_and_pages(emu: EmulatorServer, client: httpx.Client) -> None:
    profile_uuid = create_profile(client)
    first_brand, second_brand = create_brand(client, profile_uuid), create_brand(client, profile_uuid)
    mixed = create_campaign(client, first_brand)
    marketing = create_campaign(client, first_brand, usecase="MARKETING")
    other = create_campaign(client, second_brand, usecase="2FA")
    shared = client.post(
        "10dlc/Campaign/Import/", json={"campaign_id": "CSH7R2W", "campaign_alias": "shared"}
    )
    assert shared.status_code == 200
    campaigns.set_registration_status(emu.runtime.store, MAIN.auth_id, marketing, "ACTIVE")

    def listed(**params: Any) -> list[str]:
        resp = client.get("10dlc/Campaign/", params=params)
        assert resp.status_code == 200, resp.text
        return [c["campaign_id"] for c in resp.json()["campaigns"]]

    assert listed() == ["CSH7R2W", other, marketing, mixed]
    assert listed(brand_id=first_brand) == [marketing, mixed]
    assert listed(usecase="2FA") == [other]
    assert listed(registration_status="ACTIVE") == [marketing]
    assert listed(campaign_source="shared") == ["CSH7R2W"]
    assert listed(campaign_source="plivo", brand_id=second_brand) == [other]
    page = client.get("10dlc/Campaign/", params={"limit": 2}).json()
    assert page["meta"]["total_count"] == 4
    assert [c["campaign_id"] for c in page["campaigns"]] == ["CSH7R2W", other]
    assert page["meta"]["next"].endswith("/10dlc/Campaign/?limit=2&offset=2")


def test_import_keeps_the_shared_id(client: httpx.Client) -> None:
    resp = client.post(
        "10dlc/Campaign/Import/",
        json={"campaign_id": "CSH7R2W", "campaign_alias": "Shared reminders", "url": "", "method": "POST"},
    )
    assert resp.status_code == 200
    assert resp.json()["campaign_id"] == "CSH7R2W"
    campaign = client.get("10dlc/Campaign/CSH7R2W/").json()["campaign"]
    assert (campaign["campaign_source"], campaign["campaign_alias"]) == ("shared", "Shared reminders")
    again = client.post("10dlc/Campaign/Import/", json={"campaign_id": "CSH7R2W", "campaign_alias": "x"})
    assert again.status_code == 400
    assert link(client, "CSH7R2W", "14155550123").status_code == 202
    assert "usecase" not in client.get("10dlc/Campaign/CSH7R2W/Number/").json()


def test_update_only_while_rejected(emu: EmulatorServer, client: httpx.Client) -> None:
    campaign_id = create_campaign(client, help_message="Reply HELP for help.")
    change = {
        "message_flow": "Patients opt in on the booking form; the box is unchecked by default.",
        "sample1": "",
    }
    refused = client.post(f"10dlc/Campaign/{campaign_id}/", json=change)
    assert refused.status_code == 400
    assert "PROCESSING" in refused.json()["error"]
    campaigns.set_registration_status(
        emu.runtime.store, MAIN.auth_id, campaign_id, "FAILED", "Opt-in unclear"
    )
    resp = client.post(
        f"10dlc/Campaign/{campaign_id}/", json={**change, "privacy_policy_link": "https://x.example/p"}
    )
    assert resp.status_code == 200, resp.text
    updated = resp.json()["campaign"]
    assert updated["message_flow"] == change["message_flow"]
    assert updated["privacy_policy_link"] == "https://x.example/p"
    assert updated["sample1"] == campaign_body("B")["sample1"]  # empty string: unchanged
    assert updated["help_message"] == "Reply HELP for help."
    assert (updated["registration_status"], updated["error_reason"]) == ("FAILED", "Opt-in unclear")
    short = client.post(f"10dlc/Campaign/{campaign_id}/", json={"description": "too short"})
    assert short.status_code == 400
    assert short.json()["error"].startswith("description:")


def test_deactivate_then_404(client: httpx.Client) -> None:
    campaign_id = create_campaign(client)
    link(client, campaign_id, "14155550123")
    resp = client.delete(f"10dlc/Campaign/{campaign_id}/")
    assert resp.status_code == 200
    assert (resp.json()["campaign_id"], resp.json()["message"]) == (campaign_id, "Campaign Deactivated")
    for path in ("", "Number/", "Number/14155550123/"):
        assert client.get(f"10dlc/Campaign/{campaign_id}/{path}").status_code == 404
    assert client.delete(f"10dlc/Campaign/{campaign_id}/").status_code == 404
    assert client.post(f"10dlc/Campaign/{campaign_id}/", json={"sample1": "x" * 30}).status_code == 404
    assert link(client, create_campaign(client), "14155550123").status_code == 202


def test_link_list_get_and_unlink_numbers(emu: EmulatorServer, client: httpx.Client) -> None:
    campaign_id = create_campaign(client, campaign_alias="Reminders")
    resp = link(client, campaign_id, "14155550123", "14155550188", "14155550199")
    assert resp.status_code == 202
    assert resp.json()["message"] == (
        f"Request to link 3 numbers to campaign {campaign_id} was received and is being processed."
    )
    campaigns.set_number_status(emu.runtime.store, MAIN.auth_id, campaign_id, "14155550123", "COMPLETED")
    listed = client.get(f"10dlc/Campaign/{campaign_id}/Number/").json()
    assert (listed["campaign_id"], listed["campaign_alias"], listed["usecase"]) == (
        campaign_id,
        "Reminders",
        "MIXED",
    )
    assert listed["phone_numbers"] == [
        {"number": "14155550123", "status": "COMPLETED"},
        {"number": "14155550188", "status": "PROCESSING"},
        {"number": "14155550199", "status": "PROCESSING"},
    ]
    assert listed["phone_numbers_summary"] == {"COMPLETED": 1, "PROCESSING": 2}
    assert listed["number_pool_limit"] == 49
    page = client.get(f"10dlc/Campaign/{campaign_id}/Number/", params={"limit": 1, "offset": 1}).json()
    assert page["phone_numbers"] == [{"number": "14155550188", "status": "PROCESSING"}]
    one = client.get(f"10dlc/Campaign/{campaign_id}/Number/14155550123/").json()
    assert one["phone_numbers"] == [{"number": "14155550123", "status": "COMPLETED"}]
    unlinked = client.delete(f"10dlc/Campaign/{campaign_id}/Number/14155550188/")
    assert unlinked.status_code == 202
    assert "14155550188" in unlinked.json()["message"]
    missing = client.get(f"10dlc/Campaign/{campaign_id}/Number/14155550188/")
    assert missing.status_code == 404
    assert missing.json()["error"] == "The number 14155550188 is not linked to this campaign"
    assert client.delete(f"10dlc/Campaign/{campaign_id}/Number/14155550188/").status_code == 404


def test_unlink_accepts_the_options_in_a_json_body(client: httpx.Client) -> None:
    campaign_id = create_campaign(client)
    link(client, campaign_id, "14155550123")
    resp = client.request(
        "DELETE", f"10dlc/Campaign/{campaign_id}/Number/14155550123/", json={"url": "", "method": "POST"}
    )
    assert resp.status_code == 202
    bad = client.delete(f"10dlc/Campaign/{campaign_id}/Number/14155550123/", params={"method": "PUT"})
    assert bad.status_code == 400


def test_link_refusals(emu: EmulatorServer, client: httpx.Client) -> None:
    brand_id = create_brand(client)
    campaign_id, other_id = create_campaign(client, brand_id), create_campaign(client, brand_id)
    assert link(client, campaign_id, "14155550123").status_code == 202
    again = link(client, campaign_id, "14155550123")
    assert (again.status_code, again.json()["error"]) == (
        400,
        "The number 14155550123 is already requested for linking",
    )
    elsewhere = link(client, other_id, "14155550123")
    assert elsewhere.status_code == 400
    assert campaign_id in elsewhere.json()["error"]
    for number in ("18445550142", "447700900123"):
        bad = link(client, campaign_id, number)
        assert (bad.status_code, bad.json()["error"]) == (400, f"The number {number} is not a valid number")
    assert link(client, campaign_id).status_code == 400
    campaigns.set_registration_status(emu.runtime.store, MAIN.auth_id, other_id, "EXPIRED")
    assert link(client, other_id, "14155550124").status_code == 400


def test_numbers_of_another_account_cannot_be_linked(
    client: httpx.Client, other_client: httpx.Client
) -> None:
    pack = other_client.post("Powerpack/", json={"name": "p"}).json()
    pool = str(pack["number_pool"]).split("/")[5]
    assert other_client.post(f"NumberPool/{pool}/Number/14155550123/", json={"rent": True}).status_code == 200
    resp = link(client, create_campaign(client), "14155550123")
    assert (resp.status_code, resp.json()["error"]) == (
        400,
        "The number 14155550123 is not a number of this account",
    )


def test_a_campaign_holds_a_limited_number_of_numbers(client: httpx.Client) -> None:
    campaign_id = create_campaign(client)
    assert link(client, campaign_id, *(f"141555501{i:02d}" for i in range(49))).status_code == 202
    full = link(client, campaign_id, "14155550200")
    assert full.status_code == 400
    assert "at most 49" in full.json()["error"]
    starter = create_campaign(client, create_brand(client, brand_type="STARTER"), usecase="STARTER")
    assert link(client, starter, "14155550300", "14155550301").status_code == 400


def test_status_helpers_refuse_unknown_states(emu: EmulatorServer, client: httpx.Client) -> None:
    campaign_id = create_campaign(client)
    store = emu.runtime.store
    with pytest.raises(ValueError, match="unknown"):
        campaigns.set_registration_status(store, MAIN.auth_id, campaign_id, "DONE")
    with pytest.raises(ValueError, match="unknown"):
        campaigns.set_number_status(store, MAIN.auth_id, campaign_id, "14155550123", "LINKED")
    assert campaigns.set_number_status(store, MAIN.auth_id, campaign_id, "14155550123", "FAILED") is None
    assert campaigns.set_registration_status(store, MAIN.auth_id, "CNOPE00", "ACTIVE") is None


def test_campaigns_belong_to_their_account(client: httpx.Client, other_client: httpx.Client) -> None:
    campaign_id = create_campaign(client)
    link(client, campaign_id, "14155550123")
    assert other_client.get(f"10dlc/Campaign/{campaign_id}/").status_code == 404
    assert other_client.get(f"10dlc/Campaign/{campaign_id}/Number/").status_code == 404
    assert link(other_client, campaign_id, "14155550124").status_code == 404
    assert other_client.delete(f"10dlc/Campaign/{campaign_id}/").status_code == 404
    assert other_client.get("10dlc/Campaign/").json()["campaigns"] == []
    assert client.get(f"10dlc/Campaign/{campaign_id}/").status_code == 200
