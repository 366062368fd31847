"""WhatsApp message templates per WhatsApp Business Account: create, list, get, edit, delete."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from emulator_support import MAIN
from plivo_emulator.handlers import whatsapp_templates as templates
from plivo_emulator.server import EmulatorServer

WABA = "106540352242922"
BODY = {"type": "BODY", "text": "Hi {{1}}, your appointment is on {{2}}."}


def template_body(name: str = "appointment_reminder", **fields: Any) -> dict[str, Any]:
    return {"name": name, "language": "en_US", "category": "UTILITY", "components": [BODY], **fields}


def create(client: httpx.Client, waba: str = WABA, **fields: Any) -> dict[str, Any]:
    resp = client.post(f"WhatsApp/Template/{waba}/", json=template_body(**fields))
    assert resp.status_code == 201, resp.text
    body: dict[str, Any] = resp.json()
    return body


def approve(emu: EmulatorServer, template_id: str, waba: str = WABA) -> None:
    assert templates.set_status(
        emu.runtime.store, MAIN.auth_id, waba, template_id, "APPROVED", quality_score="GREEN"
    )


def test_create_then_get(client: httpx.Client) -> None:
    footer = {"type": "FOOTER", "text": "Harbor Dental"}
    made = create(client, components=[BODY, footer])
    assert re.fullmatch(r"[0-9]{16}", made["template_id"])
    assert (made["name"], made["language"], made["category"]) == ("appointment_reminder", "en_US", "UTILITY")
    assert made["status"] == "PENDING"
    assert made["quality_score"] is None
    assert made["components"] == [BODY, footer]
    got = client.get(f"WhatsApp/Template/{WABA}/{made['template_id']}/").json()
    assert {k: v for k, v in got.items() if k != "api_id"} == {k: v for k, v in made.items() if k != "api_id"}


@pytest.mark.parametrize(
    ("fields", "start"),
    [
        ({"name": "Appointment Reminder"}, "name:"),
        ({"category": "PROMOTION"}, "category:"),
        ({"components": [{"type": "FOOTER", "text": "x"}]}, "components:"),
        ({"components": []}, "components:"),
        ({"language": "english"}, "language:"),
    ],
)
def test_create_refusals(client: httpx.Client, fields: dict[str, Any], start: str) -> None:
    resp = client.post(f"WhatsApp/Template/{WABA}/", json=template_body(**fields))
    assert resp.status_code == 400, resp.text
    assert resp.json()["error"].startswith(start), resp.json()["error"]


def test_a_name_is_used_once_per_language(client: httpx.Client) -> None:
    create(client)
    again = client.post(f"WhatsApp/Template/{WABA}/", json=template_body())
    assert again.status_code == 400
    assert "already exists" in again.json()["error"]
    assert create(client, language="pt_BR")["language"] == "pt_BR"
    assert create(client, waba="200000000000001")["name"] == "appointment_reminder"


def test_list_per_waba_newest_first_in_pages(client: httpx.Client) -> None:
    made = [create(client, name=f"template_{i}")["template_id"] for i in range(3)]
    create(client, waba="200000000000001", name="elsewhere")
    page = client.get(f"WhatsApp/Template/{WABA}/", params={"limit": 2}).json()
    assert [t["template_id"] for t in page["objects"]] == made[::-1][:2]
    assert page["meta"]["total_count"] == 3
    assert page["meta"]["next"].endswith(f"/WhatsApp/Template/{WABA}/?limit=2&offset=2")
    rest = client.get(f"WhatsApp/Template/{WABA}/", params={"offset": 2}).json()
    assert [t["template_id"] for t in rest["objects"]] == [made[0]]


def test_edit_only_after_review(emu: EmulatorServer, client: httpx.Client) -> None:
    template_id = create(client)["template_id"]
    url = f"WhatsApp/Template/{WABA}/{template_id}/"
    new_body = {"type": "BODY", "text": "Hi {{1}}, see you on {{2}}. Reply YES to confirm."}
    pending = client.post(url, json={"components": [new_body]})
    assert pending.status_code == 400
    assert "PENDING" in pending.json()["error"]
    approve(emu, template_id)
    assert client.get(url).json()["quality_score"] == {"score": "GREEN"}
    resp = client.post(url, json={"components": [new_body], "category": "MARKETING"})
    assert resp.status_code == 200, resp.text
    edited = resp.json()
    assert (edited["status"], edited["quality_score"], edited["category"]) == ("PENDING", None, "MARKETING")
    assert edited["components"] == [new_body]
    assert client.get(url).json()["components"] == [new_body]
    templates.set_status(emu.runtime.store, MAIN.auth_id, WABA, template_id, "REJECTED", "INVALID_FORMAT")
    assert client.get(url).json()["rejected_reason"] == "INVALID_FORMAT"
    assert client.post(url, json={"components": [{"type": "HEADER", "text": "x"}]}).status_code == 400
    assert client.post(url, json={}).status_code == 400


def test_delete_then_404(client: httpx.Client) -> None:
    template_id = create(client)["template_id"]
    url = f"WhatsApp/Template/{WABA}/{template_id}/"
    resp = client.delete(url)
    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(url).status_code == 404
    assert client.post(url, json={"category": "UTILITY"}).status_code == 404
    assert client.delete(url).status_code == 404
    assert client.get(f"WhatsApp/Template/{WABA}/").json()["objects"] == []


def test_templates_belong_to_their_account_and_waba(client: httpx.Client, other_client: httpx.Client) -> None:
    template_id = create(client)["template_id"]
    assert client.get(f"WhatsApp/Template/200000000000001/{template_id}/").status_code == 404
    assert other_client.get(f"WhatsApp/Template/{WABA}/{template_id}/").status_code == 404
    assert other_client.delete(f"WhatsApp/Template/{WABA}/{template_id}/").status_code == 404
    assert other_client.get(f"WhatsApp/Template/{WABA}/").json()["objects"] == []


def test_bad_ids_in_the_path_are_404(client: httpx.Client) -> None:
    assert client.get("WhatsApp/Template/not-a-waba/").status_code == 404
    assert client.get(f"WhatsApp/Template/{WABA}/abc/").status_code == 404


def test_set_status_refuses_unknown_states(emu: EmulatorServer) -> None:
    with pytest.raises(ValueError, match="unknown"):
        templates.set_status(emu.runtime.store, MAIN.auth_id, WABA, "1", "LIVE")
    assert templates.set_status(emu.runtime.store, MAIN.auth_id, WABA, "1", "APPROVED") is None
