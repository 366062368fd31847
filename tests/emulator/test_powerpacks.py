"""Powerpacks: create (with its number pool), list, get, update, delete; every response checked
against the spec by the `emu` fixture."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx
import pytest

UUID_RE = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
PRIORITY = [
    {
        "country_iso": "US",
        "service_type": "SMS",
        "priority": {"priority1": "longcode", "priority2": "tollfree", "priority3": "shortcode"},
    }
]


def create(client: httpx.Client, name: str = "senders", **fields: Any) -> dict[str, Any]:
    resp = client.post("Powerpack/", json={"name": name, **fields})
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


def pool_of(powerpack: dict[str, Any]) -> str:
    return str(powerpack["number_pool"]).split("/")[5]


def test_create_returns_the_powerpack_with_defaults_and_a_pool(client: httpx.Client) -> None:
    pack = create(client, "spring")
    assert re.fullmatch(UUID_RE, pack["uuid"])
    assert pack["name"] == "spring"
    assert pack["sticky_sender"] is True
    assert pack["local_connect"] is True
    assert pack["application_type"] == ""
    assert pack["application_id"] == ""
    assert pack["number_priority"] == []
    assert re.fullmatch(rf"/v1/Account/MAXXXXXXXXXXXXXXXXXX/NumberPool/{UUID_RE}/", pack["number_pool"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", pack["created_on"])
    pool = client.get(f"NumberPool/{pool_of(pack)}/")
    assert pool.status_code == 200
    assert pool.json()["uuid"] == pool_of(pack)
    got = client.get(f"Powerpack/{pack['uuid']}/").json()
    assert {k: v for k, v in got.items() if k != "api_id"} == {k: v for k, v in pack.items() if k != "api_id"}


def test_create_reads_string_flags_and_an_application(client: httpx.Client) -> None:
    pack = create(
        client,
        "support",
        sticky_sender="false",
        local_connect=False,
        application_type="xml",
        application_id="27419306518304672",
        number_priority=PRIORITY,
    )
    assert pack["sticky_sender"] is False
    assert pack["local_connect"] is False
    assert (pack["application_type"], pack["application_id"]) == ("XML", "27419306518304672")
    assert pack["number_priority"] == PRIORITY


def test_application_id_needs_application_type(client: httpx.Client) -> None:
    resp = client.post("Powerpack/", json={"name": "x", "application_id": "123"})
    assert resp.status_code == 400
    assert resp.json()["error"].startswith("application_type:")


def test_name_is_required(client: httpx.Client) -> None:
    resp = client.post("Powerpack/", json={"sticky_sender": True})
    assert resp.status_code == 400
    assert resp.json()["error"] == "name: this parameter is required"


def test_name_is_unique_within_an_account(client: httpx.Client, other_client: httpx.Client) -> None:
    create(client, "dup")
    resp = client.post("Powerpack/", json={"name": "dup"})
    assert resp.status_code == 400
    assert "already exists" in resp.json()["error"]
    assert create(other_client, "dup")["name"] == "dup"


def test_list_newest_first_with_pages(client: httpx.Client) -> None:
    names = [create(client, f"pack-{i}")["name"] for i in range(3)]
    first = client.get("Powerpack/", params={"limit": 2}).json()
    assert [p["name"] for p in first["objects"]] == names[::-1][:2]
    assert first["meta"]["total_count"] == 3
    assert first["meta"]["next"] == "/v1/Account/MAXXXXXXXXXXXXXXXXXX/Powerpack/?limit=2&offset=2"
    assert first["meta"]["previous"] is None
    second = client.get(first["meta"]["next"].split("/MAXXXXXXXXXXXXXXXXXX/")[1]).json()
    assert [p["name"] for p in second["objects"]] == [names[0]]
    assert second["meta"]["next"] is None
    assert second["meta"]["offset"] == 2


@pytest.mark.parametrize("params", [{"service": "mms"}, {"unknown": "x"}])
def test_list_ignores_the_service_parameter_and_unknown_ones(
    client: httpx.Client, params: dict[str, str]
) -> None:
    create(client, "a")
    resp = client.get("Powerpack/", params=params)
    assert resp.status_code == 200
    assert resp.json()["meta"]["total_count"] == 1


def test_update_changes_only_the_given_fields(client: httpx.Client) -> None:
    pack = create(client, "old", application_type="phlo", application_id="5a7d0b3c")
    resp = client.post(
        f"Powerpack/{pack['uuid']}/",
        json={"name": "new", "sticky_sender": "false", "number_priority": PRIORITY},
    )
    assert resp.status_code == 200
    updated = resp.json()
    assert updated["name"] == "new"
    assert updated["sticky_sender"] is False
    assert updated["local_connect"] is True
    assert updated["number_priority"] == PRIORITY
    assert (updated["application_type"], updated["application_id"]) == ("PHLO", "5a7d0b3c")
    assert updated["number_pool"] == pack["number_pool"]
    assert client.get(f"Powerpack/{pack['uuid']}/").json()["name"] == "new"


def test_update_detaches_the_application_with_none(client: httpx.Client) -> None:
    pack = create(client, "p", application_type="xml", application_id="123")
    updated = client.post(f"Powerpack/{pack['uuid']}/", json={"application_id": "none"}).json()
    assert (updated["application_type"], updated["application_id"]) == ("", "")


def test_update_keeps_names_unique(client: httpx.Client) -> None:
    create(client, "taken")
    pack = create(client, "mine")
    assert client.post(f"Powerpack/{pack['uuid']}/", json={"name": "taken"}).status_code == 400
    assert client.post(f"Powerpack/{pack['uuid']}/", json={"name": "mine"}).status_code == 200


def test_delete_then_everything_is_404(client: httpx.Client) -> None:
    pack = create(client)
    resp = client.delete(f"Powerpack/{pack['uuid']}/")
    assert resp.status_code == 200
    assert set(resp.json()) == {"api_id", "response"}
    assert resp.json()["response"] == "success"
    assert client.get(f"Powerpack/{pack['uuid']}/").status_code == 404
    assert client.post(f"Powerpack/{pack['uuid']}/", json={"name": "x"}).status_code == 404
    assert client.delete(f"Powerpack/{pack['uuid']}/").status_code == 404
    assert client.get(f"NumberPool/{pool_of(pack)}/").status_code == 404
    assert client.get(f"NumberPool/{pool_of(pack)}/Number/").status_code == 404
    assert client.get("Powerpack/").json()["meta"]["total_count"] == 0


@pytest.mark.parametrize("unrent_in", ["query", "json"])
def test_delete_with_unrent_numbers_releases_them(
    client: httpx.Client, other_client: httpx.Client, unrent_in: str
) -> None:
    pack = create(client)
    assert client.post(f"NumberPool/{pool_of(pack)}/Number/14155550123/").status_code == 200
    if unrent_in == "query":
        resp = client.delete(f"Powerpack/{pack['uuid']}/", params={"unrent_numbers": "true"})
    else:
        resp = client.request("DELETE", f"Powerpack/{pack['uuid']}/", json={"unrent_numbers": True})
    assert resp.status_code == 200
    theirs = create(other_client)
    assert other_client.post(f"NumberPool/{pool_of(theirs)}/Number/14155550123/").status_code == 200


def test_delete_without_unrent_keeps_the_numbers_on_the_account(
    client: httpx.Client, other_client: httpx.Client
) -> None:
    pack = create(client)
    client.post(f"NumberPool/{pool_of(pack)}/Number/14155550123/")
    resp = client.request("DELETE", f"Powerpack/{pack['uuid']}/", json={"unrent_numbers": False})
    assert resp.status_code == 200
    theirs = create(other_client)
    refused = other_client.post(f"NumberPool/{pool_of(theirs)}/Number/14155550123/")
    assert refused.status_code == 400
    again = create(client, "again")
    assert client.post(f"NumberPool/{pool_of(again)}/Number/14155550123/").status_code == 200


def test_other_accounts_do_not_see_the_powerpack(
    client: httpx.Client, other_client: httpx.Client, sub_client: httpx.Client
) -> None:
    pack = create(client)
    for foreign in (other_client, sub_client):
        assert foreign.get(f"Powerpack/{pack['uuid']}/").status_code == 404
        assert foreign.delete(f"Powerpack/{pack['uuid']}/").status_code == 404
        assert foreign.get(f"NumberPool/{pool_of(pack)}/").status_code == 404
        assert foreign.get("Powerpack/").json()["objects"] == []
    assert client.get(f"Powerpack/{pack['uuid']}/").status_code == 200


@pytest.mark.parametrize("powerpack_uuid", [str(uuid.uuid4()), "not-a-uuid"])
def test_unknown_powerpack_is_404(client: httpx.Client, powerpack_uuid: str) -> None:
    assert client.get(f"Powerpack/{powerpack_uuid}/").status_code == 404


def test_messages_sent_through_the_powerpack_use_its_numbers(client: httpx.Client) -> None:
    pack = create(client)
    empty = client.post("Message/", json={"powerpack_uuid": pack["uuid"], "dst": "14155550199", "text": "hi"})
    assert empty.status_code == 400
    client.post(f"NumberPool/{pool_of(pack)}/Number/447700900123/")
    client.post(f"NumberPool/{pool_of(pack)}/Number/14155550123/")
    sent = client.post("Message/", json={"powerpack_uuid": pack["uuid"], "dst": "14155550199", "text": "hi"})
    assert sent.status_code == 202, sent.text
    message = client.get(f"Message/{sent.json()['message_uuid'][0]}/").json()
    assert message["from_number"] == "14155550123"
    assert message["powerpack_id"] == pack["uuid"]
