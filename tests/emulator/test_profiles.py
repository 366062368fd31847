"""Business profiles: the account's primary profile, create, list, get, update, delete.

`profile_body()` and `create_profile()` are also used by the brand, campaign and toll-free
verification tests."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emulator_support import MAIN, SUB
from plivo_emulator.handlers.profiles import primary_uuid

ADDRESS = {
    "street": "410 Harbor Boulevard",
    "city": "Oakland",
    "state": "CA",
    "postal_code": "94607",
    "country": "US",
}
CONTACT = {"first_name": "Maya", "last_name": "Okafor", "email": "maya@example.com", "seniority": "DIRECTOR"}


def profile_body(**fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "profile_alias": "Harbor Dental",
        "customer_type": "DIRECT",
        "entity_type": "PRIVATE",
        "company_name": "Harbor Dental Group LLC",
        "vertical": "HEALTHCARE",
        "ein": "845123907",
        "ein_issuing_country": "US",
        "address": ADDRESS,
        "authorized_contact": CONTACT,
    }
    body.update(fields)
    return body


def create_profile(client: httpx.Client, **fields: Any) -> str:
    resp = client.post("Profile/", json=profile_body(**fields))
    assert resp.status_code == 200, resp.text
    return str(resp.json()["profile_uuid"])


def test_every_account_has_a_primary_profile(client: httpx.Client) -> None:
    listed = client.get("Profile/").json()
    assert [p["profile_type"] for p in listed["profiles"]] == ["PRIMARY"]
    primary = listed["profiles"][0]
    assert primary["profile_uuid"] == primary_uuid(MAIN.auth_id)
    assert primary["primary_profile"] == primary["profile_uuid"]
    resp = client.delete(f"Profile/{primary['profile_uuid']}/")
    assert resp.status_code == 400
    assert "primary profile" in resp.json()["error"]


def test_create_then_get(client: httpx.Client) -> None:
    resp = client.post("Profile/", json=profile_body(website="https://harbordental.example.com"))
    assert resp.status_code == 200
    assert resp.json()["message"] == "Profile created successfully."
    profile_uuid = resp.json()["profile_uuid"]
    got = client.get(f"Profile/{profile_uuid}/").json()["profile"]
    assert got["profile_uuid"] == profile_uuid
    assert got["profile_type"] == "SECONDARY"
    assert got["primary_profile"] == primary_uuid(MAIN.auth_id)
    assert (got["company_name"], got["vertical"], got["ein"]) == (
        "Harbor Dental Group LLC",
        "HEALTHCARE",
        "845123907",
    )
    assert got["website"] == "https://harbordental.example.com"
    assert got["address"] == ADDRESS
    assert got["authorized_contact"] == CONTACT
    assert got["stock_exchange"] == ""


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ({"entity_type": "PUBLIC"}, "stock_symbol"),
        ({"address": None}, "address"),
        ({"vertical": "FARMING"}, "vertical"),
        ({"authorized_contact": {"first_name": "A"}}, "authorized_contact"),
        ({"plivo_subaccount": "SAZZZZZZZZZZZZZZZZZZ"}, "plivo_subaccount"),
    ],
)
def test_create_refuses_inconsistent_profiles(
    client: httpx.Client, fields: dict[str, Any], name: str
) -> None:
    body = {k: v for k, v in profile_body(**fields).items() if v is not None}
    resp = client.post("Profile/", json=body)
    assert resp.status_code == 400, resp.text
    assert resp.json()["error"].startswith(name), resp.json()["error"]


def test_create_accepts_what_the_rules_allow(client: httpx.Client) -> None:
    create_profile(client, entity_type="PUBLIC", stock_symbol="HRBR", stock_exchange="NASDAQ")
    create_profile(client, entity_type="INDIVIDUAL", ein="")
    create_profile(client, plivo_subaccount=SUB.auth_id, alt_business_id_type="", stock_exchange="")
    create_profile(client, ein="")  # optional for every entity type, as Plivo documents it
    assert client.get("Profile/").json()["meta"]["total_count"] == 5


def test_list_newest_first_in_pages(client: httpx.Client) -> None:
    made = [create_profile(client, profile_alias=f"p{i}") for i in range(3)]
    first = client.get("Profile/", params={"limit": 2}).json()
    assert [p["profile_uuid"] for p in first["profiles"]] == made[::-1][:2]
    assert first["meta"]["total_count"] == 4
    assert first["meta"]["next"].endswith("/Profile/?limit=2&offset=2")
    rest = client.get("Profile/", params={"limit": 2, "offset": 2}).json()
    assert [p["profile_type"] for p in rest["profiles"]] == ["SECONDARY", "PRIMARY"]


def test_update_changes_the_given_fields(client: httpx.Client) -> None:
    profile_uuid = create_profile(client)
    new_address = {**ADDRESS, "street": "1200 Broadway"}
    resp = client.post(
        f"Profile/{profile_uuid}/",
        json={"website": "https://new.example.com", "address": new_address, "ein": "999"},
    )
    assert resp.status_code == 200
    updated = resp.json()["profile"]
    assert updated["website"] == "https://new.example.com"
    assert updated["address"]["street"] == "1200 Broadway"
    assert updated["ein"] == "999"
    assert client.get(f"Profile/{profile_uuid}/").json()["profile"]["website"] == "https://new.example.com"


def test_update_ignores_empty_and_null_fields(client: httpx.Client) -> None:
    """plivo-go sends every field of its update struct, empty or null when the caller left it unset."""
    profile_uuid = create_profile(client)
    go_update = {"entity_type": "", "company_name": "", "vertical": "", "address": None,
                 "authorized_contact": None, "website": "https://go.example.com"}  # fmt: skip
    resp = client.post(f"Profile/{profile_uuid}/", json=go_update)
    assert resp.status_code == 200, resp.text
    updated = resp.json()["profile"]
    assert updated["website"] == "https://go.example.com"
    assert (updated["entity_type"], updated["company_name"], updated["address"]) == (
        "PRIVATE", "Harbor Dental Group LLC", ADDRESS)  # fmt: skip


def test_update_applies_the_same_rules(client: httpx.Client) -> None:
    profile_uuid = create_profile(client)
    assert client.post(f"Profile/{profile_uuid}/", json={"entity_type": "PUBLIC"}).status_code == 400
    assert client.post(f"Profile/{profile_uuid}/", json={}).status_code == 400


def test_delete_then_404(client: httpx.Client) -> None:
    profile_uuid = create_profile(client)
    resp = client.delete(f"Profile/{profile_uuid}/")
    assert resp.status_code == 200
    assert resp.json()["message"] == "Profile deleted successfully."
    for call in (client.get, client.delete):
        gone = call(f"Profile/{profile_uuid}/")
        assert gone.status_code == 404
        assert gone.json()["error"] == "Profile not found."
    assert client.post(f"Profile/{profile_uuid}/", json={"website": "x"}).status_code == 404


def test_a_profile_used_by_a_brand_cannot_be_deleted(client: httpx.Client) -> None:
    profile_uuid = create_profile(client)
    brand = client.post(
        "10dlc/Brand/", json={"brand_alias": "b", "profile_uuid": profile_uuid, "brand_type": "STANDARD"}
    )
    resp = client.delete(f"Profile/{profile_uuid}/")
    assert resp.status_code == 400
    assert brand.json()["brand_id"] in resp.json()["error"]
    client.delete(f"10dlc/Brand/{brand.json()['brand_id']}/")
    assert client.delete(f"Profile/{profile_uuid}/").status_code == 200


def test_profiles_belong_to_their_account(
    client: httpx.Client, other_client: httpx.Client, sub_client: httpx.Client
) -> None:
    profile_uuid = create_profile(client)
    for foreign in (other_client, sub_client):
        assert foreign.get(f"Profile/{profile_uuid}/").status_code == 404
        assert foreign.delete(f"Profile/{profile_uuid}/").status_code == 404
        assert [p["profile_type"] for p in foreign.get("Profile/").json()["profiles"]] == ["PRIMARY"]
    assert client.get(f"Profile/{profile_uuid}/").status_code == 200
