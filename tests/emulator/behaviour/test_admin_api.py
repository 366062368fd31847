"""The admin API against its own description (admin-openapi.yaml): the document is valid OpenAPI 3.1,
every answer validates against it (checked here independently of the emulator's own validation),
each endpoint does what it says, schemathesis finds nothing in a bounded run, and the pytest
fixture's handle drives the same API."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import httpx
import jsonschema
import pytest
import schemathesis
import yaml
from behaviour_support import ADMIN_SPEC, message, send, settled_callbacks
from callback_receiver import Receiver
from emulator_support import MAIN, OTHER, SUB, settings
from openapi_spec_validator import validate as validate_openapi
from plivo_emulator.behaviour.admin import ADMIN_SPEC as PACKAGED_SPEC
from plivo_emulator.config import BehaviourSettings
from plivo_emulator.server import EmulatorServer
from plivo_emulator.spec import load_spec
from schemathesis.config import SchemathesisConfig

OPERATION_IDS = {
    "getHealth", "reset", "listOutbox", "listCallbacks", "simulateInbound", "advanceMessage",
    "setComplianceStatus", "listNumbers", "configureNumber", "removeNumber", "listFaults", "addFault",
    "clearFaults", "removeFault", "listRateLimits", "setRateLimit", "clearRateLimits", "getClock",
    "advanceClock",
    "listAccounts", "listConversations", "getConversation", "markConversationRead", "getMessageDetail",
    "listCompliance", "waitForMessage", "waitForChange",
}  # fmt: skip


@cache
def admin_doc() -> dict[str, Any]:
    with ADMIN_SPEC.open(encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.safe_load(fh)
    return doc


def conforms(resp: httpx.Response) -> httpx.Response:
    """Check an admin answer against admin-openapi.yaml with the jsonschema library."""
    doc = admin_doc()
    path = resp.request.url.path
    for template, item in doc["paths"].items():
        if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), path):
            operation = item[resp.request.method.lower()]
            break
    else:
        raise AssertionError(f"{path} is not in admin-openapi.yaml")
    declared = operation["responses"].get(str(resp.status_code))
    assert declared is not None, f"{resp.request.method} {path}: status {resp.status_code} not declared"
    if "$ref" in declared:
        declared = doc["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
    content = declared.get("content")
    if content is None:
        assert not resp.content
        return resp
    schema = {**content["application/json"]["schema"], "components": doc["components"]}
    jsonschema.Draft202012Validator(schema).validate(resp.json())
    return resp


def test_the_document_is_valid_openapi_and_shipped_in_the_package() -> None:
    validate_openapi(admin_doc())
    assert PACKAGED_SPEC.resolve() == ADMIN_SPEC.resolve()
    assert PACKAGED_SPEC.parent.name == "plivo_emulator"
    assert {op.operation_id for op in load_spec(PACKAGED_SPEC).operations} == OPERATION_IDS


def test_health_and_clock(admin: httpx.Client) -> None:
    health = conforms(admin.get("health")).json()
    assert (health["status"], health["lifecycle"], health["clock_offset_seconds"]) == ("ok", "instant", 0)
    before = conforms(admin.get("clock")).json()
    after = conforms(admin.post("clock/advance", json={"seconds": 3600})).json()
    assert after["offset_seconds"] == 3600 and after["now"] > before["now"]
    assert conforms(admin.post("clock/advance", json={"seconds": -1})).status_code == 400
    conforms(admin.post("reset"))
    assert conforms(admin.get("clock")).json()["offset_seconds"] == 0


def test_reset_one_account(api: httpx.Client, other_api: httpx.Client, admin: httpx.Client) -> None:
    [mine] = send(api)
    [theirs] = send(other_api)
    conforms(admin.put("numbers/14155550177", json={"message_url": None, "auth_id": OTHER.auth_id}))
    assert conforms(admin.post("reset", json={"auth_id": OTHER.auth_id})).json() == {"reset": OTHER.auth_id}
    assert message(api, mine)["message_state"] == "delivered"
    assert other_api.get(f"Message/{theirs}/").status_code == 404
    assert conforms(admin.get("numbers")).json()["objects"] == []
    # the number went back: another account can have it now
    conforms(admin.put("numbers/14155550177", json={"message_url": None, "auth_id": MAIN.auth_id}))
    assert conforms(admin.post("reset", json={"auth_id": "MANOSUCHACCOUNT00000"})).status_code == 404


def test_outbox_filters(api: httpx.Client, sub_api: httpx.Client, admin: httpx.Client) -> None:
    send(api, text="one", dst="14155550121")
    send(api, text="two", dst="15550000080", log="false")
    send(sub_api, text="three", src="14155550109", dst="14155550121", type="mms")

    def texts(**query: Any) -> list[str | None]:
        return [m["text"] for m in conforms(admin.get("outbox", params=query)).json()["objects"]]

    assert texts() == ["one", None, "three"]  # log=false keeps no text
    assert texts(auth_id=MAIN.auth_id) == ["one", None]
    assert texts(number="14155550121") == ["one", "three"]
    assert texts(number="14155550109") == ["three"]
    assert texts(to_number="15550000080") == [None]  # the real number, though the record masks it
    assert texts(state="undelivered") == [None]
    assert texts(type="mms") == ["three"]
    assert texts(limit=1) == ["one"]
    assert texts(direction="inbound") == []
    [masked] = conforms(admin.get("outbox", params={"state": "undelivered"})).json()["objects"]
    assert masked["to_number"] == "155XXXXX080" and masked["destination"] == "15550000080"
    assert admin.get("outbox", params={"limit": 0}).status_code == 400
    assert admin.get("outbox", params={"state": "lost"}).status_code == 400
    assert admin.get("outbox", params={"auth_id": "nope"}).status_code == 400


def test_callback_log_filters(api: httpx.Client, admin: httpx.Client, receiver: Receiver) -> None:
    [first] = send(api, url=receiver.url())
    receiver.wait_for(3)
    receiver.answer(500, times=3)
    [second] = send(api, url=receiver.url("/other"), dst="14155550124")
    receiver.wait_for(8)
    settled_callbacks(admin, subject=second)

    def count(**query: Any) -> int:
        return len(conforms(admin.get("callbacks", params=query)).json()["objects"])

    assert count(subject=first) == 3
    assert count(event="messageStatus") == 6 and count(event="inboundMessage") == 0
    assert count(auth_id=OTHER.auth_id) == 0
    assert count(limit=2) == 2
    [failed] = conforms(admin.get("callbacks", params={"state": "failed"})).json()["objects"]
    assert failed["attempts"] == 3 and len(failed["attempt_log"]) == 3


def test_inbound_and_message_state(admin: httpx.Client, receiver: Receiver) -> None:
    conforms(admin.put("numbers/14155550100", json={"message_url": receiver.url("/in")}))
    result = conforms(
        admin.post("inbound", json={"from": "14155550199", "to": "14155550100", "text": "hi"})
    ).json()
    assert result["message"]["text"] == "hi" and result["callback"]["state"] == "delivered"
    inbound_uuid = result["message_uuid"]
    refused = conforms(admin.post(f"messages/{inbound_uuid}/state", json={"state": "sent"}))
    assert refused.status_code == 409
    assert conforms(admin.post("inbound", json={"from": "1", "to": "14155550100"})).status_code == 400
    no_text = conforms(admin.post("inbound", json={"from": "14155550199", "to": "14155550100"}))
    assert no_text.status_code == 400


def test_errors_follow_the_document(admin: httpx.Client) -> None:
    assert conforms(admin.post("messages/not-a-uuid/state", json={"state": "sent"})).status_code == 404
    assert conforms(admin.post("compliance/robot/B1/status", json={"status": "FAILED"})).status_code == 404
    assert (
        conforms(
            admin.post("faults", content=b"{not json", headers={"content-type": "application/json"})
        ).status_code
        == 400
    )
    assert conforms(admin.post("inbound")).status_code == 400  # the body is required
    assert conforms(admin.delete("faults/00000000-0000-4000-8000-000000000000")).status_code == 404
    assert admin.patch("faults").status_code == 405


def test_the_admin_api_takes_the_api_request_path(admin: httpx.Client, lively: EmulatorServer) -> None:
    """Routing, query coercion, error bodies and 405s are the API's own, not a copy."""
    wrong = admin.patch("faults")
    assert wrong.status_code == 405 and wrong.headers["Allow"] == "DELETE, GET, HEAD, POST"
    assert set(wrong.json()) == {"api_id", "error"}
    unknown = admin.get("nothing/here")
    assert unknown.status_code == 404 and set(unknown.json()) == {"api_id", "error"}
    bad_limit = admin.get("outbox", params={"limit": "many"})
    assert bad_limit.status_code == 400 and bad_limit.json()["error"].startswith("limit: ")
    media = httpx.post(f"{lively.base_url}/_emulator/media/{MAIN.auth_id}/x")
    assert media.status_code == 405 and media.headers["Allow"] == "GET" and "error" in media.json()
    assert (
        httpx.get(f"{lively.base_url}/_emulator/media/{MAIN.auth_id}/x").json()["error"] == "media not found"
    )


def test_an_admin_body_over_the_limit_is_413_like_the_api() -> None:
    with EmulatorServer(settings(max_upload_body=2000, max_json_body=1000)) as server:
        too_big = {"from": "14155550199", "to": "14155550100", "text": "x" * 3000}
        resp = httpx.post(f"{server.base_url}/_emulator/inbound", json=too_big)
        assert resp.status_code == 413 and "larger than 2000 bytes" in resp.json()["error"]
        with httpx.Client(base_url=server.base_url, auth=(MAIN.auth_id, MAIN.auth_token)) as api:
            resp = api.post(f"/v1/Account/{MAIN.auth_id}/Message/", json={"text": "x" * 1500})
        assert resp.status_code == 413 and "larger than 1000 bytes" in resp.json()["error"]


# ------------------------------------------------------------------------------------ schemathesis


@pytest.fixture(scope="module")
def fuzzed_server() -> Iterator[EmulatorServer]:
    """An emulator whose callbacks never leave the process: generated message URLs name any host."""
    server = EmulatorServer(settings(behaviour=BehaviourSettings(lifecycle="instant", callback_timeout=1)))
    server.behaviour.callbacks.transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with server:
        yield server
        httpx.post(f"{server.base_url}/_emulator/reset")


schema = schemathesis.openapi.from_path(
    str(ADMIN_SPEC),
    config=SchemathesisConfig.from_dict(
        {
            "seed": 20240901,
            "generation": {"max-examples": 5, "database": "none", "mode": "all"},
            "phases": {"coverage": {"enabled": False}},
            # Rules the document does not state: a WhatsApp message carries one media item
            # (`media_urls` and `media` together); a fault's `operation_id` must be one of openapi.yaml.
            "operations": [
                {
                    "include-operation-id": ["simulateInbound", "addFault"],
                    "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "404"]}},
                },
                # Long polls: a short wait keeps the run quick; waiting in vain is a 408 by design.
                {
                    "include-operation-id": ["waitForMessage", "waitForChange"],
                    "parameters": {"query.timeout": 0.05},
                    "checks": {
                        "positive_data_acceptance": {"expected-statuses": ["2xx", "400", "404", "408"]}
                    },
                },
            ],
        }
    ),
)


@schema.parametrize()
def test_admin_api_under_schemathesis(case: schemathesis.Case[Any], fuzzed_server: EmulatorServer) -> None:
    case.call_and_validate(base_url=fuzzed_server.base_url)
    assert not fuzzed_server.runtime.response_failures


# ------------------------------------------------------------------------------ the pytest fixture


def test_the_fixture_handle_drives_the_admin_api(plivo_emulator: Any) -> None:
    with Receiver() as receiver:
        assert plivo_emulator.health()["lifecycle"] == "instant"
        resp = httpx.post(
            plivo_emulator.account_url("Message/"),
            auth=plivo_emulator.auth,
            json={"src": "14155550100", "dst": "15550000030", "text": "hello", "url": receiver.url()},
        )
        uuid = resp.json()["message_uuid"][0]
        [sent] = plivo_emulator.outbox(state="undelivered")
        assert (sent["message_uuid"], sent["text"], sent["error_code"]) == (uuid, "hello", "30")
        logged = plivo_emulator.wait_for_callbacks(subject=uuid)
        assert [c["params"]["Status"] for c in logged] == ["queued", "sent", "undelivered"]

        plivo_emulator.configure_number("14155550100", receiver.url("/in"))
        inbound = plivo_emulator.simulate_inbound("14155550199", "14155550100", "STOP")
        assert inbound["callback"]["params"]["MessageIntent"] == "optout"

        plivo_emulator.inject_fault(status=429, retry_after=3, count=1)
        limited = httpx.get(plivo_emulator.account_url("Message/"), auth=plivo_emulator.auth)
        assert (limited.status_code, limited.headers["Retry-After"]) == (429, "3")
        plivo_emulator.set_rate_limit(1, 60)
        httpx.get(plivo_emulator.account_url("Message/"), auth=plivo_emulator.auth)
        assert httpx.get(plivo_emulator.account_url("Message/"), auth=plivo_emulator.auth).status_code == 429
        plivo_emulator.clear_rate_limits()
        plivo_emulator.clear_faults()

        queued = httpx.post(
            plivo_emulator.account_url("Message/"),
            auth=plivo_emulator.auth,
            json={"src": "14155550100", "dst": "15550090003", "text": "later", "message_expiry": 30},
        ).json()["message_uuid"][0]
        assert plivo_emulator.advance_clock(31)["offset_seconds"] == 31
        assert plivo_emulator.message(queued)["error_code"] == "420"
        with pytest.raises(Exception, match="409"):
            plivo_emulator.advance_message(queued, "sent")
    plivo_emulator.reset()
    assert plivo_emulator.outbox() == [] and plivo_emulator.clock()["offset_seconds"] == 0


def test_subaccount_credentials_are_separate() -> None:
    # Guard for the tests above: the subaccount fixture is not the main account.
    assert SUB.auth_id != MAIN.auth_id and SUB.parent == MAIN.auth_id
