"""What the generation tests expect, read from openapi.yaml and generator-config.yaml.

Everything here is derived from the spec with the generator's own naming rules, so the tests grow with
the spec: a new operation or schema is tested without touching the tests.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "openapi.yaml"
GENERATED = REPO / "generated" / "plivo-messaging"
PACKAGE = "plivo_messaging"
AUTH_ID = "MAXXXXXXXXXXXXXXXXXX"
AUTH_TOKEN = "test-auth-token"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

sys.path.insert(0, str(REPO / "scripts"))
import derive_client_spec as derive_client_spec  # noqa: E402  (a build script, not an installed module)

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
CONFIG: dict[str, Any] = yaml.safe_load((REPO / "generator-config.yaml").read_text(encoding="utf-8"))
FIELD_PREFIX: str = CONFIG.get("field_prefix", "field_")
CLASS_OVERRIDES: dict[str, str] = {
    name: override["class_name"]
    for name, override in (CONFIG.get("class_overrides") or {}).items()
    if override.get("class_name")
}


def resolve(node: Any) -> Any:
    """Follow local `$ref`s until a node that is not a reference."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"cannot resolve {ref}")
        seen.add(ref)
        node = SPEC
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def ref_name(node: Any) -> str | None:
    """The component name a `{$ref: '#/components/schemas/X'}` points to."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
    return None


def class_name(schema_name: str) -> str:
    """The Python name the generator gives a component schema."""
    name = str(ClassName(schema_name, FIELD_PREFIX))
    return CLASS_OVERRIDES.get(name, name)


def python_name(name: str) -> str:
    """The Python argument name the generator gives a parameter."""
    return str(PythonIdentifier(name, FIELD_PREFIX))


def examples_of(node: dict[str, Any]) -> list[Any]:
    """Examples declared on a schema, parameter or media type (`examples` list or map, or `example`)."""
    found: list[Any] = []
    examples = node.get("examples")
    if isinstance(examples, list):
        found.extend(examples)
    elif isinstance(examples, dict):
        found.extend(resolve(ex)["value"] for ex in examples.values() if "value" in resolve(ex))
    if "example" in node:
        found.append(node["example"])
    return found


def schema_examples(schema: Any) -> list[Any]:
    """Examples of a schema, looking through a `$ref` to the component's own examples."""
    if not isinstance(schema, dict):
        return []
    own = examples_of(schema)
    return own or (examples_of(resolve(schema)) if "$ref" in schema else [])


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    examples: list[Any]


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str  # full spec path, with {auth_id}
    module: str  # dotted module of the generated functions
    params: list[Param] = field(default_factory=list)
    body_content_type: str | None = None
    body_examples: list[Any] = field(default_factory=list)
    success_status: int = 200
    success_examples: list[Any] = field(default_factory=list)
    success_has_body: bool = False

    def __str__(self) -> str:
        return self.operation_id


def _params(path_item: dict[str, Any], operation: dict[str, Any]) -> list[Param]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        param = resolve(raw)
        merged[(param["name"], param["in"])] = param
    out = []
    for (name, location), param in merged.items():
        schema = param.get("schema", {})
        out.append(
            Param(
                name=name,
                location=location,
                required=bool(param.get("required")),
                schema=schema,
                examples=examples_of(param) or schema_examples(schema),
            )
        )
    return out


def _operation(path: str, method: str, path_item: dict[str, Any], operation: dict[str, Any]) -> Operation:
    tag = (operation.get("tags") or ["default"])[0]
    tag_module = PythonIdentifier(derive_client_spec.TAG_MODULES.get(tag, tag), "tag")
    op = Operation(
        operation_id=operation["operationId"],
        method=method.upper(),
        path=path,
        module=f"{PACKAGE}.api.{tag_module}.{PythonIdentifier(operation['operationId'], FIELD_PREFIX)}",
        params=_params(path_item, operation),
    )
    body = resolve(operation.get("requestBody")) if operation.get("requestBody") else None
    if body:
        content_type, media = next(iter(body["content"].items()))
        op.body_content_type = content_type
        op.body_examples = examples_of(media) or schema_examples(media.get("schema"))
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2"):
            response = resolve(response)
            op.success_status = int(status)
            media = (response.get("content") or {}).get("application/json")
            op.success_has_body = media is not None
            if media is not None:
                op.success_examples = examples_of(media) or schema_examples(media.get("schema"))
            break
    return op


def operations() -> list[Operation]:
    """Every operation of openapi.yaml, in document order."""
    ops = []
    for path, item in (SPEC.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                ops.append(_operation(path, method, item, item[method]))
    return ops


def component_schemas() -> dict[str, dict[str, Any]]:
    return dict((SPEC.get("components") or {}).get("schemas") or {})
