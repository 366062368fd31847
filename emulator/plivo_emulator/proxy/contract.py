"""Requests and responses checked against openapi.yaml with the emulator's own machinery: the same
spec loader, router, compiled parameters and JSON Schema validators (`runtime.compile_operation`).

Findings point into a pseudo-document of each message: `/path/<name>`, `/query/<name>`,
`/header/<name>` and `/body/...` (JSON pointers).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import Headers

from ..app import parse_multipart
from ..errors import ApiError
from ..routing import Router
from ..runtime import CompiledOperation, compile_operation
from ..spec import JsonObject, Operation, deref, load_spec, response_key, webhook_operations
from ..validation import CompiledSchema, SchemaCompiler, parse_json_body
from .walk import SchemaWalker, WalkResult

REQUEST, RESPONSE, STATUS, FIELD, ENUM = "request", "response", "status", "field", "enum"


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str  # percent-decoded, as the router sees it
    query: str  # raw query string
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        return _header(self.headers, name)


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes  # content-encoding removed

    def header(self, name: str) -> str | None:
        return _header(self.headers, name)


def _header(headers: tuple[tuple[str, str], ...], name: str) -> str | None:
    wanted = name.lower()
    return next((v for k, v in headers if k.lower() == wanted), None)


def media_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


@dataclass(frozen=True)
class Finding:
    kind: str  # request | response | status | field | enum
    pointer: str
    message: str
    value: str | None = None  # the unlisted enumeration value


@dataclass
class Checked:
    """One exchange as the contract sees it."""

    kind: str  # api | callback
    method: str
    path: str  # the operation's path template (the webhook's name for callbacks), else the raw path
    operation: str | None  # operationId, None when no operation matches
    status: int | None = None
    blocked: bool = False
    upstream_error: str | None = None
    findings: list[Finding] = field(default_factory=list)
    seen_fields: set[str] = field(default_factory=set)

    def of(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]


@dataclass(frozen=True)
class ResponseSpec:
    media_types: tuple[str, ...]
    headers: tuple[tuple[str, bool, CompiledSchema, frozenset[str]], ...]  # name, required, schema, types


@dataclass(frozen=True)
class ContractOperation:
    compiled: CompiledOperation
    responses: Mapping[str, ResponseSpec]
    webhook: bool  # a request Plivo sends: its fields are in the request body

    @property
    def op(self) -> Operation:
        return self.compiled.op


class Contract:
    def __init__(self, spec_path: str | os.PathLike[str] | None = None) -> None:
        self.spec = load_spec(spec_path)
        self.compiler = SchemaCompiler(self.spec.document)
        self.walker = SchemaWalker(self.compiler)
        self.router = Router(self.spec.operations)
        document = self.spec.document
        self.operations = {
            op.operation_id: self._compile(op, deref(document, document["paths"][op.path])[op.method.lower()])
            for op in self.spec.operations
        }
        self.webhooks = {
            op.operation_id: self._compile(
                op, deref(document, document["webhooks"][op.path])[op.method.lower()], webhook=True
            )
            for op in webhook_operations(document)
        }

    def _compile(self, op: Operation, raw: JsonObject, webhook: bool = False) -> ContractOperation:
        responses: dict[str, ResponseSpec] = {}
        for status, raw_response in (raw.get("responses") or {}).items():
            response = deref(self.spec.document, raw_response)
            headers = []
            for name, raw_header in (response.get("headers") or {}).items():
                header = deref(self.spec.document, raw_header)
                schema = header.get("schema") if isinstance(header.get("schema"), dict) else {}
                headers.append(
                    (
                        str(name),
                        bool(header.get("required")),
                        self.compiler.compile(schema),
                        self.compiler.types_of(schema),
                    )
                )
            media = tuple(media_type(m) for m in (response.get("content") or {}))
            responses[str(status).upper()] = ResponseSpec(media, tuple(headers))
        return ContractOperation(
            compile_operation(op, self.compiler, with_responses=True), responses, webhook
        )

    # ------------------------------------------------------------------------------- requests

    async def check(self, kind: str, request: HttpRequest) -> tuple[Checked, ContractOperation | None]:
        """A request to the API (`api`) or one Plivo sends to the user (`callback`), and the
        operation its response is to be checked against."""
        if kind == "callback":
            return await self.check_callback(request)
        checked = await self.check_request(request)
        return checked, self.operation_of(checked)

    def check_answer(
        self, operation: ContractOperation | None, response: HttpResponse, checked: Checked
    ) -> None:
        if operation is None:
            checked.status = response.status
        else:
            self.check_response(operation, response, checked)

    async def check_request(self, request: HttpRequest) -> Checked:
        try:
            match = self.router.match(request.method, request.path)
        except ApiError as exc:
            what = (
                "no path of the spec matches"
                if exc.status == 404
                else "the spec declares no such method here"
            )
            checked = Checked("api", request.method, request.path, None)
            checked.findings.append(Finding(REQUEST, "", what))
            return checked
        operation = self.operations[match.operation.operation_id]
        checked = Checked("api", request.method, operation.op.path, operation.op.operation_id)
        checked.findings, _ = await _request_findings(operation.compiled, request, match.path_params)
        return checked

    async def check_callback(self, request: HttpRequest) -> tuple[Checked, ContractOperation | None]:
        """The webhook whose request this is: the one it fits best (fewest findings, spec order)."""
        best: tuple[list[Finding], Any, ContractOperation] | None = None
        for webhook in self.webhooks.values():
            findings, body = await _request_findings(webhook.compiled, request, {})
            if best is None or len(findings) < len(best[0]):
                best = (findings, body, webhook)
            if not findings:
                break
        if best is None:
            checked = Checked("callback", request.method, request.path, None)
            checked.findings.append(Finding(REQUEST, "", "the spec declares no webhooks"))
            return checked, None
        findings, body, webhook = best
        checked = Checked("callback", request.method, webhook.op.path, webhook.op.operation_id)
        checked.findings = findings
        schema = webhook.op.bodies.get(_body_media_type(webhook.compiled, request))
        if schema is not None and body is not None:
            # Plivo is the writer here: what it sends is the drift to look for
            self._walk(schema, body, checked)
        return checked, webhook

    # ------------------------------------------------------------------------------ responses

    def check_response(self, operation: ContractOperation, response: HttpResponse, checked: Checked) -> None:
        checked.status = response.status
        op = operation.op
        status = str(response.status)
        key = response_key(op.responses, status)
        if key is None:
            checked.findings.append(
                Finding(STATUS, "", f"status {status} is not declared for {op.operation_id}")
            )
            return
        declared = operation.responses[key]
        findings = checked.findings
        for name, required, schema, types in declared.headers:
            value = response.header(name)
            if value is None:
                if required:
                    findings.append(Finding(RESPONSE, f"/header/{name}", "this header is required"))
                continue
            typed: Any = int(value) if value.isdigit() and types & {"integer", "number"} else value
            findings.extend(Finding(RESPONSE, f"/header/{name}{p}", m) for p, m in schema.violations(typed))
        body_schema = operation.compiled.responses.get(key)
        media = media_type(response.header("content-type"))
        if not response.body.strip():
            if body_schema is not None:
                findings.append(Finding(RESPONSE, "/body", f"status {status} needs a JSON body"))
            return
        if not declared.media_types:
            findings.append(Finding(RESPONSE, "/body", f"status {status} declares no body"))
            return
        if media not in declared.media_types:
            findings.append(
                Finding(
                    RESPONSE,
                    "/header/content-type",
                    f"{media or '(none)'} is not declared; the spec gives {', '.join(declared.media_types)}",
                )
            )
            return
        if body_schema is None or not media.endswith("json"):
            return
        try:
            body = json.loads(response.body)
        except (ValueError, RecursionError) as exc:
            findings.append(Finding(RESPONSE, "/body", f"not valid JSON: {exc}"))
            return
        findings.extend(Finding(RESPONSE, "/body" + p, m) for p, m in body_schema.violations(body))
        self._walk(op.responses[key], body, checked)

    def _walk(self, schema: Any, body: Any, checked: Checked) -> None:
        """Fields and enumeration values the spec does not list, and the fields seen."""
        walked = WalkResult()
        self.walker.walk([schema], body, "/body", walked)
        checked.findings.extend(
            Finding(FIELD, p, "the spec does not name this field") for p in walked.unknown_fields
        )
        checked.findings.extend(
            Finding(ENUM, p, f"{json.dumps(v)} is not among the values the spec lists", v)
            for p, v in walked.unknown_enum_values
        )
        checked.seen_fields |= walked.seen

    def operation_of(self, checked: Checked) -> ContractOperation | None:
        if checked.operation is None:
            return None
        table = self.webhooks if checked.kind == "callback" else self.operations
        return table.get(checked.operation)

    def declared_fields(self, operation: ContractOperation) -> set[str]:
        """Fields the traffic could show: of the request body for a webhook, else of the responses."""
        out: set[str] = set()
        op = operation.op
        for schema in (op.bodies if operation.webhook else op.responses).values():
            if schema is not None:
                self.walker.declared([schema], "/body", out)
        return out


async def _request_findings(
    cop: CompiledOperation, request: HttpRequest, path_params: Mapping[str, str]
) -> tuple[list[Finding], Any]:
    """Parameters and body of a request, checked as the emulator checks them (same compiled
    parameters, same body parsing), each problem reported instead of the first one raised."""
    findings: list[Finding] = []
    for cp in cop.params.by_location["path"]:
        value = cp.coerce([path_params.get(cp.param.name, "")])
        findings.extend(
            Finding(REQUEST, f"/path/{cp.param.name}{p}", m) for p, m in cp.schema.violations(value)
        )
    body, extra, body_findings = await _body(cop, request)
    grouped: dict[str, list[str]] = {}
    for key, value in parse_qsl(request.query, keep_blank_values=True):
        grouped.setdefault(key, []).append(value)
    for location, given in (("query", grouped), ("header", _header_groups(request))):
        for cp in cop.params.by_location[location]:
            name = cp.param.name
            lookup = name.lower() if location == "header" else name
            where = f"/{location}/{name}"
            if lookup in given:
                typed = cp.coerce(given[lookup])
            elif location == "query" and name in extra:
                raw = extra[name]
                typed = cp.coerce([raw]) if isinstance(raw, str) else raw
            else:
                if cp.param.required:
                    findings.append(Finding(REQUEST, where, "this parameter is required"))
                continue
            findings.extend(Finding(REQUEST, where + p, m) for p, m in cp.schema.violations(typed))
    findings.extend(body_findings)
    if body is not None:
        schema = cop.bodies.get(_body_media_type(cop, request))
        if schema is not None:
            findings.extend(Finding(REQUEST, "/body" + p, m) for p, m in schema.violations(body))
    return findings, body


def _header_groups(request: HttpRequest) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in request.headers:
        out.setdefault(key.lower(), []).append(value)
    return out


def _body_media_type(cop: CompiledOperation, request: HttpRequest) -> str:
    media = media_type(request.header("content-type"))
    if not media and "application/json" in cop.bodies:
        return "application/json"
    if not media and request.method == "GET" and "application/x-www-form-urlencoded" in cop.bodies:
        return "application/x-www-form-urlencoded"
    return media


async def _body(cop: CompiledOperation, request: HttpRequest) -> tuple[Any, dict[str, Any], list[Finding]]:
    """(parsed body or None, JSON values for query parameters of a body-less DELETE, findings)."""
    raw = request.body
    if not cop.bodies:
        # The SDKs send DELETE options as a JSON body; the emulator reads them as query parameters.
        if (
            request.method == "DELETE"
            and "json" in media_type(request.header("content-type"))
            and raw.strip()
        ):
            try:
                parsed = parse_json_body(raw)
            except ApiError:
                return None, {}, []
            if isinstance(parsed, dict):
                return None, {k: v for k, v in parsed.items() if k in cop.params.query_names}, []
        return None, {}, []
    if request.method == "GET" and not raw.strip() and "application/x-www-form-urlencoded" in cop.bodies:
        # a callback sent with method GET carries its fields in the query string
        raw = request.query.encode("utf-8", "surrogatepass")
    if not raw.strip():
        if cop.op.body_required:
            return None, {}, [Finding(REQUEST, "/body", "request body is required")]
        return None, {}, []
    media = _body_media_type(cop, request)
    if media not in cop.bodies:
        accepted = ", ".join(cop.bodies)
        message = f"unsupported Content-Type {media or '(none)'!r}; this operation accepts {accepted}"
        return None, {}, [Finding(REQUEST, "/header/content-type", message)]
    try:
        if media.endswith("json"):
            return parse_json_body(raw), {}, []
        if media == "multipart/form-data":
            headers = Headers(
                raw=[
                    (k.lower().encode("latin-1", "replace"), v.encode("latin-1", "replace"))
                    for k, v in request.headers
                ]
            )
            fields, _ = await parse_multipart(headers, raw)
        else:
            fields = {}
            for key, value in parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True):
                fields.setdefault(key, []).append(value)
    except ApiError as exc:
        return None, {}, [Finding(REQUEST, "/body", str(exc.message))]
    return {k: (v if k in cop.form_arrays else v[-1]) for k, v in fields.items()}, {}, []
