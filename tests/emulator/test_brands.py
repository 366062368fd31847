"""10DLC brands: register, list with filters, get, use cases, starter OTP, deactivate.

`create_brand()` is also used by the campaign tests."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from emulator_support import MAIN
from plivo_emulator.handlers import brands
from plivo_emulator.server import EmulatorServer
from test_profiles import create_profile


def create_brand(client: httpx.Client, profile_uuid: str | None = None, **fields: Any) -> str:
    body = {
        "brand_alias": "Harbor Dental",
        "profile_uuid": profile_uuid or create_profile(client),
        "brand_type": "STANDARD",
        **fields,
    }
    resp = client.post("10dlc/Brand/", json=body)
    assert resp.status_code == 200, resp.text
    return str(resp.json()["brand_id"])


def codes(client: httpx.Client, brand_id: str) -> list[str]:
    resp = client.get(f"10dlc/Brand/{brand_id}/usecases/")
    assert resp.status_code == 200, resp.text
    assert resp.json()["brand_id"] == brand_id
    return [u["code"] for u in resp.json()["use_cases"]]


def test_register_then_get(client: httpx.Client) -> None:
    profile_uuid = create_profile(client, website="https://harbordental.example.com")
    resp = client.post(
        "10dlc/Brand/",
        json={
            "brand_alias": "Harbor",
            "profile_uuid": profile_uuid,
            "brand_type": "STANDARD",
            "secondary_vetting": True,
            "url": "https://example.com/brand",
            "method": "POST",
        },
    )
    assert resp.status_code == 200
    assert resp.json()["message"] == "Request to create brand was received and is being processed."
    brand_id = resp.json()["brand_id"]
    assert re.fullmatch(r"B[A-Z0-9]{6}", brand_id)
    brand = client.get(f"10dlc/Brand/{brand_id}/").json()["brand"]
    assert brand["brand_id"] == brand_id
    assert (brand["brand_alias"], brand["brand_type"], brand["profile_uuid"]) == (
        "Harbor",
        "STANDARD",
        profile_uuid,
    )
    assert brand["registration_status"] == "PROCESSING"
    assert (brand["company_name"], brand["ein"], brand["vertical"]) == (
        "Harbor Dental Group LLC",
        "845123907",
        "HEALTHCARE",
    )
    assert brand["website"] == "https://harbordental.example.com"
    assert brand["address"]["city"] == "Oakland"
    assert not any(key.startswith("_") for key in brand)


def test_brand_type_defaults_to_starter(client: httpx.Client) -> None:
    resp = client.post("10dlc/Brand/", json={"brand_alias": "solo", "profile_uuid": create_profile(client)})
    assert client.get(f"10dlc/Brand/{resp.json()['brand_id']}/").json()["brand"]["brand_type"] == "STARTER"


@pytest.mark.parametrize(
    ("fields", "start"),
    [
        ({"profile_uuid": "3c5a1f0e-2b7d-4e61-9a4c-58e2d7b1c903"}, "profile_uuid:"),
        ({"brand_type": "PREMIUM"}, "brand_type:"),
        ({"brand_alias": ""}, "brand_alias:"),
        ({"url": "ftp://example.com"}, "url"),
    ],
)
def test_register_refuses_bad_requests(client: httpx.Client, fields: dict[str, Any], start: str) -> None:
    body = {"brand_alias": "b", "profile_uuid": create_profile(client), "brand_type": "STANDARD", **fields}
    resp = client.post("10dlc/Brand/", json=body)
    assert resp.status_code == 400
    assert resp.json()["error"].startswith(start), resp.json()["error"]


def test_standard_brands_need_a_tax_id(client: httpx.Client) -> None:
    individual = create_profile(client, entity_type="INDIVIDUAL", ein="")
    resp = client.post(
        "10dlc/Brand/", json={"brand_alias": "b", "profile_uuid": individual, "brand_type": "STANDARD"}
    )
    assert resp.status_code == 400
    assert "ein" in resp.json()["error"]
    assert create_brand(client, individual, brand_type="STARTER")


def test_list_filters_and_pages(emu: EmulatorServer, client: httpx.Client) -> None:
    profile_uuid = create_profile(client)
    standard = [create_brand(client, profile_uuid) for _ in range(3)]
    starter = create_brand(client, profile_uuid, brand_type="STARTER")
    brands.set_registration_status(emu.runtime.store, MAIN.auth_id, standard[0], "COMPLETED")

    def listed(**params: Any) -> list[str]:
        resp = client.get("10dlc/Brand/", params=params)
        assert resp.status_code == 200, resp.text
        return [b["brand_id"] for b in resp.json()["brands"]]

    assert listed() == [starter, *standard[::-1]]
    assert listed(type="STARTER") == [starter]
    assert listed(status="COMPLETED") == [standard[0]]
    assert listed(registration_status="PROCESSING", type="STANDARD") == standard[:0:-1]
    assert listed(status="COMPLETED", registration_status="FAILED") == []
    page = client.get("10dlc/Brand/", params={"limit": 3, "offset": 1}).json()
    assert [b["brand_id"] for b in page["brands"]] == standard[::-1]
    assert page["meta"]["total_count"] == 4
    assert page["meta"]["previous"].endswith("/10dlc/Brand/?limit=3&offset=0")


def test_registration_status_changes_in_one_place(emu: EmulatorServer, client: httpx.Client) -> None:
    brand_id = create_brand(client)
    reasons = [{"code": "TAX_ID_MISMATCH", "message": "The EIN does not match the company name."}]
    brands.set_registration_status(emu.runtime.store, MAIN.auth_id, brand_id, "FAILED", reasons)
    brand = client.get(f"10dlc/Brand/{brand_id}/").json()["brand"]
    assert (brand["registration_status"], brand["declined_reasons"]) == ("FAILED", reasons)
    brands.set_registration_status(emu.runtime.store, MAIN.auth_id, brand_id, "COMPLETED")
    assert "declined_reasons" not in client.get(f"10dlc/Brand/{brand_id}/").json()["brand"]
    assert brands.set_registration_status(emu.runtime.store, MAIN.auth_id, "BNOPE00", "COMPLETED") is None
    with pytest.raises(ValueError, match="unknown"):
        brands.set_registration_status(emu.runtime.store, MAIN.auth_id, brand_id, "APPROVED")


def test_use_cases_follow_the_brand(client: httpx.Client) -> None:
    private_health = codes(client, create_brand(client))
    assert {"MIXED", "LOW_VOLUME", "2FA", "MARKETING"} <= set(private_health)
    assert "HIGHER_EDUCATION" not in private_health
    assert "PUBLIC_SERVICE_ANNOUNCEMENT" not in private_health
    assert "STARTER" not in private_health
    school = create_profile(client, entity_type="NON_PROFIT", vertical="EDUCATION")
    assert {"HIGHER_EDUCATION", "PUBLIC_SERVICE_ANNOUNCEMENT"} <= set(
        codes(client, create_brand(client, school))
    )
    assert codes(client, create_brand(client, brand_type="STARTER")) == ["STARTER"]


def test_use_cases_have_names_and_details(client: httpx.Client) -> None:
    use_cases = client.get(f"10dlc/Brand/{create_brand(client)}/usecases/").json()["use_cases"]
    assert all(u["name"] and u["details"] for u in use_cases)
    assert {"name": "Mixed", "code": "MIXED", "details": brands.USECASES["MIXED"][1]} in use_cases


def test_otp_goes_to_starter_brands_with_a_mobile_phone(emu: EmulatorServer, client: httpx.Client) -> None:
    starter = create_brand(client, brand_type="STARTER", mobile_phone="+14155550148")
    resp = client.post(f"10dlc/Brand/{starter}/OTP/")
    assert resp.status_code == 200
    assert resp.json()["brand_id"] == starter
    assert "OTP" in resp.json()["message"]
    stored = emu.runtime.store.get_resource(MAIN.auth_id, "brand", starter)
    assert stored is not None and stored["_otp_sent_at"]
    assert client.post(f"10dlc/Brand/{create_brand(client)}/OTP/").status_code == 400
    no_phone = create_brand(client, brand_type="STARTER")
    assert "mobile_phone" in client.post(f"10dlc/Brand/{no_phone}/OTP/").json()["error"]


def test_deactivate_then_404(client: httpx.Client) -> None:
    brand_id = create_brand(client)
    resp = client.delete(f"10dlc/Brand/{brand_id}/")
    assert resp.status_code == 200
    assert resp.json() == {
        "api_id": resp.json()["api_id"],
        "brand_id": brand_id,
        "message": "Brand Deactivated",
    }
    assert client.get(f"10dlc/Brand/{brand_id}/").status_code == 404
    assert client.get(f"10dlc/Brand/{brand_id}/usecases/").status_code == 404
    assert client.post(f"10dlc/Brand/{brand_id}/OTP/").status_code == 404
    assert client.delete(f"10dlc/Brand/{brand_id}/").status_code == 404
    assert client.get("10dlc/Brand/").json()["brands"] == []


def test_brands_belong_to_their_account(client: httpx.Client, other_client: httpx.Client) -> None:
    brand_id = create_brand(client)
    assert other_client.get(f"10dlc/Brand/{brand_id}/").status_code == 404
    assert other_client.delete(f"10dlc/Brand/{brand_id}/").status_code == 404
    assert other_client.get("10dlc/Brand/").json()["brands"] == []
    profile_of_main = client.get(f"10dlc/Brand/{brand_id}/").json()["brand"]["profile_uuid"]
    refused = other_client.post("10dlc/Brand/", json={"brand_alias": "x", "profile_uuid": profile_of_main})
    assert refused.status_code == 400
