"""Walk a JSON value beside its schema: fields the schema does not name, enumeration values it does
not list, and which fields were seen (for coverage).

A valid document can still carry drift: schemas allow more fields than they name (tolerant reader)
and "open" enumerations (`anyOf: [{enum: [...]}, {type: string}]`) accept any string. The validator
says nothing about either; this walk does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..spec import JsonObject
from ..validation import SchemaCompiler

MAX_DEPTH = 48
_INDEX = re.compile(r"/[0-9]+(?=/|$)")
# keys a plain `{type: string}` branch may carry and still be only "any other string"
_BARE_KEYS = frozenset({"type", "description", "title", "example", "examples", "deprecated", "nullable"})


def _search(pattern: str, key: str) -> bool:
    try:
        return re.search(pattern, key) is not None
    except re.error:
        return False


def escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def generic(pointer: str) -> str:
    """A pointer with array indices as `*`: one name for the same field of every list item."""
    return _INDEX.sub("/*", pointer)


@dataclass
class WalkResult:
    unknown_fields: list[str] = field(default_factory=list)
    unknown_enum_values: list[tuple[str, str]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)


class SchemaWalker:
    def __init__(self, compiler: SchemaCompiler) -> None:
        self._compiler = compiler

    def _branches(self, schemas: Iterable[Any], depth: int = 0) -> list[JsonObject]:
        """The schemas and every allOf/anyOf/oneOf branch under them, references resolved."""
        out: list[JsonObject] = []
        for schema in schemas:
            node = self._compiler.resolve(schema)
            out.append(node)
            if depth < 8:
                for key in ("allOf", "anyOf", "oneOf"):
                    subs = node.get(key)
                    if isinstance(subs, list):
                        out.extend(self._branches(subs, depth + 1))
        return out

    def walk(self, schemas: list[Any], value: Any, pointer: str, result: WalkResult, depth: int = 0) -> None:
        if depth > MAX_DEPTH or not schemas:
            return
        branches = self._branches(schemas)
        if isinstance(value, dict):
            props: dict[str, list[Any]] = {}
            patterns: list[tuple[str, Any]] = []
            maps: list[Any] = []  # additionalProperties: a map's values, or "other fields" beside properties
            described = False
            for b in branches:
                if isinstance(b.get("properties"), dict):
                    described = True
                    for name, sub in b["properties"].items():
                        props.setdefault(name, []).append(sub)
                if isinstance(b.get("additionalProperties"), dict):
                    maps.append(b["additionalProperties"])
                if isinstance(b.get("patternProperties"), dict):
                    patterns.extend(b["patternProperties"].items())
            for key, sub_value in value.items():
                where = f"{pointer}/{escape(str(key))}"
                result.seen.add(generic(where))
                matching = [sub for pattern, sub in patterns if _search(pattern, str(key))]
                if key in props or matching:
                    self.walk(props.get(key, []) + matching, sub_value, where, result, depth + 1)
                elif described:
                    # named fields with `additionalProperties` beside them: others are allowed, not known
                    result.unknown_fields.append(where)
                elif maps:
                    self.walk(maps, sub_value, where, result, depth + 1)
        elif isinstance(value, list):
            items = [b["items"] for b in branches if isinstance(b.get("items"), dict)]
            for i, item in enumerate(value):
                self.walk(items, item, f"{pointer}/{i}", result, depth + 1)
        elif isinstance(value, str) and self._unlisted(branches, value):
            result.unknown_enum_values.append((pointer, value))

    @staticmethod
    def _unlisted(branches: list[JsonObject], value: str) -> bool:
        """True when the schema enumerates strings and this one is not among them. A branch taking
        other strings under a format or pattern makes the list partial, not open: no report."""
        listed: list[Any] = []
        for b in branches:
            listed.extend(b.get("enum") or [])
            if "const" in b:
                listed.append(b["const"])
        if not any(isinstance(v, str) for v in listed) or value in listed:
            return False
        for b in branches:
            types = b.get("type")
            takes_string = types == "string" or (isinstance(types, list) and "string" in types)
            if takes_string and "enum" not in b and "const" not in b and not set(b) <= _BARE_KEYS:
                return False
        return True

    def declared(self, schemas: list[Any], pointer: str, out: set[str], depth: int = 0) -> None:
        """Every field pointer a schema names (array items as `*`), to measure coverage against."""
        if depth > 10:
            return
        for b in self._branches(schemas):
            for name, sub in (b.get("properties") or {}).items():
                where = f"{pointer}/{escape(str(name))}"
                out.add(where)
                self.declared([sub], where, out, depth + 1)
            if isinstance(b.get("items"), dict):
                self.declared([b["items"]], pointer + "/*", out, depth + 1)
