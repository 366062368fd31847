"""Number pools: the pool object, long-code and toll-free members (add, buy-and-add, find, list
with filters, remove, unrent) and short codes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emulator_support import MAIN
from plivo_emulator.handlers import number_pools
from plivo_emulator.server import EmulatorServer


def new_pool(client: httpx.Client, name: str = "senders") -> str:
    resp = client.post("Powerpack/", json={"name": name})
    assert resp.status_code == 200, resp.text
    return str(resp.json()["number_pool"]).split("/")[5]


def add(client: httpx.Client, pool: str, number: str, **body: Any) -> httpx.Response:
    return client.post(f"NumberPool/{pool}/Number/{number}/", json=body or None)


def numbers_of(resp: httpx.Response) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [o["number"] for o in resp.json()["objects"]]


@pytest.fixture
def pool(client: httpx.Client) -> str:
    return new_pool(client)


def test_pool_object_links_its_member_lists(client: httpx.Client, pool: str) -> None:
    body = client.get(f"NumberPool/{pool}/").json()
    base = f"/v1/Account/{MAIN.auth_id}/NumberPool/{pool}/"
    assert body["uuid"] == pool
    assert body["numbers"] == base + "Number/"
    assert body["shortcodes"] == base + "Shortcode/"


def test_add_then_find_a_number(client: httpx.Client, pool: str) -> None:
    resp = add(client, pool, "14155550123")
    assert resp.status_code == 200
    added = resp.json()
    assert added["number"] == "14155550123"
    assert added["number_pool_uuid"] == pool
    assert (added["type"], added["service"], added["country_iso2"]) == ("fixed", "sms", "US")
    assert added["account_phone_number_resource"] == f"/v1/Account/{MAIN.auth_id}/Number/14155550123/"
    found = client.get(f"NumberPool/{pool}/Number/14155550123/").json()
    assert found == {**added, "api_id": found["api_id"]}


def test_find_honours_the_service(client: httpx.Client, pool: str) -> None:
    assert add(client, pool, "14155550123", service="mms").json()["service"] == "mms"
    assert client.get(f"NumberPool/{pool}/Number/14155550123/", params={"service": "mms"}).status_code == 200
    assert client.get(f"NumberPool/{pool}/Number/14155550123/", params={"service": "sms"}).status_code == 404


def test_list_filters(client: httpx.Client, pool: str) -> None:
    for number, service in (
        ("14155550123", "sms"),
        ("16285550188", "mms"),
        ("12125550100", "sms"),
        ("447700900123", "sms"),
        ("442071838750", "sms"),
    ):
        assert add(client, pool, number, service=service).status_code == 200
    url = f"NumberPool/{pool}/Number/"
    assert numbers_of(client.get(url, params={"country_iso2": "US", "starts_with": "415,628"})) == [
        "14155550123",
        "16285550188",
    ]
    assert numbers_of(client.get(url, params={"country_iso2": "GB", "starts_with": "77"})) == ["447700900123"]
    assert numbers_of(client.get(url, params={"type": "mobile"})) == ["447700900123"]
    assert numbers_of(client.get(url, params={"service": "mms"})) == ["16285550188"]
    assert numbers_of(client.get(url, params={"country_iso2": "GB"})) == ["447700900123", "442071838750"]
    assert client.get(url, params={"type": "fixed"}).json()["meta"]["total_count"] == 4


def test_starts_with_needs_a_country(client: httpx.Client, pool: str) -> None:
    resp = client.get(f"NumberPool/{pool}/Number/", params={"starts_with": "415"})
    assert resp.status_code == 400
    assert resp.json()["error"].startswith("starts_with:")


def test_list_pages_and_counts(client: httpx.Client, pool: str) -> None:
    for last in range(3):
        add(client, pool, f"1415555012{last}")
    first = client.get(f"NumberPool/{pool}/Number/", params={"limit": 2}).json()
    assert [o["number"] for o in first["objects"]] == ["14155550120", "14155550121"]
    assert first["meta"]["total_count"] == 3
    assert first["meta"]["next"].endswith("/Number/?limit=2&offset=2")
    last_page = client.get(f"NumberPool/{pool}/Number/", params={"limit": 2, "offset": 2}).json()
    assert [o["number"] for o in last_page["objects"]] == ["14155550122"]
    assert last_page["meta"]["previous"].endswith("/Number/?limit=2&offset=0")


def test_a_number_can_be_in_one_pool_only(client: httpx.Client, pool: str) -> None:
    second = new_pool(client, "second")
    assert add(client, pool, "14155550123").status_code == 200
    again = add(client, pool, "14155550123")
    assert again.status_code == 400
    assert "already in this number pool" in again.json()["error"]
    elsewhere = add(client, second, "14155550123")
    assert elsewhere.status_code == 400
    assert "another number pool" in elsewhere.json()["error"]


@pytest.mark.parametrize("number", ["12345", "1415555012", "99999999999"])
def test_invalid_numbers_are_refused(client: httpx.Client, pool: str, number: str) -> None:
    resp = add(client, pool, number)
    assert resp.status_code == 400
    assert resp.json()["error"] == f"The number {number} is not a valid number"


def test_buy_and_add_rents_the_number(client: httpx.Client, other_client: httpx.Client, pool: str) -> None:
    assert add(client, pool, "14155550123", rent="true", service="sms").status_code == 200
    theirs = new_pool(other_client)
    for rent in (False, True):
        refused = add(other_client, theirs, "14155550123", rent=rent)
        assert refused.status_code == 400
    client.delete(f"NumberPool/{pool}/Number/14155550123/")
    rent_again = add(client, pool, "14155550123", rent=True)
    assert rent_again.status_code == 400
    assert "already rented" in rent_again.json()["error"]
    assert add(client, pool, "14155550123", rent=False).status_code == 200


@pytest.mark.parametrize("unrent_in", ["query", "json", "json-string"])
def test_remove_with_unrent_releases_the_number(
    client: httpx.Client, other_client: httpx.Client, pool: str, unrent_in: str
) -> None:
    add(client, pool, "14155550123", rent=True)
    url = f"NumberPool/{pool}/Number/14155550123/"
    if unrent_in == "query":
        resp = client.delete(url, params={"unrent": "true"})
    else:
        resp = client.request("DELETE", url, json={"unrent": True if unrent_in == "json" else "true"})
    assert resp.status_code == 200
    assert resp.json()["response"] == "success"
    assert client.get(url).status_code == 404
    assert client.delete(url).status_code == 404
    assert add(other_client, new_pool(other_client), "14155550123", rent=True).status_code == 200


def test_tollfree_members(client: httpx.Client, pool: str) -> None:
    resp = client.post(f"NumberPool/{pool}/Tollfree/18445550142/")
    assert resp.status_code == 200
    assert (resp.json()["number"], resp.json()["type"]) == ("18445550142", "tollfree")
    add(client, pool, "14155550123")
    assert numbers_of(client.get(f"NumberPool/{pool}/Tollfree/")) == ["18445550142"]
    assert numbers_of(client.get(f"NumberPool/{pool}/Number/", params={"type": "tollfree"})) == [
        "18445550142"
    ]
    assert client.get(f"NumberPool/{pool}/Number/").json()["meta"]["total_count"] == 2
    assert client.get(f"NumberPool/{pool}/Tollfree/18445550142/").json()["number_pool_uuid"] == pool
    assert client.get(f"NumberPool/{pool}/Tollfree/14155550123/").status_code == 404
    assert client.delete(f"NumberPool/{pool}/Tollfree/14155550123/").status_code == 404
    removed = client.request("DELETE", f"NumberPool/{pool}/Tollfree/18445550142/", json={"unrent": False})
    assert removed.json()["response"] == "success"
    assert client.get(f"NumberPool/{pool}/Tollfree/18445550142/").status_code == 404
    assert client.get(f"NumberPool/{pool}/Tollfree/").json()["objects"] == []


def test_only_tollfree_numbers_go_through_tollfree(client: httpx.Client, pool: str) -> None:
    resp = client.post(f"NumberPool/{pool}/Tollfree/14155550123/", json={"rent": "false"})
    assert resp.status_code == 400
    assert "not a toll-free number" in resp.json()["error"]


def test_shortcodes_are_only_provisioned_outside_the_api(
    emu: EmulatorServer, client: httpx.Client, pool: str
) -> None:
    assert client.get(f"NumberPool/{pool}/Shortcode/").json()["objects"] == []
    assert client.get(f"NumberPool/{pool}/Shortcode/444444/").status_code == 404
    number_pools.place_shortcode(emu.runtime.store, MAIN.auth_id, pool, "444444")
    number_pools.place_shortcode(emu.runtime.store, MAIN.auth_id, pool, "471263", service="mms")
    with pytest.raises(ValueError, match="already in pool"):
        number_pools.place_shortcode(emu.runtime.store, MAIN.auth_id, pool, "444444")
    listed = client.get(f"NumberPool/{pool}/Shortcode/", params={"limit": 1}).json()
    assert [o["shortcode"] for o in listed["objects"]] == ["444444"]
    assert listed["meta"]["total_count"] == 2
    found = client.get(f"NumberPool/{pool}/Shortcode/471263/").json()
    assert (found["shortcode"], found["country_iso2"], found["number_pool_uuid"]) == ("471263", "US", pool)
    assert client.delete(f"NumberPool/{pool}/Shortcode/471263/").json()["response"] == "success"
    assert client.get(f"NumberPool/{pool}/Shortcode/471263/").status_code == 404
    assert client.delete(f"NumberPool/{pool}/Shortcode/471263/").status_code == 404


def test_pool_members_go_with_the_powerpack(emu: EmulatorServer, client: httpx.Client) -> None:
    pack = client.post("Powerpack/", json={"name": "p"}).json()
    pool = str(pack["number_pool"]).split("/")[5]
    add(client, pool, "14155550123")
    number_pools.place_shortcode(emu.runtime.store, MAIN.auth_id, pool, "444444")
    client.delete(f"Powerpack/{pack['uuid']}/")
    for path in ("", "Number/", "Shortcode/", "Tollfree/", "Number/14155550123/", "Shortcode/444444/"):
        assert client.get(f"NumberPool/{pool}/{path}").status_code == 404, path
    assert add(client, new_pool(client, "next"), "14155550123").status_code == 200


def test_pools_of_other_accounts_are_404(client: httpx.Client, other_client: httpx.Client, pool: str) -> None:
    add(client, pool, "14155550123")
    assert other_client.get(f"NumberPool/{pool}/").status_code == 404
    assert other_client.get(f"NumberPool/{pool}/Number/14155550123/").status_code == 404
    assert add(other_client, pool, "14155550124").status_code == 404
    assert other_client.delete(f"NumberPool/{pool}/Number/14155550123/").status_code == 404


def test_helpers_classify_numbers() -> None:
    assert number_pools.number_type("18005550100") == "tollfree"
    assert number_pools.number_type("447700900123") == "mobile"
    assert number_pools.number_type("14155550123") == "fixed"
    assert number_pools.national_part("447700900123") == "7700900123"
    assert number_pools.national_part("971501234567") == "501234567"
    assert number_pools.flag("TRUE") is True
    assert number_pools.flag(None, default=True) is True
