"""Responses that show the ends of a lifecycle, checked like every other response.

Generated cases rarely read back a message they sent or a review they started, so the records that
show a delivered, undelivered, failed or rejected message, or an approved or rejected brand,
campaign or toll-free verification, are made here on purpose (the emulator's magic numbers and its
`#reject` marker, with the `instant` lifecycle) and then read through schemathesis, with every check
schemathesis.toml enables. The run's summary requires that responses showed each of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from contract_support import COUNTER, MAIN, basic_header, current_profile, current_schema
from plivo_emulator.behaviour import magic
from plivo_emulator.server import EmulatorServer
from schemathesis.core.result import Ok

schema = current_schema()
EXAMPLES = {
    (operation.method.upper(), operation.path): operation.definition.raw
    for operation in (result.ok() for result in schema.get_all_operations() if isinstance(result, Ok))
}
# destination -> the state it ends in (see the emulator's README, "Magic numbers")
MESSAGES = {
    "15550090000": magic.DELIVERED,
    "15550010030": magic.UNDELIVERED,
    "15550020040": magic.FAILED,
    "15550030010": magic.REJECTED,
}


def request_example(method: str, path: str) -> dict[str, Any]:
    """The spec's example request body of an operation."""
    raw = EXAMPLES[(method, "/v1/Account/{auth_id}/" + path)]
    media = raw["requestBody"]["content"]["application/json"]
    example = media.get("example")
    if example is None:
        schema_node = media["schema"]
        name = schema_node["$ref"].rsplit("/", 1)[-1]
        example = schema.raw_schema["components"]["schemas"][name]["examples"][0]
    return dict(example)


def checked(operation_id: str, base_url: str, query: dict[str, Any] | None = None, **path: str) -> Any:
    """Read through schemathesis (every enabled check) and note the states the answer shows."""
    operation = schema.find_operation_by_id(operation_id)
    case = operation.Case(
        path_parameters={"auth_id": MAIN.auth_id, **path},
        query=query,
        headers={"Authorization": basic_header(MAIN)},
    )
    response = case.call_and_validate(base_url=base_url)
    assert response.status_code == 200, response.text
    body = response.json()
    COUNTER.record_states(body)
    return body


@pytest.fixture(scope="module")
def api(contract_emulator: EmulatorServer | None) -> Iterator[httpx.Client]:
    if contract_emulator is None or current_profile().live:
        pytest.skip("the states are forced with the emulator's magic numbers; Plivo's API has none")
    base = f"{contract_emulator.base_url}/v1/Account/{MAIN.auth_id}/"
    with httpx.Client(base_url=base, auth=(MAIN.auth_id, MAIN.auth_token), timeout=30) as client:
        yield client


def test_messages_in_each_final_state(api: httpx.Client, contract_base_url: str) -> None:
    for destination, state in MESSAGES.items():
        sent = api.post("Message/", json={"src": "14155550100", "dst": destination, "text": "hi"})
        assert sent.status_code == 202, sent.text
        [message_uuid] = sent.json()["message_uuid"]
        shown = checked("getMessage", contract_base_url, message_uuid=message_uuid)
        assert shown["message_state"] == state
    listed = checked("listMessages", contract_base_url, query={"limit": 20})
    assert set(MESSAGES.values()) <= {m["message_state"] for m in listed["objects"]}


def test_reviews_approved_and_rejected(api: httpx.Client, contract_base_url: str) -> None:
    profile = api.post("Profile/", json=request_example("POST", "Profile/"))
    assert profile.status_code == 200, profile.text
    profile_uuid = profile.json()["profile_uuid"]
    for marker, brand_status, verification_status in (
        ("", "COMPLETED", "APPROVED"),
        (" #reject", "FAILED", "REJECTED"),
    ):
        brand_body = {**request_example("POST", "10dlc/Brand/"), "profile_uuid": profile_uuid}
        brand_body["brand_alias"] += marker
        brand = api.post("10dlc/Brand/", json=brand_body)
        assert brand.status_code == 200, brand.text
        shown = checked("getBrand", contract_base_url, brand_id=brand.json()["brand_id"])
        assert shown["brand"]["registration_status"] == brand_status

        verification_body = {**request_example("POST", "TollfreeVerification/"), "profile_uuid": profile_uuid}
        verification_body["usecase_summary"] += marker
        verification_body["number"] = "1844555016" + ("2" if not marker else "3")
        verification = api.post("TollfreeVerification/", json=verification_body)
        assert verification.status_code == 201, verification.text
        shown = checked(
            "getTollfreeVerification", contract_base_url, verification_uuid=verification.json()["uuid"]
        )
        assert shown["status"] == verification_status
    checked("listBrands", contract_base_url)
    checked("listTollfreeVerifications", contract_base_url)
