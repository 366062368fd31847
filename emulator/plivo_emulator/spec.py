"""Load openapi.yaml once and compile each operation into what the request path needs.

Nothing here validates data; it only reads the document: the operations (method, path template,
parameters, request bodies, responses) with every `$ref` to a parameter, request body or response
resolved. Schemas keep their `$ref`s; validation.py resolves those against the whole document.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from . import spec_cache

SPEC_ENV = "PLIVO_EMULATOR_SPEC"
# libyaml's parser when PyYAML was built with it, else the pure-Python one
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# What decides the document a spec's bytes parse to, besides the bytes (see spec_cache.py).
PARSER_ID = f"PyYAML {yaml.__version__} {YAML_LOADER.__name__}"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

JsonObject = dict[str, Any]


class SpecError(Exception):
    """The document cannot drive the emulator (missing file, broken reference, unusable operation)."""


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: JsonObject
    explode: bool  # arrays in a query string: repeated keys (True) or one comma-separated value


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    parameters: tuple[Parameter, ...]
    body_required: bool
    bodies: Mapping[str, JsonObject | None]  # media type -> schema
    # media type -> form field -> content types allowed for its parts (`encoding.contentType`)
    encodings: Mapping[str, Mapping[str, tuple[str, ...]]]
    success_status: int
    responses: Mapping[str, JsonObject | None]  # status code ("200", "4XX", "DEFAULT") -> JSON schema
    secured: bool = True  # needs credentials (the operation's `security`, else the document's)


def response_key(responses: Mapping[str, object], status: int | str) -> str | None:
    """The key of `responses` (as `Operation.responses` spells them) that answers `status`: the
    status itself, its range (`4XX`) or, for an error status, `DEFAULT`; None when the operation does
    not declare it. `default` stands for the errors Plivo may add (it is `ApiErrorResponse` on every
    operation), so a success status counts as declared only when it is named."""
    code = str(status)
    fallbacks = (f"{code[0]}XX", "DEFAULT") if code[0] in "45" else (f"{code[0]}XX",)
    return next((k for k in (code, *fallbacks) if k in responses), None)


@dataclass(frozen=True)
class Spec:
    path: Path
    document: JsonObject
    operations: tuple[Operation, ...]

    @property
    def components(self) -> JsonObject:
        comps = self.document.get("components") or {}
        return comps if isinstance(comps, dict) else {}


def default_spec_path() -> Path:
    """The openapi.yaml shipped inside the wheel, else the one at the root of a source checkout."""
    here = Path(__file__).resolve()
    for candidate in (here.with_name("openapi.yaml"), here.parents[2] / "openapi.yaml"):
        if candidate.is_file():
            return candidate
    raise SpecError("no openapi.yaml found: pass --spec PATH or set " + SPEC_ENV)


def resolve_spec_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    chosen = explicit or os.environ.get(SPEC_ENV)
    return Path(chosen) if chosen else default_spec_path()


def load_yaml(source: str | bytes | BinaryIO) -> Any:
    """`yaml.safe_load` with libyaml's C parser when PyYAML has it (several times faster on the
    specs, which keeps start-up fast); the same documents either way."""
    return yaml.load(source, Loader=YAML_LOADER)


def _read_yaml(path: Path) -> JsonObject:
    try:
        raw = path.read_bytes()
        doc = spec_cache.load_document(raw, PARSER_ID, load_yaml)
    except OSError as exc:
        raise SpecError(f"cannot read spec {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise SpecError(f"spec {path} is not valid YAML: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict | None):
        raise SpecError(f"spec {path} is not an OpenAPI document")
    return doc


def pointer(document: JsonObject, ref: str) -> Any:
    """Follow a local `#/a/b` reference."""
    if not ref.startswith("#/"):
        raise SpecError(f"only local references are supported, got {ref!r}")
    node: Any = document
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise SpecError(f"unresolvable reference {ref!r}")
    return node


def deref(document: JsonObject, node: Any) -> Any:
    """Resolve a chain of `$ref`s on a parameter/response/request-body object."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise SpecError(f"reference cycle at {ref!r}")
        seen.add(ref)
        node = pointer(document, ref)
    return node


def _parameter(document: JsonObject, raw: Any, where: str) -> Parameter:
    obj = deref(document, raw)
    if not isinstance(obj, dict) or "name" not in obj or "in" not in obj:
        raise SpecError(f"{where}: malformed parameter {raw!r}")
    location = str(obj["in"])
    schema = obj.get("schema") or {}
    style = obj.get("style", "form" if location == "query" else "simple")
    return Parameter(
        name=str(obj["name"]),
        location=location,
        required=bool(obj.get("required", location == "path")),
        schema=schema if isinstance(schema, dict) else {},
        explode=bool(obj.get("explode", style == "form")),
    )


def _json_schema_of(content: Any) -> JsonObject | None:
    if not isinstance(content, dict):
        return None
    for media_type, media in content.items():
        if media_type.split(";")[0].strip().lower() in ("application/json", "*/*") and isinstance(
            media, dict
        ):
            schema = media.get("schema")
            return schema if isinstance(schema, dict) else {}
    return None


def _operation(
    document: JsonObject, path: str, method: str, raw: JsonObject, shared: list[Parameter]
) -> Operation:
    where = f"{method.upper()} {path}"
    op_id = raw.get("operationId")
    if not isinstance(op_id, str) or not op_id:
        raise SpecError(f"{where}: operationId missing")
    params = {(p.name, p.location): p for p in shared}
    for raw_param in raw.get("parameters") or []:
        p = _parameter(document, raw_param, where)
        params[(p.name, p.location)] = p

    bodies: dict[str, JsonObject | None] = {}
    encodings: dict[str, dict[str, tuple[str, ...]]] = {}
    body_required = False
    if "requestBody" in raw:
        rb = deref(document, raw["requestBody"])
        body_required = bool(rb.get("required", False))
        for raw_type, media in (rb.get("content") or {}).items():
            media_type = raw_type.split(";")[0].strip().lower()
            schema = media.get("schema") if isinstance(media, dict) else None
            bodies[media_type] = schema if isinstance(schema, dict) else None
            for name, enc in ((media or {}).get("encoding") or {}).items():
                types = str((enc or {}).get("contentType") or "")
                encodings.setdefault(media_type, {})[name] = tuple(
                    t.strip().lower() for t in types.split(",") if t.strip()
                )

    responses: dict[str, JsonObject | None] = {}
    for status, resp_raw in (raw.get("responses") or {}).items():
        resp = deref(document, resp_raw)
        responses[str(status).upper()] = (
            _json_schema_of(resp.get("content")) if isinstance(resp, dict) else None
        )
    successes = sorted(int(s) for s in responses if s.isdigit() and 200 <= int(s) < 300)
    if not successes:
        raise SpecError(f"{where} ({op_id}): no 2xx response")

    return Operation(
        operation_id=op_id,
        method=method.upper(),
        path=path,
        parameters=tuple(params.values()),
        body_required=body_required,
        bodies=bodies,
        encodings=encodings,
        success_status=successes[0],
        responses=responses,
        secured=bool(raw.get("security", document.get("security"))),
    )


def webhook_operations(document: JsonObject) -> tuple[Operation, ...]:
    """The requests Plivo sends to the user's URLs (`webhooks`), compiled like operations; the
    webhook's name stands in for the path."""
    out: list[Operation] = []
    for name, item_raw in (document.get("webhooks") or {}).items():
        item = deref(document, item_raw)
        shared = [_parameter(document, p, name) for p in item.get("parameters") or []]
        for method in HTTP_METHODS:
            if method in item:
                out.append(_operation(document, name, method, item[method], shared))
    return tuple(out)


def load_spec(path: str | os.PathLike[str] | None = None) -> Spec:
    spec_path = resolve_spec_path(path)
    document = _read_yaml(spec_path)
    operations: list[Operation] = []
    seen_ids: dict[str, str] = {}
    for path_template, item_raw in (document.get("paths") or {}).items():
        item = deref(document, item_raw)
        shared = [_parameter(document, p, path_template) for p in item.get("parameters") or []]
        for method in HTTP_METHODS:
            if method in item:
                op = _operation(document, path_template, method, item[method], shared)
                if op.operation_id in seen_ids:
                    raise SpecError(f"operationId {op.operation_id} used twice ({seen_ids[op.operation_id]})")
                seen_ids[op.operation_id] = f"{op.method} {path_template}"
                operations.append(op)
    return Spec(path=spec_path, document=document, operations=tuple(operations))
