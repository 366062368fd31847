"""Each generated operation sends the method, path, query and body the spec describes.

The operation's functions are called with values taken from the spec's examples; an in-process httpx
transport records the request and answers with the documented success example, which must parse.
"""

from __future__ import annotations

import importlib
import inspect
import json
import typing
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from generation_support import AUTH_ID, AUTH_TOKEN, Operation, Param, operations, python_name, resolve
from plivo_messaging import PlivoClient
from plivo_messaging.models import ApiErrorResponse
from plivo_messaging.types import File
from test_generation_models import same_json

OPERATIONS = operations()
MakeClient = Callable[[Callable[[httpx.Request], httpx.Response]], PlivoClient]


def _synthetic(schema: dict[str, Any]) -> Any:
    """A valid value for a required parameter the spec gives no example for."""
    schema = resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("format") == "uuid":
        return "6e1b6f52-8b41-4a0e-9a47-7d1c8a1f0b6e"
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), "string") if isinstance(kind, list) else kind
    return {"integer": 1, "number": 1.5, "boolean": True}.get(str(kind), "x1")


def _python_value(schema: dict[str, Any], value: Any) -> Any:
    """The Python type the generated signature takes for a JSON value of `schema`."""
    fmt = resolve(schema).get("format")
    if isinstance(value, str) and fmt == "uuid":
        return uuid.UUID(value)
    if isinstance(value, str) and fmt == "date-time":
        return datetime.fromisoformat(value)
    if isinstance(value, str) and fmt == "date":
        return date.fromisoformat(value)
    return value


def _wire(value: Any) -> str:
    """How httpx writes a query or path value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


# The generator renames parameters called like its own arguments, and parameters whose Python names
# clash across locations, by adding `_<location>` (`url` becomes `url_query`).
RESERVED_ARGUMENTS = ("client", "url")


def _argument_names(params: list[Param]) -> dict[int, str]:
    names = {id(p): python_name(p.name) for p in params}
    for param in params:
        if names[id(param)] in RESERVED_ARGUMENTS:
            names[id(param)] = python_name(f"{names[id(param)]}_{param.location}")
    for param in params:
        clashing = [p for p in params if p is not param and names[id(p)] == names[id(param)]]
        for p in [param, *clashing] if clashing else []:
            names[id(p)] = python_name(f"{python_name(p.name)}_{p.location}")
    return names


def _arguments(operation: Operation) -> tuple[dict[str, Any], dict[str, Param]]:
    """Keyword arguments for the call, and the spec parameter each one stands for."""
    kwargs: dict[str, Any] = {}
    used: dict[str, Param] = {}
    params = [p for p in operation.params if not (p.location == "path" and p.name == "auth_id")]
    names = _argument_names(params)  # auth_id is part of the client's base URL
    for param in params:
        if param.examples:
            value = param.examples[0]
        elif param.required:
            value = _synthetic(param.schema)
        else:
            continue
        kwargs[names[id(param)]] = _python_value(param.schema, value)
        used[names[id(param)]] = param
    return kwargs, used


def _body(operation: Operation, module: Any) -> Any:
    hint = typing.get_type_hints(module.sync_detailed)["body"]
    # An optional body is `Model | Unset`; the model is the member that parses dicts.
    body_type = next((t for t in (typing.get_args(hint) or (hint,)) if hasattr(t, "from_dict")), hint)
    if not operation.body_examples:
        pytest.fail(f"{operation}: request body has no example to send")
    example = operation.body_examples[0]
    if operation.body_content_type == "multipart/form-data":
        # Multipart examples name the files; the model takes File objects with their bytes.
        parsed = body_type.from_dict(
            {
                key: [b"content"] * len(value) if isinstance(value, list) else b"content"
                for key, value in example.items()
            }
        )
        for index, item in enumerate(parsed.file):
            parsed.file[index] = File(
                payload=item.payload, file_name=f"upload-{index}.png", mime_type="image/png"
            )
        return parsed
    return body_type.from_dict(example) if hasattr(body_type, "from_dict") else example


def _respond(status: int, example: Any | None) -> httpx.Response:
    if example is None:
        return httpx.Response(status)
    return httpx.Response(status, json=example)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_request_matches_spec(operation: Operation, mock_client: MakeClient) -> None:
    module = importlib.import_module(operation.module)
    kwargs, used = _arguments(operation)
    assert set(kwargs) <= set(inspect.signature(module.sync_detailed).parameters), "argument names differ"
    if operation.body_content_type:
        kwargs["body"] = _body(operation, module)

    seen: list[httpx.Request] = []
    success_example = operation.success_examples[0] if operation.success_examples else None

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _respond(operation.success_status, success_example if operation.success_has_body else None)

    with mock_client(handler) as client:
        response = module.sync_detailed(client=client, **kwargs)
    assert len(seen) == 1
    request = seen[0]

    assert request.method == operation.method
    path_values = {p.name: quote(_wire(kwargs[k]), safe="") for k, p in used.items() if p.location == "path"}
    path_values["auth_id"] = AUTH_ID
    assert request.url.path == operation.path.format(**path_values)
    assert request.url.host == "api.plivo.test"
    assert request.headers["authorization"] == httpx.BasicAuth(AUTH_ID, AUTH_TOKEN)._auth_header

    declared_query = {p.name for p in operation.params if p.location == "query"}
    assert set(request.url.params.keys()) <= declared_query, "query parameter the spec does not declare"
    for key, param in used.items():
        if param.location != "query":
            continue
        value = kwargs[key]
        expected = [_wire(v) for v in value] if isinstance(value, list) else [_wire(value)]
        assert request.url.params.get_list(param.name) == expected, param.name

    if operation.body_content_type == "application/json":
        assert request.headers["content-type"] == "application/json"
        sent = json.loads(request.content)
        assert same_json(sent, operation.body_examples[0]), (sent, operation.body_examples[0])
    elif operation.body_content_type == "multipart/form-data":
        assert request.headers["content-type"].startswith("multipart/form-data")
        for name in operation.body_examples[0]:
            assert f'name="{name}"'.encode() in request.content
    elif operation.body_content_type is None:
        assert request.content == b"", "an operation without requestBody sent a body"
    else:
        pytest.fail(f"untested request content type {operation.body_content_type}")

    assert response.status_code == operation.success_status
    if operation.success_has_body:
        assert response.parsed is not None, "the documented success example did not parse"
        assert not isinstance(response.parsed, ApiErrorResponse)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_documented_error_parses(operation: Operation, mock_client: MakeClient) -> None:
    """A 400 with Plivo's error body comes back as ApiErrorResponse, not as an exception or None."""
    module = importlib.import_module(operation.module)
    kwargs, _ = _arguments(operation)
    if operation.body_content_type:
        kwargs["body"] = _body(operation, module)
    error = {"api_id": "2d5c1c1e-8a4b-11ef-9a2b-0242ac110002", "error": "dst: this parameter is required"}
    with mock_client(lambda request: httpx.Response(400, json=error)) as client:
        response = module.sync_detailed(client=client, **kwargs)
    assert isinstance(response.parsed, ApiErrorResponse)
    assert response.parsed.error == error["error"]
