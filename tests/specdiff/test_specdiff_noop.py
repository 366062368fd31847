"""Rewrites of the whole real spec that change nothing a user sees are no change to the differ."""

from __future__ import annotations

import copy
import json
from typing import Any

import yaml
from specdiff import diff_documents
from specdiff_support import REPO

SPEC: dict[str, Any] = yaml.load((REPO / "openapi.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def test_identical_and_reserialised_documents_have_no_changes() -> None:
    assert diff_documents(SPEC, SPEC) == []
    reordered = json.loads(json.dumps(SPEC, sort_keys=True))
    assert diff_documents(SPEC, reordered) == []


def test_every_inline_field_schema_moved_into_components_is_no_change() -> None:
    moved = copy.deepcopy(SPEC)
    schemas = moved["components"]["schemas"]
    count = 0
    for name, schema in list(schemas.items()):
        for field, sub in (schema.get("properties") or {}).items():
            if "$ref" not in sub:
                schemas[f"{name}_{field}"] = sub
                schema["properties"][field] = {"$ref": f"#/components/schemas/{name}_{field}"}
                count += 1
    assert count > 100
    assert diff_documents(SPEC, moved) == []


def test_every_schema_reference_inlined_is_no_change() -> None:
    schemas = SPEC["components"]["schemas"]

    def inline(node: Any, depth: int) -> Any:
        if isinstance(node, list):
            return [inline(item, depth) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/") and depth < 8:
            target = schemas[ref.rsplit("/", 1)[1]]
            return inline({**target, **{k: v for k, v in node.items() if k != "$ref"}}, depth + 1)
        return {key: inline(value, depth) for key, value in node.items()}

    inlined = copy.deepcopy(SPEC)
    inlined["paths"] = inline(inlined["paths"], 0)
    inlined["webhooks"] = inline(inlined["webhooks"], 0)

    # Responses and parameters shared through components keep their references; the rest are inlined.
    def refs(doc: dict[str, Any]) -> int:
        return json.dumps([doc["paths"], doc["webhooks"]]).count("#/components/schemas/")

    assert refs(inlined) < refs(SPEC) / 2
    assert diff_documents(SPEC, inlined) == []
