"""Every component model round-trips the spec's own examples through from_dict/to_dict."""

from __future__ import annotations

import typing
from datetime import datetime
from typing import Any

import plivo_messaging.models as models
import pytest
from generation_support import (
    SPEC,
    class_name,
    component_schemas,
    examples_of,
    ref_name,
    resolve,
    schema_examples,
)

SCHEMAS = component_schemas()


def same_json(actual: Any, expected: Any) -> bool:
    """Equal JSON values, where two strings naming the same instant count as equal.

    The generated models parse `format: date-time` fields into datetimes and write them back with
    `isoformat()`, so `2024-08-21T12:58:49Z` returns as `2024-08-21T12:58:49+00:00`.
    """
    if isinstance(actual, dict) and isinstance(expected, dict):
        return actual.keys() == expected.keys() and all(same_json(actual[k], expected[k]) for k in actual)
    if isinstance(actual, list) and isinstance(expected, list):
        return len(actual) == len(expected) and all(map(same_json, actual, expected))
    if isinstance(actual, str) and isinstance(expected, str) and actual != expected:
        try:
            return datetime.fromisoformat(actual) == datetime.fromisoformat(expected)
        except ValueError:
            return False
    return bool(type(actual) is type(expected) and actual == expected)


def _examples_in_use(node: Any, where: str) -> list[tuple[str, Any, str]]:
    """(schema name, example, location) for every example given next to a `$ref` to a component schema:
    media types of responses, request bodies and webhooks, and parameters. Multipart bodies are left out:
    their examples name files rather than hold their bytes."""
    found: list[tuple[str, Any, str]] = []
    if isinstance(node, dict):
        name = ref_name(node.get("schema"))
        if name and "multipart/" not in where:
            found += [(name, example, where) for example in examples_of(node)]
        for key, value in node.items():
            found += _examples_in_use(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _examples_in_use(value, f"{where}/{index}")
    return found


def _cases() -> list[Any]:
    cases = []
    for name, schema in SCHEMAS.items():
        for index, example in enumerate(schema_examples(schema)):
            cases.append(pytest.param(name, example, id=f"{name}-{index}"))
    for section in ("paths", "webhooks", "components"):
        for name, example, where in _examples_in_use(SPEC.get(section), section):
            cases.append(pytest.param(name, example, id=f"{name}@{where}"))
    return cases


CASES = _cases()
MODEL_CASES = [case for case in CASES if hasattr(models, class_name(case.values[0]))]


def test_some_examples_are_tested() -> None:
    """Schemas without examples are skipped; the spec must still give the round trip something to do."""
    assert SCHEMAS, "openapi.yaml has no component schemas"
    assert MODEL_CASES, "no component schema with an example has a generated model"


@pytest.mark.parametrize(("schema_name", "example"), MODEL_CASES)
def test_round_trip(schema_name: str, example: Any) -> None:
    generated = getattr(models, class_name(schema_name))
    if hasattr(generated, "from_dict"):
        parsed = generated.from_dict(example)
        assert same_json(parsed.to_dict(), example), (parsed.to_dict(), example)
        assert generated.from_dict(parsed.to_dict()) == parsed
    else:  # literal enum: a typing.Literal alias of the allowed strings
        values = set(typing.get_args(generated))
        assert example in values
        assert values == set(resolve(SCHEMAS[schema_name])["enum"])


def test_schemas_without_models_are_scalars_or_unions() -> None:
    """Only schemas that are not objects or enums (ids, timestamps, unions) lack a generated class."""
    for name, schema in SCHEMAS.items():
        if hasattr(models, class_name(name)):
            continue
        assert schema.get("type") != "object" and "enum" not in schema and "properties" not in schema, (
            f"component schema {name} has no generated class {class_name(name)}"
        )


ENUMS = [name for name, schema in SCHEMAS.items() if "enum" in schema]


@pytest.mark.parametrize("schema_name", ENUMS)
def test_enum_values_match_spec(schema_name: str) -> None:
    """Enums are `typing.Literal` aliases (literal_enums in generator-config.yaml) of the spec's values."""
    alias = getattr(models, class_name(schema_name))
    assert set(typing.get_args(alias)) == set(SCHEMAS[schema_name]["enum"])
