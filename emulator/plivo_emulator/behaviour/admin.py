"""The admin API under `/_emulator/`, driven by `admin-openapi.yaml` (shipped in the package).

Routes, parameters and bodies come from that file: each operation has a handler here (start-up fails
otherwise), path and query parameters and JSON bodies are checked against its schemas, and with
`validate_responses` every answer is checked too (a mismatch becomes a 500 and is recorded in
`Runtime.response_failures`, as for the API).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from .. import clock, numbers
from ..errors import ApiError, new_api_id
from ..handlers.common import public
from ..inbox import operations as inbox_operations
from ..inbox.web import browser_refusal
from ..spec import SpecError, load_yaml
from ..validation import CompiledSchema, SchemaCompiler, parse_json_body
from .callbacks import url_problem
from .compliance import KINDS, ComplianceError
from .inbound import InboundMessage
from .lifecycle import TransitionError
from .settings import RateLimit
from .traffic import Fault

if TYPE_CHECKING:
    from .install import Behaviour

log = logging.getLogger("plivo_emulator")
ADMIN_SPEC = Path(__file__).resolve().parent.parent / "admin-openapi.yaml"
MAX_BODY = 8 * 1024 * 1024
Reply = tuple[int, dict[str, Any] | None]


@dataclass(frozen=True)
class Call:
    """A validated admin request."""

    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    request: Request


@dataclass(frozen=True)
class Param:
    name: str
    schema: CompiledSchema
    types: frozenset[str]
    default: Any
    has_default: bool


@dataclass(frozen=True)
class AdminOperation:
    operation_id: str
    method: str
    path: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body: CompiledSchema | None
    body_required: bool
    responses: dict[str, CompiledSchema | None]


def load_admin_spec(path: Path = ADMIN_SPEC) -> dict[str, Any]:
    with path.open("rb") as fh:
        doc = load_yaml(fh)
    if not isinstance(doc, dict) or "paths" not in doc:
        raise SpecError(f"{path}: not an OpenAPI document")
    return doc


def _coerce(raw: str, types: frozenset[str]) -> Any:
    if "integer" in types:
        try:
            return int(raw)
        except ValueError:
            return raw
    if "number" in types:
        try:
            value = float(raw)
        except ValueError:
            return raw
        return value if math.isfinite(value) else raw
    if "boolean" in types and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    return raw


def compile_operations(doc: dict[str, Any]) -> list[AdminOperation]:
    compiler = SchemaCompiler(doc)
    out: list[AdminOperation] = []
    for path, item in doc["paths"].items():
        for method, raw in item.items():
            if method not in ("get", "post", "put", "delete"):
                continue
            params: dict[str, list[Param]] = {"path": [], "query": []}
            for p in raw.get("parameters") or []:
                p = compiler.resolve(p)
                has_default, default = compiler.default_of(p["schema"])
                params[p["in"]].append(
                    Param(
                        p["name"],
                        compiler.compile(p["schema"]),
                        compiler.types_of(p["schema"]),
                        default,
                        has_default,
                    )
                )
            body = (raw.get("requestBody") or {}).get("content", {}).get("application/json")
            responses: dict[str, CompiledSchema | None] = {}
            for status, response in (raw.get("responses") or {}).items():
                schema = (
                    (compiler.resolve(response).get("content") or {})
                    .get("application/json", {})
                    .get("schema")
                )
                responses[str(status)] = compiler.compile(schema) if schema else None
            out.append(
                AdminOperation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    path_params=tuple(params["path"]),
                    query_params=tuple(params["query"]),
                    body=compiler.compile(body["schema"]) if body else None,
                    body_required=bool((raw.get("requestBody") or {}).get("required")),
                    responses=responses,
                )
            )
    return out


def _json(status: int, payload: dict[str, Any] | None) -> Response:
    if payload is None:
        return Response(status_code=status)
    content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(content, status_code=status, media_type="application/json")


def _outbox_view(account: str, doc: dict[str, Any]) -> dict[str, Any]:
    out = public(doc)
    out["auth_id"] = account
    out["destination"] = str(doc.get("_destination") or doc.get("to_number") or "")
    out["text"] = doc.get("_text")
    return out


class _Asgi:
    """A request-response function as an ASGI app (which a Route serves for every method)."""

    def __init__(self, endpoint: Callable[[Request], Awaitable[Response]]) -> None:
        self._endpoint = endpoint

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self._endpoint(Request(scope, receive))
        await response(scope, receive, send)


class AdminApi:
    def __init__(self, behaviour: Behaviour, spec_path: Path = ADMIN_SPEC) -> None:
        self.b = behaviour
        self.rt = behaviour.rt
        self.operations = compile_operations(load_admin_spec(spec_path))
        handlers: dict[str, Callable[[Call], Awaitable[Reply]]] = {
            "getHealth": self.get_health,
            "reset": self.reset,
            "listOutbox": self.list_outbox,
            "listCallbacks": self.list_callbacks,
            "simulateInbound": self.simulate_inbound,
            "advanceMessage": self.advance_message,
            "setComplianceStatus": self.set_compliance_status,
            "listNumbers": self.list_numbers,
            "configureNumber": self.configure_number,
            "removeNumber": self.remove_number,
            "listFaults": self.list_faults,
            "addFault": self.add_fault,
            "clearFaults": self.clear_faults,
            "removeFault": self.remove_fault,
            "listRateLimits": self.list_rate_limits,
            "setRateLimit": self.set_rate_limit,
            "clearRateLimits": self.clear_rate_limits,
            "getClock": self.get_clock,
            "advanceClock": self.advance_clock,
            **inbox_operations.operations(self),
        }
        missing = sorted(op.operation_id for op in self.operations if op.operation_id not in handlers)
        if missing:
            raise SpecError(f"admin operations without a handler: {', '.join(missing)}")
        self._handlers = handlers

    # ----------------------------------------------------------------------------------- serving

    def routes(self) -> list[BaseRoute]:
        by_path: dict[str, dict[str, AdminOperation]] = {}
        for op in self.operations:
            by_path.setdefault(op.path, {})[op.method] = op
        # An ASGI endpoint receives every method and answers 405 itself: a Route limited to its
        # methods would let the others fall through to the API's catch-all (a 404).
        return [Route(path, _Asgi(self._endpoint(methods))) for path, methods in by_path.items()]

    def _endpoint(self, methods: dict[str, AdminOperation]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            refused = browser_refusal(request, self.b.settings.inbox_public)
            if refused is not None:
                return _json(refused.status, refused.body())
            op = methods.get(request.method)
            if op is None:
                body = ApiError(405, f"{request.method} is not allowed here").body()
                response = _json(405, body)
                response.headers["Allow"] = ", ".join(methods)
                return response
            try:
                status, payload = await self._call(op, request)
            except ApiError as exc:
                status, payload = exc.status, exc.body()
            except Exception:
                log.exception("admin %s failed", op.operation_id)
                status, payload = 500, {"api_id": new_api_id(), "error": "internal server error"}
            return self._finish(op, status, payload)

        return endpoint

    async def _call(self, op: AdminOperation, request: Request) -> Reply:
        path: dict[str, Any] = {}
        for p in op.path_params:
            value = request.path_params[p.name]
            problems = p.schema.messages(value, p.name)
            if problems:  # a path that cannot name anything, as the API answers it
                raise ApiError(404, problems[0])
            path[p.name] = value
        query: dict[str, Any] = {}
        for p in op.query_params:
            if p.name not in request.query_params:
                if p.has_default:
                    query[p.name] = p.default
                continue
            value = _coerce(request.query_params[p.name], p.types)
            problems = p.schema.messages(value, p.name)
            if problems:
                raise ApiError(400, problems[0])
            query[p.name] = value
        body: Any = None
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise ApiError(400, f"request body is larger than {MAX_BODY} bytes")
            chunks.append(chunk)
        raw = b"".join(chunks)
        if op.body is not None and raw.strip():
            body = parse_json_body(raw)
            problems = op.body.messages(body)
            if problems:
                raise ApiError(400, "; ".join(problems))
        elif op.body_required:
            raise ApiError(400, "request body is required")
        return await self._handlers[op.operation_id](Call(path, query, body, request))

    def _finish(self, op: AdminOperation, status: int, payload: dict[str, Any] | None) -> Response:
        if self.rt.settings.validate_responses:
            problems = self._check(op, status, payload)
            if problems:
                failure = f"admin {op.operation_id} -> {status}: " + "; ".join(problems)
                self.rt.response_failures.append(failure)
                log.error("ADMIN RESPONSE DOES NOT MATCH admin-openapi.yaml: %s", failure)
                return _json(500, {"api_id": new_api_id(), "error": failure})
        return _json(status, payload)

    @staticmethod
    def _check(op: AdminOperation, status: int, payload: dict[str, Any] | None) -> list[str]:
        key = str(status)
        if key not in op.responses:
            return [] if status == 500 else [f"status {status} is not declared"]
        schema = op.responses[key]
        if schema is None:
            return [] if payload is None else ["a body where none is declared"]
        if payload is None:
            return ["no body where one is declared"]
        return schema.messages(payload, "response", limit=5)

    # ------------------------------------------------------------------------------- handlers

    def _account(self, auth_id: Any) -> str | None:
        if auth_id is None:
            return None
        if self.rt.settings.accounts.get(str(auth_id)) is None:
            raise ApiError(404, f"auth_id: no account {auth_id} in this emulator")
        return str(auth_id)

    async def get_health(self, call: Call) -> Reply:
        return 200, self.b.health()

    async def reset(self, call: Call) -> Reply:
        account = self._account((call.body or {}).get("auth_id"))
        self.b.reset(account)
        return 200, {"reset": account or "all"}

    async def list_outbox(self, call: Call) -> Reply:
        account = self._account(call.query.get("auth_id"))
        wanted = {
            "message_direction": call.query.get("direction", "outbound"),
            "message_state": call.query.get("state"),
            "message_type": call.query.get("type"),
            "from_number": call.query.get("from_number"),
        }
        number, to_number = call.query.get("number"), call.query.get("to_number")
        out: list[dict[str, Any]] = []
        for name in [account] if account else self.b.account_names():
            for doc in self.rt.store.all_messages(name):
                view = _outbox_view(name, doc)
                if any(v is not None and view.get(k) != v for k, v in wanted.items()):
                    continue
                if to_number is not None and view["destination"] != to_number:
                    continue
                if number is not None and number not in (view["from_number"], view["destination"]):
                    continue
                out.append(view)
        return 200, {"objects": out[: int(call.query["limit"])]}

    async def list_callbacks(self, call: Call) -> Reply:
        account = self._account(call.query.get("auth_id"))
        where = {k: call.query[k] for k in ("subject", "event", "state") if call.query.get(k) is not None}
        limit = int(call.query["limit"])
        out: list[dict[str, Any]] = []
        for name in [account] if account else self.b.account_names():
            out.extend(self.b.callbacks.listing(name, where, limit))
        out.sort(key=lambda d: str(d["created_at"]))
        return 200, {"objects": [public(d) for d in out[:limit]]}

    async def simulate_inbound(self, call: Call) -> Reply:
        msg = InboundMessage(
            src=str(call.body["from"]),
            dst=str(call.body["to"]),
            type=str(call.body.get("type") or "sms"),
            text=str(call.body.get("text") or ""),
            media_urls=[str(u) for u in call.body.get("media_urls") or []],
            media=list(call.body.get("media") or []),
            auth_id=self._account(call.body.get("auth_id")),
        )
        base_url = (self.rt.settings.public_url or str(call.request.base_url)).rstrip("/")
        record, callback_id = self.b.inbound.receive(msg, base_url)
        account = str(record["resource_uri"]).split("/")[3]
        callback: dict[str, Any] | None = None
        if callback_id is not None:
            self.b.callbacks.queue.wake()
            if call.body.get("wait", True):
                waiting = self.b.callbacks.wait_for_attempt(callback_id)
                # asyncio.wait neither raises on timeout nor when a reset cancels the waiter
                await asyncio.wait({waiting}, timeout=self.b.settings.callback_timeout + 5)
            found = self.b.callbacks.listing(account, {"callback_id": callback_id}, 1)
            callback = public(found[0]) if found else None
        stored = self.rt.store.get_message(account, record["message_uuid"]) or record
        return 200, {
            "message_uuid": record["message_uuid"],
            "auth_id": account,
            "message": _outbox_view(account, stored),
            "callback": callback,
        }

    async def advance_message(self, call: Call) -> Reply:
        message_uuid = str(call.path["message_uuid"])
        account = self.rt.store.message_account(message_uuid)
        if account is None:
            raise ApiError(404, f"message {message_uuid} not found")
        try:
            doc = self.b.lifecycle.advance(
                account, message_uuid, str(call.body["state"]), call.body.get("error_code")
            )
        except TransitionError as exc:
            raise ApiError(409, str(exc)) from None
        return 200, _outbox_view(account, doc)

    async def set_compliance_status(self, call: Call) -> Reply:
        kind, resource_id = str(call.path["kind"]), str(call.path["resource_id"])
        if kind not in KINDS:
            raise ApiError(400, f"kind: one of {', '.join(KINDS)}")
        key = resource_id
        if kind == "campaign_number":
            if not call.body.get("number"):
                raise ApiError(400, "number: required for a campaign_number")
            key = f"{resource_id}:{numbers.sanitize(str(call.body['number']))}"
        account = self.b.compliance.owner(kind, key)
        if account is None:
            raise ApiError(404, f"{kind} {key} not found")
        try:
            doc = self.b.compliance.set_status(
                kind, account, key, str(call.body["status"]), str(call.body.get("reason") or "")
            )
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        except ComplianceError as exc:
            raise ApiError(404, str(exc)) from None
        self.b.callbacks.queue.wake()
        return 200, {"kind": kind, "resource_id": resource_id, "auth_id": account, "resource": public(doc)}

    async def list_numbers(self, call: Call) -> Reply:
        return 200, {"objects": self.b.inbound.numbers(self._account(call.query.get("auth_id")))}

    async def configure_number(self, call: Call) -> Reply:
        url = call.body.get("message_url")
        if url is not None and url_problem(str(url)):
            raise ApiError(400, f"message_url: {url_problem(str(url))}")
        doc = self.b.inbound.configure(
            str(call.path["number"]),
            url,
            str(call.body.get("message_method") or "POST"),
            self._account(call.body.get("auth_id")),
        )
        return 200, doc

    async def remove_number(self, call: Call) -> Reply:
        if not self.b.inbound.remove(str(call.path["number"])):
            raise ApiError(404, f"number {call.path['number']} has no inbound configuration")
        return 204, None

    async def list_faults(self, call: Call) -> Reply:
        return 200, {"objects": self.b.traffic.list_faults()}

    async def add_fault(self, call: Call) -> Reply:
        operation_id = call.body.get("operation_id")
        if operation_id is not None and operation_id not in self.rt.operations:
            raise ApiError(400, f"operation_id: {operation_id} is not an operation of the spec")
        seconds = call.body.get("seconds")
        fault = Fault(
            status=call.body.get("status"),
            retry_after=call.body.get("retry_after", 1 if call.body.get("status") == 429 else None),
            latency_ms=int(call.body.get("latency_ms") or 0),
            auth_id=self._account(call.body.get("auth_id")),
            operation_id=operation_id,
            remaining=call.body.get("count"),
            until=None if seconds is None else time.monotonic() + float(seconds),
            message=str(call.body.get("message") or ""),
        )
        self.b.traffic.add_fault(fault)
        return 201, fault.public(time.monotonic())

    async def clear_faults(self, call: Call) -> Reply:
        self.b.traffic.clear_faults()
        return 204, None

    async def remove_fault(self, call: Call) -> Reply:
        if not self.b.traffic.remove_fault(str(call.path["fault_id"])):
            raise ApiError(404, f"fault {call.path['fault_id']} not found")
        return 204, None

    async def list_rate_limits(self, call: Call) -> Reply:
        return 200, {"objects": self.b.traffic.list_limits()}

    async def set_rate_limit(self, call: Call) -> Reply:
        limit = RateLimit(
            int(call.body["requests"]),
            float(call.body["per_seconds"]),
            self._account(call.body.get("auth_id")),
        )
        self.b.traffic.set_limit(limit)
        return 200, {"auth_id": limit.auth_id, "requests": limit.requests, "per_seconds": limit.per_seconds}

    async def clear_rate_limits(self, call: Call) -> Reply:
        self.b.traffic.clear_limits()
        return 204, None

    @staticmethod
    def _clock(served: int | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "now": clock.iso(clock.now()),
            "offset_seconds": clock.offset().total_seconds(),
        }
        if served is not None:
            out["served"] = served
        return out

    async def get_clock(self, call: Call) -> Reply:
        return 200, self._clock()

    async def advance_clock(self, call: Call) -> Reply:
        served = self.b.advance_clock(float(call.body["seconds"]))
        return 200, self._clock(served)
