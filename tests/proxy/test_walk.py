"""The walk beside the schema: unknown fields and unlisted enumeration values, as the spec means them."""

from __future__ import annotations

from typing import Any

import pytest
from plivo_emulator.proxy.walk import SchemaWalker, WalkResult
from plivo_emulator.validation import SchemaCompiler

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "State": {"type": "string", "enum": ["queued", "sent"]},
            "Record": {
                "type": "object",
                "properties": {
                    "open": {"anyOf": [{"$ref": "#/components/schemas/State"}, {"type": "string"}]},
                    "closed": {"$ref": "#/components/schemas/State"},
                    "partial": {
                        "anyOf": [{"type": "string", "const": ""}, {"type": "string", "format": "uuid"}]
                    },
                    "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                },
                "additionalProperties": {"type": "string"},
                "patternProperties": {"^Media[0-9]+$": {"type": "string"}},
            },
            "Item": {
                "oneOf": [
                    {"type": "object", "properties": {"kind": {"const": "sms"}, "text": {"type": "string"}}},
                    {"type": "object", "properties": {"kind": {"const": "mms"}, "media": {"type": "array"}}},
                ]
            },
        }
    }
}


def _walk(value: Any) -> WalkResult:
    result = WalkResult()
    SchemaWalker(SchemaCompiler(DOCUMENT)).walk([{"$ref": "#/components/schemas/Record"}], value, "", result)
    return result


@pytest.mark.parametrize(
    ("value", "fields", "enums"),
    [
        ({"open": "sent", "closed": "queued"}, [], []),
        ({"open": "beamed"}, [], [("/open", "beamed")]),
        ({"closed": "beamed"}, [], [("/closed", "beamed")]),
        ({"partial": "5b40a428-bfc7-4daf-9d3c-7b8e7d0f1a2b"}, [], []),  # a format, not a list
        ({"counts": {"sms": 1, "mms": 2}}, [], []),  # a map: its keys are data
        ({"Media0": "https://x", "extra": "allowed but unnamed"}, ["/extra"], []),
        (
            {"items": [{"kind": "mms", "media": []}, {"kind": "fax", "cost": "1"}]},
            ["/items/1/cost"],
            [("/items/1/kind", "fax")],
        ),
    ],
)  # fmt: skip
def test_walk(value: Any, fields: list[str], enums: list[tuple[str, str]]) -> None:
    result = _walk(value)
    assert result.unknown_fields == fields
    assert result.unknown_enum_values == enums


def test_seen_fields_name_list_items_generically() -> None:
    result = _walk({"items": [{"kind": "sms", "text": "a"}, {"kind": "sms"}], "open": "sent"})
    assert result.seen == {"/items", "/items/*/kind", "/items/*/text", "/open"}
