"""What Plivo really answers and accepts, checked against the document's schemas.

Each case is a body Plivo or an official SDK is known to send or answer; the source is named beside it.
"""

from __future__ import annotations

import calendar
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from plivo_emulator.spec import load_spec
from plivo_emulator.validation import SchemaCompiler

_SPEC = load_spec(Path(__file__).resolve().parents[2] / "openapi.yaml").document
_DATE_FILTER = SchemaCompiler(_SPEC).compile({"$ref": "#/components/schemas/DateFilter"})
_TIME_FILTER = SchemaCompiler(_SPEC).compile({"$ref": "#/components/schemas/MessageTimeFilter"})


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


def test_status_webhooks_carry_no_basic_credentials(spec: dict[str, Any]) -> None:
    """Plivo signs its callbacks; it does not authenticate to the user's server with Basic."""
    for name, item in spec["webhooks"].items():
        for op in item.values():
            assert op.get("security") == [], name


@settings(max_examples=300, deadline=None)
@given(year=st.integers(1, 9999), month=st.integers(1, 12), day=st.integers(1, 31))
def test_date_filters_accept_exactly_the_real_dates(year: int, month: int, day: int) -> None:
    """The filter schemas encode the calendar, so the emulator (which applies them) and Plivo agree."""
    exists = day <= calendar.monthrange(year, month)[1]
    date = f"{year:04d}-{month:02d}-{day:02d}"
    assert _DATE_FILTER.is_valid(date) is exists
    assert _DATE_FILTER.is_valid(date + "T23:59:59Z") is exists
    assert _TIME_FILTER.is_valid(date + " 00:00") is exists
