"""The official `plivo` Python SDK, unchanged, against a running emulator.

The SDK builds every URL from the module global `plivo.rest.client.PLIVO_API_BASE_URI` (read again
on each JSON request, and once when the client is created for uploads), so that global is pointed at
the emulator before the client is made. Every response the SDK receives is also checked against the
spec by the `emu` fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import plivo  # type: ignore[import-untyped]  # the SDK ships no type information
import plivo.rest.client  # type: ignore[import-untyped]
import pytest
from emulator_support import MAIN, SUB
from plivo import exceptions
from plivo_emulator.handlers import brands, campaigns, number_pools, tollfree_verifications
from plivo_emulator.server import EmulatorServer

ADDRESS = {
    "street": "410 Harbor Boulevard",
    "city": "Oakland",
    "state": "CA",
    "postal_code": "94607",
    "country": "US",
}
CONTACT = {"first_name": "Maya", "last_name": "Okafor", "email": "maya@example.com", "seniority": "admin"}


@pytest.fixture
def sdk(emu: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setattr(plivo.rest.client, "PLIVO_API_BASE_URI", f"{emu.base_url}/v1/Account")
    with plivo.RestClient(MAIN.auth_id, MAIN.auth_token) as client:
        yield client


def new_profile(sdk: Any, **fields: Any) -> str:
    values: dict[str, Any] = {
        "ein": "845123907",
        "ein_issuing_country": "US",
        "address": ADDRESS,
        "authorized_contact": CONTACT,
        **fields,
    }
    created = sdk.profile.create(
        "Harbor Dental", "DIRECT", "PRIVATE", "Harbor Dental Group LLC", "HEALTHCARE", **values
    )
    return str(created["profile_uuid"])


def new_campaign(sdk: Any, brand_id: str) -> str:
    created = sdk.campaign.create(
        brand_id=brand_id,
        vertical="HEALTHCARE",
        usecase="MIXED",
        sub_usecases=["ACCOUNT_NOTIFICATION", "CUSTOMER_CARE"],
        description="Reminders for upcoming dental appointments and replies to patient questions.",
        sample1="Harbor Dental: your cleaning is on Tue 10 Sep at 9:30.",
        sample2="Harbor Dental: thanks for your message, we will call you back.",
        message_flow="Patients tick the SMS consent box on the booking form.",
        campaign_alias="Reminders",
        subscriber_optin=True,
    )
    return str(created["campaign_id"])


# ------------------------------------------------------------------------------------ messages/media


def test_messages(sdk: Any) -> None:
    one = sdk.messages.create(src="14155550100", dst="14155550101", text="Hello from the SDK")
    assert one.message == "message(s) queued"
    assert len(one.message_uuid) == 1
    several = sdk.messages.create(src="14155550100", dst="14155550102<14155550103<1415555", text="hi")
    assert len(several.message_uuid) == 2
    assert several.invalid_number == ["1415555"]
    message = sdk.messages.get(one.message_uuid[0])
    assert (message.message_uuid, message.from_number, message.to_number) == (
        one.message_uuid[0],
        "14155550100",
        "14155550101",
    )
    assert (message.message_direction, message.message_type, message.units) == ("outbound", "sms", 1)
    listed = sdk.messages.list(message_direction="outbound", to_number="14155550102", limit=5)
    assert [m.message_uuid for m in listed] == [several.message_uuid[0]]
    assert listed.meta["total_count"] == 1
    assert len(list(sdk.messages.list(message_type="mms"))) == 0
    assert sdk.messages.list(subaccount=SUB.auth_id).meta["total_count"] == 0
    assert sorted(m.message_uuid for m in sdk.messages) == sorted([*one.message_uuid, *several.message_uuid])
    with pytest.raises(exceptions.ResourceNotFoundError):
        sdk.messages.get("6e1b6f52-8b41-4a0e-9a47-7d1c8a1f0b6e")


def test_media_and_mms(sdk: Any, tmp_path: Path) -> None:
    png = tmp_path / "boarding-pass.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    csv = tmp_path / "seats.csv"
    csv.write_text("row,seat\n12,A\n")
    uploaded = sdk.media.upload([str(png), str(csv)])
    assert [(o.file_name, o.content_type, o.status_code) for o in uploaded.objects] == [
        ("boarding-pass.png", "image/png", 201),
        ("seats.csv", "text/csv", 201),
    ]
    media_id = uploaded.objects[0].media_id
    got = sdk.media.get(media_id)
    assert (got.media_id, got.size, got.content_type) == (media_id, png.stat().st_size, "image/png")
    assert {o.media_id for o in sdk.media.list(limit=20).objects} == {o.media_id for o in uploaded.objects}
    mms = sdk.messages.create(
        src="14155550100", dst="14155550101", text="Your pass", type_="mms", media_ids=[media_id]
    )
    message = sdk.messages.get(mms.message_uuid[0])
    attached = message.listMedia()
    assert [(m.content_type, m.size) for m in attached.objects] == [("image/png", png.stat().st_size)]


# --------------------------------------------------------------------------------------- powerpacks


def test_powerpack_lifecycle(sdk: Any) -> None:
    created = sdk.powerpacks.create(name="spring", sticky_sender=False, local_connect=True)
    assert (created.name, created.sticky_sender, created.local_connect) == ("spring", False, True)
    powerpack = sdk.powerpacks.get(created.uuid)
    assert powerpack.number_pool == created.number_pool
    assert powerpack.get_numberpooluuid() == created.number_pool.split("/")[5]
    updated = powerpack.update({"name": "spring-v2", "application_type": "xml", "application_id": "123"})
    assert (updated.name, updated.application_type, updated.application_id) == ("spring-v2", "XML", "123")
    sdk.powerpacks.create(name="other")
    listed = sdk.powerpacks.list(limit=1)
    assert [p["name"] for p in listed.objects] == ["other"]
    assert listed.meta.total_count == 2
    deleted = powerpack.delete(unrent_numbers=True)
    assert deleted.response == "success"
    with pytest.raises(exceptions.ResourceNotFoundError):
        sdk.powerpacks.get(created.uuid)


def test_powerpack_iteration_follows_meta_next(sdk: Any) -> None:
    names = {f"pack-{i:02d}" for i in range(22)}
    for name in names:
        sdk.powerpacks.create(name=name)
    assert {p["name"] for p in sdk.powerpacks} == names


def test_number_pool_numbers(sdk: Any) -> None:
    powerpack = sdk.powerpacks.get(sdk.powerpacks.create(name="senders").uuid)
    added = powerpack.add_number("14155550123", service="sms")
    assert (added.number, added.type, added.service) == ("14155550123", "fixed", "sms")
    bought = powerpack.buy_add_number(number="16285550188", service="mms")
    assert (bought.number, bought.service) == ("16285550188", "mms")
    assert powerpack.numberpool.numbers.add("447700900123").country_iso2 == "GB"
    assert powerpack.count_numbers() == 3
    assert powerpack.numberpool.numbers.count(country_iso2="US", starts_with="628") == 1
    listed = powerpack.list_numbers(country_iso2="US", limit=1)
    assert [o["number"] for o in listed.objects] == ["14155550123"]
    assert listed.meta.total_count == 2
    assert [o["number"] for o in powerpack.numberpool.numbers.list(service="mms").objects] == ["16285550188"]
    assert powerpack.find_number("14155550123").number == "14155550123"
    assert powerpack.numberpool.numbers.find("16285550188", service="mms").service == "mms"
    with pytest.raises(exceptions.ValidationError):  # already in the pool
        powerpack.add_number("14155550123")
    assert powerpack.remove_number("14155550123", unrent=True).response == "success"
    assert powerpack.numberpool.numbers.remove("16285550188").response == "success"
    with pytest.raises(exceptions.ResourceNotFoundError):
        powerpack.find_number("14155550123")
    assert powerpack.count_numbers() == 1


def test_number_pool_tollfree_and_shortcodes(emu: EmulatorServer, sdk: Any) -> None:
    powerpack = sdk.powerpacks.get(sdk.powerpacks.create(name="senders").uuid)
    pool_uuid = powerpack.get_numberpooluuid()
    added = powerpack.add_tollfree("18445550142")
    assert (added.number, added.type) == ("18445550142", "tollfree")
    assert powerpack.numberpool.tollfree.add("18885550100").number == "18885550100"
    assert [o["number"] for o in powerpack.list_tollfree(limit=20).objects] == ["18445550142", "18885550100"]
    assert powerpack.numberpool.tollfree.list(limit=1).meta.total_count == 2
    assert powerpack.find_tollfree("18445550142").number_pool_uuid == pool_uuid
    assert powerpack.numberpool.tollfree.find("18885550100").number == "18885550100"
    assert powerpack.remove_tollfree("18445550142", unrent=True).response == "success"
    assert powerpack.numberpool.tollfree.remove("18885550100").response == "success"
    assert powerpack.list_tollfree().objects == []

    assert powerpack.list_shortcodes().objects == []
    with pytest.raises(exceptions.ResourceNotFoundError):
        powerpack.find_shortcode("444444")
    number_pools.place_shortcode(emu.runtime.store, MAIN.auth_id, pool_uuid, "444444")
    assert [o["shortcode"] for o in powerpack.list_shortcodes().objects] == ["444444"]
    assert powerpack.numberpool.shortcodes.find("444444").country_iso2 == "US"
    assert powerpack.remove_shortcode("444444").response == "success"
    assert powerpack.numberpool.shortcodes.list().meta.total_count == 0


# -------------------------------------------------------------------------------------------- 10DLC


def test_profiles(sdk: Any) -> None:
    profile_uuid = new_profile(sdk, website="https://harbordental.example.com")
    got = sdk.profile.get(profile_uuid).profile
    assert (got["profile_uuid"], got["profile_type"], got["company_name"]) == (
        profile_uuid,
        "SECONDARY",
        "Harbor Dental Group LLC",
    )
    assert got["authorized_contact"]["seniority"] == "admin"
    listed = sdk.profile.list(limit=5)
    assert [p["profile_type"] for p in listed.profiles] == ["SECONDARY", "PRIMARY"]
    updated = sdk.profile.update(profile_uuid, {"website": "https://new.example.com"}).profile
    assert updated["website"] == "https://new.example.com"
    assert sdk.profile.delete(profile_uuid).message == "Profile deleted successfully."
    with pytest.raises(exceptions.ResourceNotFoundError):
        sdk.profile.get(profile_uuid)


def test_brands(emu: EmulatorServer, sdk: Any) -> None:
    profile_uuid = new_profile(sdk)
    created = sdk.brand.create(brand_alias="Harbor", brand_type="STANDARD", profile_uuid=profile_uuid)
    brand_id = created.brand_id
    brand = sdk.brand.get(brand_id).brand
    assert (brand["brand_alias"], brand["registration_status"], brand["ein"]) == (
        "Harbor",
        "PROCESSING",
        "845123907",
    )
    brands.set_registration_status(emu.runtime.store, MAIN.auth_id, brand_id, "COMPLETED")
    assert [b["brand_id"] for b in sdk.brand.list(type="STANDARD", status="COMPLETED").brands] == [brand_id]
    assert sdk.brand.list(status="FAILED").brands == []
    codes = [u["code"] for u in sdk.brand.get_usecases(brand_id).use_cases]
    assert "MIXED" in codes and "STARTER" not in codes
    assert sdk.brand.delete(brand_id).message == "Brand Deactivated"
    with pytest.raises(exceptions.ResourceNotFoundError):
        sdk.brand.get(brand_id)


def test_campaigns(emu: EmulatorServer, sdk: Any) -> None:
    brand_id = sdk.brand.create(
        brand_alias="Harbor", brand_type="STANDARD", profile_uuid=new_profile(sdk)
    ).brand_id
    campaign_id = new_campaign(sdk, brand_id)
    campaign = sdk.campaign.get(campaign_id).campaign
    assert (campaign["campaign_alias"], campaign["usecase"], campaign["registration_status"]) == (
        "Reminders",
        "MIXED",
        "PROCESSING",
    )
    assert campaign["campaign_attributes"]["subscriber_optin"] is True
    assert [c["campaign_id"] for c in sdk.campaign.list(brand_id=brand_id, usecase="MIXED").campaigns] == [
        campaign_id
    ]

    with pytest.raises(exceptions.ValidationError, match="failed"):
        sdk.campaign.update(campaign_id, help_message="Reply HELP for help.")
    campaigns.set_registration_status(emu.runtime.store, MAIN.auth_id, campaign_id, "FAILED")
    updated = sdk.campaign.update(campaign_id, help_message="Reply HELP for help.").campaign
    assert updated["help_message"] == "Reply HELP for help."
    assert updated["sample1"] == campaign["sample1"]  # the SDK sent it empty: unchanged

    imported = sdk.campaign.import_campaign(campaign_id="CSH7R2W", campaign_alias="Shared")
    assert imported.campaign_id == "CSH7R2W"
    assert [c["campaign_id"] for c in sdk.campaign.list(campaign_source="shared").campaigns] == ["CSH7R2W"]

    linked = sdk.campaign.number_link("CSH7R2W", numbers=["14155550123", "14155550188"])
    assert "2 numbers" in linked.message
    campaigns.set_number_status(emu.runtime.store, MAIN.auth_id, "CSH7R2W", "14155550123", "COMPLETED")
    page = sdk.campaign.get_numbers("CSH7R2W", limit=1)
    assert [vars(n) for n in page.phone_numbers] == [{"number": "14155550123", "status": "COMPLETED"}]
    assert vars(page.phone_numbers_summary) == {"COMPLETED": 1, "PROCESSING": 1}
    assert sdk.campaign.get_number("CSH7R2W", "14155550188").phone_numbers[0].status == "PROCESSING"
    assert "14155550188" in sdk.campaign.number_unlink("CSH7R2W", "14155550188").message
    with pytest.raises(exceptions.ResourceNotFoundError):
        sdk.campaign.get_number("CSH7R2W", "14155550188")

    assert sdk.campaign.delete(campaign_id).message == "Campaign Deactivated"
    with pytest.raises(exceptions.ResourceNotFoundError):
        sdk.campaign.get(campaign_id)


def test_tollfree_verification(emu: EmulatorServer, sdk: Any) -> None:
    profile_uuid = new_profile(sdk)
    created = sdk.tollfree_verification.create(
        profile_uuid=profile_uuid,
        number="18445550162",
        usecase="2FA,ACCOUNT_NOTIFICATION",
        usecase_summary="Sign-in codes for the patient portal.",
        message_sample="Harbor Dental: your sign-in code is 482913.",
        optin_image_url="https://harbordental.example.com/consent.png",
        optin_type="WEB_FORM",
        volume="1,000",
        callback_url="https://example.com/tf",
        callback_method="POST",
    )
    assert "18445550162" in created.message
    got = sdk.tollfree_verification.get(created.uuid)
    assert (got.uuid, got.number, got.status, got.usecase) == (
        created.uuid,
        "18445550162",
        "SUBMITTED",
        "2FA,ACCOUNT_NOTIFICATION",
    )
    listed = sdk.tollfree_verification.list(number="18445550162", usecase="2FA", created__gte="2000-01-01")
    assert [v.uuid for v in listed] == [created.uuid]
    assert listed.meta["count"] == 1
    assert len(sdk.tollfree_verification.list(status="APPROVED")) == 0
    assert "updated" in got.update(volume="10,000").message
    assert sdk.tollfree_verification.get(created.uuid).volume == "10,000"
    tollfree_verifications.set_status(emu.runtime.store, MAIN.auth_id, created.uuid, "APPROVED")
    with pytest.raises(exceptions.ValidationError):
        sdk.tollfree_verification.update(created.uuid, volume="100")
    assert sdk.tollfree_verification.delete(created.uuid) is None
    with pytest.raises(exceptions.ResourceNotFoundError):
        sdk.tollfree_verification.get(created.uuid)


def test_sdk_errors_carry_the_emulator_message(sdk: Any) -> None:
    with pytest.raises(exceptions.ValidationError, match="already exists"):
        sdk.powerpacks.create(name="dup")
        sdk.powerpacks.create(name="dup")
    with pytest.raises(exceptions.ResourceNotFoundError, match=r"Profile not found\."):
        sdk.profile.delete("6e1b6f52-8b41-4a0e-9a47-7d1c8a1f0b6e")
