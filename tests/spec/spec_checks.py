"""Checks of openapi.yaml's structure and conventions.

Every check takes the loaded document (and the operation table where it needs it) and returns the problems
it found as readable sentences; an empty list means the check passed. The tests run them on the real
document, and again on deliberately broken copies to prove each problem is reported.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from plivo_emulator.spec import SpecError, pointer
from plivo_emulator.spec import deref as follow_refs
from referencing import Registry
from referencing.jsonschema import DRAFT202012

Json = Any
Pointer = tuple[str | int, ...]

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "405": "MethodNotAllowed",
    "429": "TooManyRequests",
    "500": "ServerError",
    "default": "UnexpectedError",
}
SIGNATURE_HEADERS = ("X-Plivo-Signature-V3", "X-Plivo-Signature-V3-Nonce")
COMPONENT_KINDS = (
    "schemas",
    "parameters",
    "responses",
    "headers",
    "links",
    "examples",
    "requestBodies",
    "callbacks",
    "pathItems",
    "securitySchemes",
)
CAMEL_CASE = re.compile(r"^[a-z][a-zA-Z0-9]*$")
SHARED_AUTH_ID = "#/components/parameters/AuthId"
# The document is registered under this URI so schemas anywhere in it can be addressed by JSON pointer
# and their `#/components/...` references resolve against the whole document.
DOCUMENT_URI = "urn:plivo-messaging:openapi"

# Subschema keywords of JSON Schema 2020-12, split by the shape of their value.
_SCHEMA_VALUED = (
    "additionalProperties",
    "items",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")


@dataclass(frozen=True)
class Row:
    """One row of tests/spec/endpoints.tsv: an operation the contract must describe."""

    method: str
    path: str
    operation_id: str
    success_status: str
    tag: str
    unconfirmed: bool


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    op: dict[str, Json]
    path_item: dict[str, Json]

    @property
    def name(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.op.get('operationId', 'no operationId')})"


@dataclass(frozen=True)
class Example:
    """An example (or a schema's default) value and the JSON pointer of the schema it must satisfy."""

    where: Pointer
    schema_at: Pointer | None
    value: Json
    is_default: bool = False


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML loader that refuses a key written twice in one mapping (plain YAML loading keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_spec(text: str) -> Json:
    return yaml.load(text, Loader=_UniqueKeyLoader)


def load_table(path: Path) -> list[Row]:
    with path.open(newline="") as f:
        return [
            Row(
                method=r["method"].lower(),
                path=r["path"],
                operation_id=r["operation_id"],
                success_status=r["success_status"],
                tag=r["tag"],
                unconfirmed=r["unconfirmed"] == "yes",
            )
            for r in csv.DictReader(f, delimiter="\t")
        ]


def show(where: Pointer) -> str:
    return " > ".join(str(p) for p in where) or "(document)"


def _escape(part: str | int) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def to_ref(where: Pointer) -> str:
    return "#/" + "/".join(_escape(p) for p in where)


def lookup(spec: Json, ref: str) -> Json:
    """The node a local `$ref` points at; LookupError when it points nowhere."""
    if not ref.startswith("#/"):
        raise LookupError(f"{ref} is not a reference inside this document")
    try:
        return pointer(spec, ref)
    except SpecError:
        raise LookupError(f"{ref} does not resolve") from None


def deref(spec: Json, node: Json) -> Json:
    """Follow a chain of `$ref`s to the object they stand for; None if one dangles (check_refs says so)."""
    try:
        return follow_refs(spec, node)
    except SpecError:  # a dangling reference or a cycle
        return None


def operations(spec: Json, section: str = "paths") -> Iterator[Operation]:
    for path, item in (spec.get(section) or {}).items():
        for method in METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield Operation(path, method, item[method], item)


def parameters(op: Operation) -> list[Json]:
    """The operation's parameters, path-item ones first, as written (references unresolved)."""
    return [*(op.path_item.get("parameters") or []), *(op.op.get("parameters") or [])]


# --- the document as a whole ------------------------------------------------------------------------------


def check_openapi_valid(spec: Json) -> list[str]:
    try:
        return [
            f"{show(tuple(e.absolute_path))}: {e.message}"
            for e in OpenAPIV31SpecValidator(spec).iter_errors()
        ]
    except Exception as e:  # the validator raises (not reports) on references it cannot follow
        return [f"openapi-spec-validator stopped: {type(e).__name__}: {str(e)[:300]}"]


def _walk_refs(node: Json, where: Pointer = ()) -> Iterator[tuple[str, Pointer]]:
    """Every `$ref` in the document, skipping example values (they are data, not schema)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref, (*where, "$ref")
        in_example_object = len(where) >= 2 and where[-2] == "examples"
        for key, value in node.items():
            if key == "example" or (key == "examples" and isinstance(value, list)):
                continue
            if key == "value" and in_example_object:
                continue
            yield from _walk_refs(value, (*where, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_refs(value, (*where, i))


def check_refs(spec: Json) -> list[str]:
    problems = []
    for ref, where in _walk_refs(spec):
        try:
            lookup(spec, ref)
        except LookupError as e:
            problems.append(f"{show(where)}: {e}")
    return problems


def _component_of(ref: str) -> tuple[str, str] | None:
    parts = ref.split("/")
    if len(parts) >= 4 and parts[:2] == ["#", "components"]:
        return parts[2], parts[3].replace("~1", "/").replace("~0", "~")
    return None


def check_unused_components(spec: Json) -> list[str]:
    """Components nothing reaches from the paths, webhooks or security requirements."""
    components = spec.get("components") or {}
    outside = {k: v for k, v in spec.items() if k != "components"}
    pending = [ref for ref, _ in _walk_refs(outside)]
    used: set[tuple[str, str]] = set()
    requirements = list(spec.get("security") or [])
    for section in ("paths", "webhooks"):
        requirements += [r for op in operations(spec, section) for r in op.op.get("security") or []]
    used |= {("securitySchemes", name) for req in requirements for name in req}
    while pending:
        target = _component_of(pending.pop())
        if target is None or target in used:
            continue
        used.add(target)
        kind, name = target
        pending += [ref for ref, _ in _walk_refs((components.get(kind) or {}).get(name))]
    return [
        f"components > {kind} > {name} is not used"
        for kind in COMPONENT_KINDS
        for name in components.get(kind) or {}
        if (kind, name) not in used
    ]


# --- examples ---------------------------------------------------------------------------------------------


def _schema_examples(schema: Json, at: Pointer) -> Iterator[Example]:
    if not isinstance(schema, dict):
        return
    listed = schema.get("examples")
    for i, value in enumerate(listed if isinstance(listed, list) else []):
        yield Example((*at, "examples", i), at, value)
    if "example" in schema:  # deprecated in 3.1, still checked when someone writes it
        yield Example((*at, "example"), at, schema["example"])
    if "default" in schema:
        yield Example((*at, "default"), at, schema["default"], is_default=True)
    for key in _SCHEMA_VALUED:
        if isinstance(schema.get(key), dict):
            yield from _schema_examples(schema[key], (*at, key))
    for key in _SCHEMA_LISTS:
        for i, sub in enumerate(schema.get(key) or []):
            yield from _schema_examples(sub, (*at, key, i))
    for key in _SCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from _schema_examples(sub, (*at, key, name))


def _holder_examples(spec: Json, holder: Json, at: Pointer) -> Iterator[Example]:
    """Examples of a parameter, header or media type: `example`, `examples`, and its schema's own."""
    if not isinstance(holder, dict) or "$ref" in holder:
        return  # a referenced component is visited once, where it is defined
    schema_at = (*at, "schema") if "schema" in holder else None
    if "example" in holder:
        yield Example((*at, "example"), schema_at, holder["example"])
    for name, example in (holder.get("examples") or {}).items():
        resolved = deref(spec, example)
        if isinstance(resolved, dict) and "value" in resolved:
            yield Example((*at, "examples", name), schema_at, resolved["value"])
    if schema_at is not None:
        yield from _schema_examples(holder["schema"], schema_at)
    yield from _content_examples(spec, holder.get("content"), at)


def _content_examples(spec: Json, content: Json, at: Pointer) -> Iterator[Example]:
    for media, holder in (content or {}).items():
        yield from _holder_examples(spec, holder, (*at, "content", media))
        for name, encoding in ((holder or {}).get("encoding") or {}).items():
            for header, h in ((encoding or {}).get("headers") or {}).items():
                where = (*at, "content", media, "encoding", name, "headers", header)
                yield from _holder_examples(spec, h, where)


def _response_examples(spec: Json, response: Json, at: Pointer) -> Iterator[Example]:
    if not isinstance(response, dict) or "$ref" in response:
        return
    for name, header in (response.get("headers") or {}).items():
        yield from _holder_examples(spec, header, (*at, "headers", name))
    yield from _content_examples(spec, response.get("content"), at)


def _path_item_examples(spec: Json, item: Json, at: Pointer) -> Iterator[Example]:
    if not isinstance(item, dict) or "$ref" in item:
        return
    for i, param in enumerate(item.get("parameters") or []):
        yield from _holder_examples(spec, param, (*at, "parameters", i))
    for method in METHODS:
        op = item.get(method)
        if not isinstance(op, dict):
            continue
        for i, param in enumerate(op.get("parameters") or []):
            yield from _holder_examples(spec, param, (*at, method, "parameters", i))
        body = op.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            yield from _content_examples(spec, body.get("content"), (*at, method, "requestBody"))
        for status, response in (op.get("responses") or {}).items():
            yield from _response_examples(spec, response, (*at, method, "responses", status))
        for name, callback in (op.get("callbacks") or {}).items():
            if isinstance(callback, dict) and "$ref" not in callback:
                for expr, cb_item in callback.items():
                    yield from _path_item_examples(spec, cb_item, (*at, method, "callbacks", name, expr))


def collect_examples(spec: Json) -> list[Example]:
    """Every example and schema default in the document, each with the schema it must satisfy."""
    found: list[Example] = []
    for section in ("paths", "webhooks"):
        for path, item in (spec.get(section) or {}).items():
            found += _path_item_examples(spec, item, (section, path))
    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        found += _schema_examples(schema, ("components", "schemas", name))
    for kind in ("parameters", "headers"):
        for name, holder in (components.get(kind) or {}).items():
            found += _holder_examples(spec, holder, ("components", kind, name))
    for name, response in (components.get("responses") or {}).items():
        found += _response_examples(spec, response, ("components", "responses", name))
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict) and "$ref" not in body:
            found += _content_examples(spec, body.get("content"), ("components", "requestBodies", name))
    for name, item in (components.get("pathItems") or {}).items():
        found += _path_item_examples(spec, item, ("components", "pathItems", name))
    return found


def check_examples(spec: Json) -> tuple[int, list[str]]:
    """Validate every example and default against its schema (JSON Schema 2020-12, formats asserted).

    Returns the number of examples (defaults not counted) and the problems."""
    registry: Registry[Json] = Registry().with_resource(DOCUMENT_URI, DRAFT202012.create_resource(spec))
    examples = collect_examples(spec)
    problems = []
    for example in examples:
        if example.schema_at is None:
            problems.append(f"{show(example.where)}: an example without a schema to check it against")
            continue
        validator = Draft202012Validator(
            {"$ref": DOCUMENT_URI + to_ref(example.schema_at)},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        try:
            errors = sorted(validator.iter_errors(example.value), key=lambda e: list(e.absolute_path))
        except Exception as e:  # an unresolvable $ref inside the schema stops validation
            problems.append(f"{show(example.where)}: cannot validate: {type(e).__name__}: {str(e)[:200]}")
            continue
        for error in errors:
            inside = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problems.append(f"{show(example.where)} at {inside}: {error.message[:300]}")
    return sum(not e.is_default for e in examples), problems


# --- operations -------------------------------------------------------------------------------------------


def _has_own_example(spec: Json, holder: Json) -> bool:
    """A parameter, request body or response with `example`/`examples` of its own or on a media type."""
    resolved = deref(spec, holder)
    if not isinstance(resolved, dict):
        return False
    if "example" in resolved or resolved.get("examples"):
        return True
    return any(
        isinstance(m, dict) and ("example" in m or bool(m.get("examples")))
        for m in (resolved.get("content") or {}).values()
    )


def _has_example(spec: Json, op: Operation) -> bool:
    """A request or success-response example, or an example of a parameter of its own."""
    if "requestBody" in op.op and _has_own_example(spec, op.op["requestBody"]):
        return True
    responses = op.op.get("responses") or {}
    if any(_has_own_example(spec, r) for s, r in responses.items() if str(s).startswith("2")):
        return True
    return any(
        _has_own_example(spec, p)
        for p in parameters(op)
        if not (isinstance(p, dict) and p.get("$ref") == SHARED_AUTH_ID)
    )


def _check_errors(spec: Json, op: Operation) -> list[str]:
    problems = []
    responses = op.op.get("responses") or {}
    for status, name in ERROR_RESPONSES.items():
        response = responses.get(status)
        expected = f"#/components/responses/{name}"
        if not (isinstance(response, dict) and response.get("$ref") == expected):
            problems.append(f"{op.name}: response {status} must be {{$ref: '{expected}'}}")
    for status, response in responses.items():
        shared = str((response or {}).get("$ref", "")).startswith("#/components/responses/")
        if (str(status)[0] in "45" or status == "default") and not shared:
            problems.append(f"{op.name}: error response {status} must refer to a shared response")
    too_many = deref(spec, responses.get("429"))
    headers = {h.lower() for h in ((too_many or {}).get("headers") or {})}
    if "retry-after" not in headers:
        problems.append(f"{op.name}: the 429 response does not document the Retry-After header")
    return problems


def _check_success(spec: Json, op: Operation, row: Row | None) -> list[str]:
    if row is None:
        return []  # check_coverage reports operations missing from the table
    responses = {str(s): r for s, r in (op.op.get("responses") or {}).items()}
    if row.success_status not in responses:
        success = sorted(s for s in responses if s.startswith("2"))
        return [f"{op.name}: no {row.success_status} response (the table's success status); has {success}"]
    response = deref(spec, responses[row.success_status])
    content = (response or {}).get("content") or {}
    if row.success_status == "204":
        return [f"{op.name}: a 204 response has no body"] if content else []
    if not any(isinstance(m, dict) and "schema" in m for m in content.values()):
        return [f"{op.name}: the {row.success_status} response has no schema"]
    if not _has_own_example(spec, response):
        return [f"{op.name}: the {row.success_status} response has no example"]
    return []


def check_operations(spec: Json, rows: list[Row]) -> list[str]:
    """Per-operation conventions: ids, summary, tags, errors, examples, success status, unconfirmed flag."""
    table = {(r.method, r.path): r for r in rows}
    declared_tags = {t.get("name") for t in spec.get("tags") or []}
    ids = Counter(op.op.get("operationId") for op in operations(spec))
    problems = []
    for op in operations(spec):
        row = table.get((op.method, op.path))
        op_id = op.op.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            problems.append(f"{op.name}: no operationId")
        else:
            if not CAMEL_CASE.match(op_id):
                problems.append(f"{op.name}: operationId is not camelCase")
            if ids[op_id] > 1:
                problems.append(f"{op.name}: operationId is used {ids[op_id]} times")
        for field in ("summary", "description"):
            if not (isinstance(op.op.get(field), str) and op.op[field].strip()):
                problems.append(f"{op.name}: no {field}")
        tags = op.op.get("tags") or []
        if len(tags) != 1:
            problems.append(f"{op.name}: has {len(tags)} tags, needs exactly one")
        elif tags[0] not in declared_tags:
            problems.append(f"{op.name}: tag {tags[0]!r} is not declared in the top-level tags")
        elif row is not None and tags[0] != row.tag:
            problems.append(f"{op.name}: tag {tags[0]!r}, the table says {row.tag!r}")
        problems += _check_errors(spec, op)
        if not _has_example(spec, op):
            problems.append(f"{op.name}: no request or response example")
        problems += _check_success(spec, op, row)
        flagged = op.op.get("x-plivo-unconfirmed") is True
        if row is not None and flagged != row.unconfirmed:
            want = "needs" if row.unconfirmed else "must not have"
            problems.append(f"{op.name}: {want} x-plivo-unconfirmed: true (the table's unconfirmed column)")
    return problems


def check_coverage(spec: Json, rows: list[Row]) -> list[str]:
    """The spec's paths describe exactly the table's operations, with the table's operationIds."""
    in_spec = {(op.method, op.path): op.op.get("operationId") for op in operations(spec)}
    in_table = {(r.method, r.path): r.operation_id for r in rows}
    problems = [
        f"{m.upper()} {p} ({op_id}) is in the table but not in the spec"
        for (m, p), op_id in in_table.items()
        if (m, p) not in in_spec
    ]
    problems += [
        f"{m.upper()} {p} ({op_id}) is in the spec but not in the table"
        for (m, p), op_id in in_spec.items()
        if (m, p) not in in_table
    ]
    problems += [
        f"{m.upper()} {p}: operationId {in_spec[m, p]!r}, the table says {op_id!r}"
        for (m, p), op_id in in_table.items()
        if (m, p) in in_spec and in_spec[m, p] != op_id
    ]
    return problems


# --- pagination and webhooks ------------------------------------------------------------------------------


def _properties(spec: Json, schema: Json) -> dict[str, Json]:
    """Declared properties of an object schema, through references and allOf."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict):
        return {}
    props = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        props.update(_properties(spec, part))
    return props


def list_operations(spec: Json) -> list[tuple[Operation, Json]]:
    """GET operations whose success body is an object with `meta`, with that `meta` property."""
    found = []
    for op in operations(spec):
        if op.method != "get":
            continue
        for status, response in (op.op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for media in ((deref(spec, response) or {}).get("content") or {}).values():
                meta = _properties(spec, (media or {}).get("schema")).get("meta")
                if meta is not None:
                    found.append((op, meta))
                    break
    return found


def check_pagination(spec: Json) -> tuple[int, list[str]]:
    problems = []
    lists = list_operations(spec)
    for op, meta in lists:
        refs = {p.get("$ref") for p in parameters(op) if isinstance(p, dict)}
        for name in ("Limit", "Offset"):
            if f"#/components/parameters/{name}" not in refs:
                problems.append(f"{op.name}: a list without the shared {name} parameter")
        if not (isinstance(meta, dict) and meta.get("$ref") == "#/components/schemas/PaginationMeta"):
            problems.append(f"{op.name}: `meta` must be {{$ref: '#/components/schemas/PaginationMeta'}}")
    return len(lists), problems


def check_webhooks(spec: Json) -> tuple[int, list[str]]:
    """Webhook bodies are named component schemas and the V3 signature headers are declared."""
    hooks = spec.get("webhooks")
    if not isinstance(hooks, dict) or not hooks:
        return 0, ["the document has no webhooks"]
    problems = []
    for name in hooks:
        ops = [op for op in operations(spec, "webhooks") if op.path == name]
        if not ops:
            problems.append(f"webhook {name}: no operation")
        for op in ops:
            where = f"webhook {name} ({op.method.upper()})"
            headers = set()
            for param in parameters(op):
                resolved = deref(spec, param)
                if isinstance(resolved, dict) and resolved.get("in") == "header":
                    headers.add(str(resolved.get("name", "")).lower())
            for header in SIGNATURE_HEADERS:
                if header.lower() not in headers:
                    problems.append(f"{where}: does not declare the {header} header parameter")
            if op.method == "get":
                continue  # a GET callback carries its fields in the query, declared as parameters
            body = deref(spec, op.op.get("requestBody"))
            content = (body or {}).get("content") or {}
            if not content:
                problems.append(f"{where}: no request body")
            for media, holder in content.items():
                ref = str(((holder or {}).get("schema") or {}).get("$ref", ""))
                target = _component_of(ref)
                if not (target and target[0] == "schemas" and ref == f"#/components/schemas/{target[1]}"):
                    problems.append(f"{where}: the {media} body must refer to a named component schema")
    return len(hooks), problems
