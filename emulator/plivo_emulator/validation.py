"""Request validation: compiled JSON Schemas, query-string coercion and body parsing.

Schemas are compiled once with jsonschema-rs (Draft 2020-12). Every `#/components/...` reference is
resolved against one registry resource that carries the document's `components`, so a schema written
inline in an operation and one in `components/schemas` behave the same. Error messages start with the
name of the offending parameter (`dst: this parameter is required`), as Plivo's do.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from .errors import ApiError
from .spec import JsonObject, Operation, Parameter, SpecError, pointer

SPEC_URI = "urn:plivo-emulator:openapi"
MAX_REPORTED_ERRORS = 3
_INT_RE = re.compile(r"[+-]?[0-9]+")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_NUMBER_RE = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
# The store keeps integers as SQLite INTEGER (signed 64 bits): where the spec sets no bound, this is
# the bound, so a value the store cannot hold is refused like any other out-of-range value.
STORE_INT_MIN = -(2**63)
STORE_INT_MAX = 2**63 - 1
# Longer digit strings are out of any bound above; they are never converted (Python refuses to
# convert more than 4,300 digits, and converting long ones costs quadratic time).
_MAX_INT_DIGITS = 20
# A JSON integer longer than Python converts (4,300 digits) is reported as out of range.
_MAX_JSON_INT_DIGITS = 4300


def _absolute_refs(node: Any) -> Any:
    """Point local refs at the registry resource, so inline schemas resolve like component ones."""
    if isinstance(node, dict):
        return {
            k: (
                SPEC_URI + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _absolute_refs(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(v) for v in node]
    return node


def _short(instance: Any) -> str:
    text = json.dumps(instance, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:40] + "…" + text[-10:]


def _required_names(schema: Any) -> list[str]:
    """Property names a `not` schema forbids (`required` lists, possibly under anyOf/oneOf)."""
    if not isinstance(schema, dict):
        return []
    names = [str(n) for n in schema.get("required") or []]
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key) or []:
            names.extend(n for n in _required_names(sub) if n not in names)
    return names


def _not_message(err: jsonschema_rs.ValidationError, data: dict[str, Any]) -> tuple[str, str] | None:
    """(parameter names, sentence) for a failed `not: {required: [...]}` rule."""
    names = _required_names(data.get("schema"))
    present = [n for n in names if isinstance(err.instance, dict) and n in err.instance]
    if not present:
        return None
    if len(present) > 1:
        return ", ".join(present), "these parameters cannot be used together"
    return present[0], "this parameter is not allowed with the other parameters given"


_BOUND_KINDS = frozenset(
    {"MaxLength", "MinLength", "MaxItems", "MinItems", "Maximum", "Minimum", "MaxProperties", "MinProperties"}
)


def _describe(err: jsonschema_rs.ValidationError) -> str:
    kind = err.kind
    data = kind.as_dict() if hasattr(kind, "as_dict") else {}
    name = type(kind).__name__
    if name == "Type":
        expected = " or ".join(str(t) for t in data.get("types") or []) or "another type"
        given = _json_type(err.instance)
        given = given if given == "null" else f"{_article(given)} {given}"
        return f"must be {_article(expected)} {expected}, not {given}"
    if name == "MaxLength":
        return f"must be at most {data.get('limit')} characters long"
    if name == "MinLength":
        return f"must be at least {data.get('limit')} characters long"
    message = err.message
    full = json.dumps(err.instance, ensure_ascii=False, separators=(",", ":"), default=str)
    if message.startswith(full) and len(full) > 60:
        message = _short(err.instance) + message[len(full) :]
    return message


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _location(prefix: str, path: Sequence[str | int]) -> str:
    out = prefix
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out = f"{out}.{part}" if out else str(part)
    return out


class CompiledSchema:
    """One compiled schema; `messages()` turns failures into Plivo-style sentences."""

    __slots__ = ("_validator",)

    def __init__(self, validator: jsonschema_rs.Draft202012Validator) -> None:
        self._validator = validator

    def is_valid(self, instance: Any) -> bool:
        return bool(self._validator.is_valid(instance))

    def messages(self, instance: Any, prefix: str = "", limit: int = MAX_REPORTED_ERRORS) -> list[str]:
        """One sentence per problem, each naming where it is. A value of the wrong type gets only
        that sentence (rules about its contents say nothing useful then), and of several bounds of one
        kind on one value (a `maxLength` in the property and a tighter one in a conditional) only the
        tightest is stated."""
        errors = list(self._validator.iter_errors(instance))
        wrong_type = {tuple(e.instance_path) for e in errors if type(e.kind).__name__ == "Type"}
        tightest: dict[tuple[tuple[str | int, ...], str], float] = {}
        for err in errors:
            kind_name = type(err.kind).__name__
            if kind_name in _BOUND_KINDS:
                key = (tuple(err.instance_path), kind_name)
                bound = err.kind.as_dict().get("limit")
                if isinstance(bound, int | float):
                    pick = min if kind_name.startswith("Max") else max
                    tightest[key] = pick(tightest.get(key, bound), bound)
        out: list[str] = []
        for err in errors:
            kind_name = type(err.kind).__name__
            at = tuple(err.instance_path)
            if kind_name != "Type" and any(at[: len(w)] == w for w in wrong_type):
                continue
            if kind_name in _BOUND_KINDS and err.kind.as_dict().get("limit") != tightest.get((at, kind_name)):
                continue
            forbidden = _not_message(err, err.kind.as_dict()) if kind_name == "Not" else None
            if kind_name == "Required":
                missing = err.kind.as_dict().get("property")
                where = _location(prefix, [*err.instance_path, str(missing).strip('"')])
                text = f"{where}: {'this field' if prefix == 'response' else 'this parameter'} is required"
            elif forbidden is not None:
                names = ", ".join(
                    _location(prefix, [*err.instance_path, n]) for n in forbidden[0].split(", ")
                )
                text = f"{names}: {forbidden[1]}"
            else:
                where = _location(prefix, err.instance_path) or "request body"
                text = f"{where}: {_describe(err)}"
            if text not in out:
                out.append(text)
            if len(out) >= limit:
                break
        return out

    def violations(self, instance: Any, limit: int = 20) -> list[tuple[str, str]]:
        """(JSON pointer, message) of each failure, for reports that point into the instance."""
        out: list[tuple[str, str]] = []
        for err in self._validator.iter_errors(instance):
            path = [str(p) for p in err.instance_path]
            if type(err.kind).__name__ == "Required":
                path.append(str(err.kind.as_dict().get("property")).strip('"'))
                message = "this field is required"
            else:
                message = _describe(err)
            where = "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in path)
            if (where, message) not in out:
                out.append((where, message))
            if len(out) >= limit:
                break
        return out


class SchemaCompiler:
    """Compiles schemas of one document; also answers 'which JSON types may this schema take'."""

    def __init__(self, document: JsonObject) -> None:
        self._root = {"components": document.get("components") or {}}
        self._registry = jsonschema_rs.Registry([(SPEC_URI, _absolute_refs(self._root))])

    def compile(self, schema: JsonObject) -> CompiledSchema:
        try:
            validator = jsonschema_rs.Draft202012Validator(
                _absolute_refs(schema), registry=self._registry, validate_formats=True
            )
        except (ValueError, jsonschema_rs.ReferencingError) as exc:
            raise SpecError(f"schema does not compile: {exc}") from exc
        return CompiledSchema(validator)

    def resolve(self, schema: Any, depth: int = 0) -> JsonObject:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth < 32:
            schema = pointer(self._root, schema["$ref"])
            depth += 1
        return schema if isinstance(schema, dict) else {}

    def types_of(self, schema: Any, depth: int = 0) -> frozenset[str]:
        """JSON types a value of this schema can have (empty = unconstrained)."""
        node = self.resolve(schema)
        found: set[str] = set()
        declared = node.get("type")
        if isinstance(declared, str):
            found.add(declared)
        elif isinstance(declared, list):
            found.update(str(t) for t in declared)
        for key in ("enum",):
            for value in node.get(key) or []:
                found.add(_json_type(value))
        if "const" in node:
            found.add(_json_type(node["const"]))
        if depth < 16:
            for key in ("anyOf", "oneOf", "allOf"):
                for sub in node.get(key) or []:
                    found.update(self.types_of(sub, depth + 1))
            if "$ref" in node:
                found.update(self.types_of(node["$ref"], depth + 1))
        return frozenset(found)

    def items_of(self, schema: Any) -> JsonObject:
        node = self.resolve(schema)
        for sub in [node, *(self.resolve(s) for s in node.get("anyOf") or [])]:
            if isinstance(sub.get("items"), dict):
                return dict(sub["items"])
        return {}

    def default_of(self, schema: Any) -> tuple[bool, Any]:
        node = self.resolve(schema)
        if "default" in node:
            return True, node["default"]
        return False, None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _scalar_candidates(raw: str, types: frozenset[str]) -> list[Any]:
    """Typed readings of a query-string value, most specific first; the raw string comes last."""
    out: list[Any] = []
    if types & {"integer", "number"} and _INT_RE.fullmatch(raw):
        digits = raw.lstrip("+-").lstrip("0")
        if len(digits) <= _MAX_INT_DIGITS:
            out.append(int(raw))
        else:  # a stand-in beyond every bound, on the same side of zero
            out.append((STORE_INT_MIN if raw.startswith("-") else STORE_INT_MAX) * 10)
    elif "number" in types and _NUMBER_RE.fullmatch(raw):
        value = float(raw)
        if math.isfinite(value):
            out.append(value)
    if "boolean" in types and raw.lower() in ("true", "false"):
        out.append(raw.lower() == "true")
    if "null" in types and raw in ("", "null"):
        out.append(None)
    out.append(raw)
    return out


@dataclass(frozen=True)
class CompiledParameter:
    param: Parameter
    schema: CompiledSchema
    types: frozenset[str]
    item_types: frozenset[str]
    has_default: bool
    default: Any
    # (minimum, maximum) of an integer parameter (or of its items): the spec's, else the store's
    int_range: tuple[int, int] | None = None
    # UUIDs are case-insensitive on input (RFC 9562 4): one with A-F names the same resource
    is_uuid: bool = False

    def range_problem(self, value: Any) -> str | None:
        """One sentence for an integer outside its bounds (checked before the schema, so a value the
        store cannot hold never reaches it and the message states the whole allowed range)."""
        if self.int_range is None:
            return None
        low, high = self.int_range
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, int) and not isinstance(v, bool) and not low <= v <= high for v in values):
            return f"{self.param.name}: must be an integer from {low} to {high}"
        return None

    def coerce(self, raws: Sequence[str]) -> Any:
        """Pick the typed reading of the raw value(s) that the schema accepts (else the raw text)."""
        if "array" in self.types:
            pieces = [p for raw in raws for p in (raw.split(",") if not self.param.explode else [raw])]
            item_sets = [_scalar_candidates(p, self.item_types) for p in pieces]
            typed = [c[0] for c in item_sets]
            if self.schema.is_valid(typed):
                return typed
            return [c[-1] for c in item_sets]
        candidates = _scalar_candidates(raws[0].lower() if self.is_uuid else raws[0], self.types)
        for candidate in candidates:
            if self.schema.is_valid(candidate):
                return candidate
        return candidates[0]


def _int_range(compiler: SchemaCompiler, schema: Any) -> tuple[int, int] | None:
    """The bounds of an integer schema (or of an array's integer items), capped to what the store
    holds."""
    node = compiler.resolve(schema)
    if "integer" not in compiler.types_of(node):
        node = compiler.resolve(compiler.items_of(node))
        if "integer" not in compiler.types_of(node):
            return None
    low, high = STORE_INT_MIN, STORE_INT_MAX
    for sub in [node, *(compiler.resolve(s) for s in node.get("allOf") or [])]:
        if isinstance(sub.get("minimum"), int | float):
            low = max(low, math.ceil(sub["minimum"]))
        if isinstance(sub.get("exclusiveMinimum"), int | float):
            low = max(low, math.floor(sub["exclusiveMinimum"]) + 1)
        if isinstance(sub.get("maximum"), int | float):
            high = min(high, math.floor(sub["maximum"]))
        if isinstance(sub.get("exclusiveMaximum"), int | float):
            high = min(high, math.ceil(sub["exclusiveMaximum"]) - 1)
    return low, high


class ParameterSet:
    """The compiled path/query parameters of one operation."""

    def __init__(self, op: Operation, compiler: SchemaCompiler) -> None:
        self.by_location: dict[str, list[CompiledParameter]] = {"path": [], "query": [], "header": []}
        for p in op.parameters:
            if p.location not in self.by_location:
                continue
            has_default, default = compiler.default_of(p.schema)
            self.by_location[p.location].append(
                CompiledParameter(
                    param=p,
                    schema=compiler.compile(p.schema),
                    types=compiler.types_of(p.schema),
                    item_types=compiler.types_of(compiler.items_of(p.schema)),
                    has_default=has_default,
                    default=default,
                    int_range=_int_range(compiler, p.schema),
                    is_uuid=compiler.resolve(p.schema).get("format") == "uuid",
                )
            )
        self.query_names = frozenset(c.param.name for c in self.by_location["query"])

    def path_values(self, raw: Mapping[str, str]) -> dict[str, Any]:
        """Path parameters; one that cannot be valid names a resource that cannot exist: 404."""
        out: dict[str, Any] = {}
        for cp in self.by_location["path"]:
            value = cp.coerce([raw.get(cp.param.name, "")])
            out_of_range = cp.range_problem(value)
            problems = [out_of_range] if out_of_range else cp.schema.messages(value, cp.param.name, limit=1)
            if problems:
                raise ApiError(404, problems[0])
            out[cp.param.name] = value
        return out

    def query_values(
        self, multi: Iterable[tuple[str, str]], extra: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """Coerced, validated query parameters with schema defaults filled in.

        `extra` carries values of declared query parameters that arrived in a JSON body (the SDKs
        send DELETE options that way); query-string values win.
        """
        grouped: dict[str, list[str]] = {}
        for key, value in multi:
            grouped.setdefault(key, []).append(value)
        out: dict[str, Any] = {}
        problems: list[str] = []
        for cp in self.by_location["query"]:
            name = cp.param.name
            if name in grouped:
                if len(grouped[name]) > 1 and "array" not in cp.types:
                    problems.append(
                        f"{name}: this parameter takes one value and was given {len(grouped[name])}"
                    )
                    continue
                value = cp.coerce(grouped[name])
            elif extra is not None and name in extra:
                given = extra[name]
                value = cp.coerce([given]) if isinstance(given, str) else given
            elif cp.param.required:
                problems.append(f"{name}: this parameter is required")
                continue
            else:
                if cp.has_default:
                    out[name] = cp.default
                continue
            out_of_range = cp.range_problem(value)
            problems.extend([out_of_range] if out_of_range else cp.schema.messages(value, name))
            out[name] = value
        if problems:
            raise ApiError(400, "; ".join(problems[:MAX_REPORTED_ERRORS]))
        return out


def parse_json_body(raw: bytes) -> Any:
    """Decode a JSON request body; anything unreadable is the client's fault (400), never a 500."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"request body is not valid UTF-8 (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    unrepresentable: list[str] = []

    def parse_float(literal: str) -> float:
        value = float(literal)
        if not math.isfinite(value):
            unrepresentable.append(literal)
        return value

    def parse_int(literal: str) -> int | float:
        if len(literal) > _MAX_JSON_INT_DIGITS:
            unrepresentable.append(literal)
            return math.inf
        return int(literal)

    try:
        value = json.loads(
            text, parse_constant=_reject_constant, parse_float=parse_float, parse_int=parse_int
        )
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, f"request body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise ApiError(400, "request body is not valid JSON: nested too deeply") from None
    except ValueError as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc}") from None
    if unrepresentable:
        where = _location("", _path_to_infinity(value) or []) or "request body"
        raise ApiError(400, f"{where}: {_short(unrepresentable[0])[1:-1]} is out of the range of numbers")
    if _SURROGATE_ESCAPE.search(text) and not _encodable(value):
        raise ApiError(400, "request body is not valid JSON: it escapes an unpaired UTF-16 surrogate")
    return value


def _path_to_infinity(value: Any) -> list[str | int] | None:
    """Where the first number too large for a double sits (it parsed as infinity)."""
    if isinstance(value, float) and not math.isfinite(value):
        return []
    items: Iterable[tuple[str | int, Any]] = (
        value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    )
    for key, sub in items:
        found = _path_to_infinity(sub)
        if found is not None:
            return [key, *found]
    return None


def _encodable(value: Any) -> bool:
    """No lone surrogates (`"\\ud800"` parses in Python but is no Unicode text)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(_encodable(k) and _encodable(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_encodable(v) for v in value)
    return True


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")
