"""Enumerations and limits the handlers need, read from the spec's schemas rather than restated.

The handlers' state machines are module-level facts, so they come from the openapi.yaml the emulator
ships with (the document that describes Plivo); a spec passed with `--spec` drives validation.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..spec import default_spec_path, load_spec


@cache
def _schemas() -> dict[str, Any]:
    document = load_spec(default_spec_path()).document
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def enum(schema: str) -> tuple[str, ...]:
    """The values of a string enumeration in `components/schemas`."""
    values = _schemas()[schema]["enum"]
    return tuple(str(v) for v in values)


def property_schema(schema: str, *names: str) -> dict[str, Any]:
    """A property's schema, following `properties` through the given names."""
    node: dict[str, Any] = _schemas()[schema]
    for name in names:
        node = node["properties"][name]
    return node
