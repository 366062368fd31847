"""What Plivo really answers and accepts, checked against the document's schemas.

Each case is a body Plivo or an official SDK is known to send or answer; the source is named beside it.
"""

from __future__ import annotations

from typing import Any

import pytest
from plivo_emulator.validation import SchemaCompiler


def _valid(spec: dict[str, Any], name: str, instance: Any) -> list[str]:
    compiled = SchemaCompiler(spec).compile({"$ref": f"#/components/schemas/{name}"})
    return compiled.messages(instance)


@pytest.mark.parametrize(
    ("schema", "instance"),
    [
        # plivo-go's base client special-cases an empty 404 body
        ("ApiErrorResponse", {}),
        ("ApiErrorResponse", {"api_id": "2d5c1c1e-8a4b-11ef-9a2b-0242ac110002"}),
        # Plivo's bulk-messaging page: destinations are sanitised and validated one by one
        ("SendMessageRequest", {"src": "14155550100", "dst": "+1 (415) 555-0123<1.415.555.0124<12ab"}),
        ("SendMessageRequest", {"src": "+1 (415) 555-0100", "dst": "14155550123", "text": "hi"}),
        # E.164 with `+` in campaign linking
        ("LinkCampaignNumbersRequest", {"numbers": ["+14155550123", "14155550124"]}),
    ],
)
def test_plivo_forms_are_accepted(spec: dict[str, Any], schema: str, instance: Any) -> None:
    body = dict(instance)
    if schema == "SendMessageRequest":
        body.setdefault("text", "hello")
    assert _valid(spec, schema, body) == []


@pytest.mark.parametrize(
    ("operation", "statuses"),
    [
        # SDK tests answer 200 (plivo-python tests/resources/test_campaign.py, plivo-go campaign_test.go)
        ("linkCampaignNumbers", {"200", "202"}),
        ("unlinkCampaignNumber", {"200", "202"}),
        # 200 with a body today, 204 without one from older deployments
        ("deletePowerpack", {"200", "204"}),
    ],
)
def test_every_known_success_status_is_declared(
    spec: dict[str, Any], operation: str, statuses: set[str]
) -> None:
    found = [
        op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == operation
    ]
    assert len(found) == 1
    declared = {str(s) for s in found[0]["responses"] if str(s).startswith("2")}
    assert statuses <= declared
