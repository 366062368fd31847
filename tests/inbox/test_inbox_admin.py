"""The admin operations behind the inbox and the waiting helpers, each answer checked against
admin-openapi.yaml with jsonschema; who may load the page and write through a browser."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from inbox_support import PROFILE, WebhookApp, send_sms
from plivo_emulator import cli
from plivo_emulator.behaviour import cli_options
from plivo_emulator.config import BehaviourSettings, Settings
from plivo_emulator.inbox.waiting import extract_code
from plivo_emulator.server import EmulatorServer

ADMIN_SPEC = Path(__file__).resolve().parents[2] / "emulator" / "plivo_emulator" / "admin-openapi.yaml"
APP = "14155550100"
HANDSET = "14155550123"
OTHER_HANDSET = "14155550124"


@cache
def admin_doc() -> dict[str, Any]:
    with ADMIN_SPEC.open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.safe_load(fh)
    return doc


def conforms(resp: httpx.Response) -> httpx.Response:
    """The answer is one admin-openapi.yaml declares for this operation and status."""
    doc = admin_doc()
    for template, item in doc["paths"].items():
        if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), resp.request.url.path):
            operation = item[resp.request.method.lower()]
            break
    else:
        raise AssertionError(f"{resp.request.url.path} is not in admin-openapi.yaml")
    declared = operation["responses"].get(str(resp.status_code))
    assert declared is not None, f"status {resp.status_code} is not declared: {resp.text}"
    if "$ref" in declared:
        declared = doc["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
    schema = {**declared["content"]["application/json"]["schema"], "components": doc["components"]}
    jsonschema.Draft202012Validator(schema).validate(resp.json())
    return resp


@pytest.fixture
def admin(plivo_emulator: Any) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=f"{plivo_emulator.base_url}/_emulator/", trust_env=False, timeout=30
    ) as client:
        yield client


def test_conversations_group_both_directions_newest_first_with_unread_counts(
    plivo_emulator: Any, admin: httpx.Client
) -> None:
    plivo_emulator.configure_number(APP, None)
    first = send_sms(plivo_emulator, APP, HANDSET, "Your order shipped")
    send_sms(plivo_emulator, APP, OTHER_HANDSET, "Welcome")
    reply = plivo_emulator.simulate_inbound(HANDSET, APP, "Thanks!")["message_uuid"]

    listed = conforms(admin.get("conversations", params={"auth_id": plivo_emulator.auth_id})).json()[
        "objects"
    ]
    assert [(c["number"], c["peer"], c["count"], c["unread"]) for c in listed] == [
        (APP, HANDSET, 2, 2),
        (APP, OTHER_HANDSET, 1, 1),
    ]
    assert listed[0]["last_message"]["text"] == "Thanks!"

    path = f"conversations/{plivo_emulator.auth_id}/{APP}/{HANDSET}"
    thread = conforms(admin.get(path)).json()
    assert [(m["message_uuid"], m["message_direction"]) for m in thread["objects"]] == [
        (first, "outbound"),
        (reply, "inbound"),
    ]
    assert conforms(admin.post(path + "/read")).json()["unread"] == 0
    send_sms(plivo_emulator, APP, HANDSET, "One more thing")
    after = conforms(admin.get("conversations")).json()["objects"]
    assert [(c["peer"], c["unread"]) for c in after] == [(HANDSET, 1), (OTHER_HANDSET, 1)]
    assert conforms(admin.get(f"conversations/MA0000000000000000ZZ/{APP}/{HANDSET}")).status_code == 404


def test_message_detail_explains_the_error_and_lists_lifecycle_and_callbacks(
    plivo_emulator: Any, admin: httpx.Client
) -> None:
    with WebhookApp() as app:
        uuid = send_sms(plivo_emulator, APP, "15550000030", "Spam?", url=app.url)  # code 30, undelivered
        plivo_emulator.wait_for_callbacks(subject=uuid)
    detail = conforms(admin.get(f"messages/{uuid}")).json()
    assert (detail["message"]["error_code"], detail["error_meaning"]) == ("30", "Spam detected")
    assert detail["encoding"] == "GSM-7"
    assert [t["state"] for t in detail["timeline"]] == ["queued", "sent", "undelivered"]
    assert [c["params"]["Status"] for c in detail["callbacks"]] == ["queued", "sent", "undelivered"]
    attempt = detail["callbacks"][0]["attempt_log"][0]
    assert attempt["url"] == app.url and attempt["status_code"] == 200
    assert "X-Plivo-Signature-V3" in attempt["headers"]
    delivered = conforms(admin.get(f"messages/{send_sms(plivo_emulator, APP, HANDSET, 'ok ✓')}")).json()
    assert (delivered["error_meaning"], delivered["encoding"]) == (None, "UCS-2")
    assert conforms(admin.get("messages/00000000-0000-4000-8000-000000000000")).status_code == 404


def test_compliance_lists_resources_with_their_state_and_outcomes(
    plivo_emulator: Any, admin: httpx.Client
) -> None:
    with httpx.Client(
        base_url=plivo_emulator.account_url(), auth=plivo_emulator.auth, trust_env=False
    ) as api:
        profile = api.post("Profile/", json=PROFILE).json()["profile_uuid"]
        brand = api.post("10dlc/Brand/", json={"brand_alias": "Held #hold", "profile_uuid": profile}).json()
    listed = conforms(admin.get("compliance")).json()["objects"]
    [entry] = [e for e in listed if e["kind"] == "brand"]
    assert (entry["resource_id"], entry["status"]) == (brand["brand_id"], "PROCESSING")
    assert entry["actions"] == {"approve": "COMPLETED", "reject": "FAILED"}
    assert any(e["kind"] == "profile" and e["resource_id"] == profile for e in listed)
    plivo_emulator.set_compliance_status("brand", brand["brand_id"], entry["actions"]["reject"])
    [moved] = [e for e in conforms(admin.get("compliance")).json()["objects"] if e["kind"] == "brand"]
    assert moved["status"] == "FAILED"


def test_wait_for_message_answers_when_the_message_is_stored(plivo_emulator: Any) -> None:
    with pytest.raises(TimeoutError):
        plivo_emulator.wait_for_message(number=HANDSET, timeout=0.2)
    got: dict[str, Any] = {}
    waiter = threading.Thread(
        target=lambda: got.update(
            plivo_emulator.wait_for_message(number=HANDSET, direction="outbound", timeout=30)
        )
    )
    waiter.start()
    uuid = send_sms(plivo_emulator, APP, HANDSET, "Your code is 482913")
    waiter.join(30)
    assert got["message_uuid"] == uuid
    # already there: at once; `after` skips it and waits for the next one
    assert plivo_emulator.wait_for_message(number=HANDSET, timeout=0)["message_uuid"] == uuid
    with pytest.raises(TimeoutError):
        plivo_emulator.wait_for_message(number=HANDSET, after=uuid, timeout=0.2)
    second = send_sms(plivo_emulator, APP, HANDSET, "Your new code is 551177")
    assert plivo_emulator.wait_for_message(number=HANDSET, after=uuid)["message_uuid"] == second
    assert plivo_emulator.wait_for_code(number=HANDSET, after=uuid) == "551177"
    with pytest.raises(TimeoutError):
        plivo_emulator.wait_for_message(number=HANDSET, direction="inbound", timeout=0.2)


def test_wait_for_message_answers_follow_the_document(plivo_emulator: Any, admin: httpx.Client) -> None:
    send_sms(plivo_emulator, APP, HANDSET, "hello")
    assert conforms(admin.get("wait-for-message", params={"to_number": HANDSET})).status_code == 200
    assert (
        conforms(admin.get("wait-for-message", params={"from_number": HANDSET, "timeout": 0})).status_code
        == 408
    )
    assert conforms(admin.get("wait-for-message", params={"timeout": 301})).status_code == 400
    assert (
        conforms(admin.get("wait-for-message", params={"auth_id": "MA0000000000000000ZZ"})).status_code == 404
    )


def test_the_change_version_moves_with_every_write(plivo_emulator: Any, admin: httpx.Client) -> None:
    before = conforms(admin.get("changes")).json()["version"]
    unchanged = conforms(admin.get("changes", params={"after": before, "timeout": 0.1})).json()["version"]
    assert unchanged == before
    send_sms(plivo_emulator, APP, HANDSET, "hello")
    assert conforms(admin.get("changes", params={"after": before, "timeout": 10})).json()["version"] > before
    assert conforms(admin.get("changes", params={"timeout": 61})).status_code == 400


def test_accounts_never_show_tokens(plivo_emulator: Any, admin: httpx.Client) -> None:
    resp = conforms(admin.get("accounts"))
    assert {"auth_id": plivo_emulator.auth_id, "parent": None} in resp.json()["objects"]
    assert plivo_emulator.auth_token not in resp.text


@pytest.mark.parametrize(
    ("text", "pattern", "code"),
    [
        ("Your code is 482913.", None, "482913"),
        ("Code 1234 expires in 10 minutes", None, "1234"),
        ("Order 12345678901 shipped; code 0042", None, "0042"),
        ("Use 123-456 to sign in", r"(\d{3})-(\d{3})", "123"),
        ("PIN: AB12CD", r"PIN: (\w+)", "AB12CD"),
        ("token=xyz", r"xyz", "xyz"),
    ],
)
def test_extract_code(text: str, pattern: str | None, code: str) -> None:
    assert (extract_code(text) if pattern is None else extract_code(text, pattern)) == code


def test_extract_code_without_a_code_says_so() -> None:
    with pytest.raises(ValueError, match="no code"):
        extract_code("Welcome aboard!")


# ------------------------------------------------------------------------------------ who may


def test_the_page_is_served_over_loopback_only(plivo_emulator: Any, admin: httpx.Client) -> None:
    page = admin.get("inbox/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert admin.get("inbox/inbox.js").headers["content-type"].startswith("text/javascript")
    assert admin.get("inbox", follow_redirects=False).headers["location"] == "/_emulator/inbox/"
    assert admin.get("inbox/../admin-openapi.yaml").status_code == 404
    assert admin.get("inbox/unknown.js").status_code == 404
    # a name that resolves elsewhere (DNS rebinding) does not get the page, nor a browser the admin API
    assert admin.get("inbox/", headers={"Host": "inbox.attacker.example"}).status_code == 403
    browser = {"Host": "inbox.attacker.example", "Sec-Fetch-Site": "same-origin"}
    assert admin.get("outbox", headers=browser).status_code == 403
    # scripts are not browsers: the admin API serves them whatever the Host
    assert admin.get("outbox", headers={"Host": "emulator.internal"}).status_code == 200


def test_a_browser_writes_only_from_the_emulators_own_pages(plivo_emulator: Any, admin: httpx.Client) -> None:
    own = plivo_emulator.base_url
    assert admin.post("clock/advance", json={"seconds": 5}, headers={"Origin": own}).status_code == 200
    forged = admin.post("clock/advance", json={"seconds": 5}, headers={"Origin": "http://shop.example"})
    assert forged.status_code == 403 and "own pages" in forged.json()["error"]
    cross = admin.post(
        "reset", headers={"Origin": own, "Sec-Fetch-Site": "cross-site"}
    )  # an origin header cannot be trusted alone when the browser says the request is cross-site
    assert cross.status_code == 403
    assert plivo_emulator.clock()["offset_seconds"] == 5
    assert admin.post("clock/advance", json={"seconds": 1}).status_code == 200  # not a browser


def test_inbox_public_serves_other_interfaces() -> None:
    settings = Settings(behaviour=BehaviourSettings(inbox_public=True))
    with (
        EmulatorServer(settings) as server,
        httpx.Client(base_url=server.base_url, trust_env=False) as client,
    ):
        assert client.get("/_emulator/inbox/", headers={"Host": "emulator.lan:8787"}).status_code == 200
        origin = {"Host": "emulator.lan:8787", "Origin": "http://emulator.lan:8787"}
        assert client.post("/_emulator/clock/advance", json={"seconds": 1}, headers=origin).status_code == 200
        forged = {"Host": "emulator.lan:8787", "Origin": "http://shop.example"}
        assert client.post("/_emulator/reset", headers=forged).status_code == 403


def test_inbox_public_is_a_command_line_option() -> None:
    parser = cli.build_parser()
    assert cli_options.settings_from_args(parser.parse_args(["--inbox-public"])).inbox_public
    assert not cli_options.settings_from_args(parser.parse_args([])).inbox_public
