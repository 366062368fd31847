"""The admin API under `/_emulator/`, described by `admin-openapi.yaml` (shipped in the package).

It is a `Service` like the API: the same spec loader, router, validation, error body and response
checks serve it through `app.invoke`; this module holds its handlers, one per operationId (start-up
fails when one is missing). Its operations need no credentials and are never affected by injected
faults or rate limits.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import clock, numbers
from ..config import RateLimit
from ..context import AnyHandler, Ctx, Result
from ..errors import ApiError
from ..handlers.common import public
from ..inbox import operations as inbox_operations
from ..runtime import Service
from ..spec import SpecError, load_spec
from .callbacks import url_problem
from .compliance import KINDS, ComplianceError
from .inbound import InboundMessage
from .lifecycle import TransitionError
from .traffic import Fault

if TYPE_CHECKING:
    from .install import Behaviour

ADMIN_SPEC = Path(__file__).resolve().parent.parent / "admin-openapi.yaml"


def _ok(body: dict[str, Any] | None) -> Result:
    """An admin answer: the documented success status, no `api_id` added."""
    return Result(body, add_api_id=False)


def outbox_view(account: str, doc: dict[str, Any]) -> dict[str, Any]:
    out = public(doc)
    out["auth_id"] = account
    out["destination"] = str(doc.get("_destination") or doc.get("to_number") or "")
    out["text"] = doc.get("_text")
    return out


class AdminApi:
    def __init__(self, behaviour: Behaviour, spec_path: Path = ADMIN_SPEC) -> None:
        self.b = behaviour
        self.rt = behaviour.rt
        handlers: dict[str, AnyHandler] = {
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
        # Its JSON bodies carry inbound media as base64: they may be as large as an upload.
        self.service = Service(
            load_spec(spec_path), handlers.get, self.rt.settings, "Error", self.rt.settings.max_upload_body
        )
        if self.service.missing_handlers:
            raise SpecError(f"admin operations without a handler: {', '.join(self.service.missing_handlers)}")

    # ------------------------------------------------------------------------------- handlers

    def _account(self, auth_id: Any) -> str | None:
        if auth_id is None:
            return None
        if self.rt.settings.accounts.get(str(auth_id)) is None:
            raise ApiError(404, f"auth_id: no account {auth_id} in this emulator")
        return str(auth_id)

    def get_health(self, ctx: Ctx) -> Result:
        return _ok(self.b.health())

    def reset(self, ctx: Ctx) -> Result:
        account = self._account((ctx.body or {}).get("auth_id"))
        self.b.reset(account)
        return _ok({"reset": account or "all"})

    def list_outbox(self, ctx: Ctx) -> Result:
        account = self._account(ctx.query.get("auth_id"))
        wanted = {
            "message_direction": ctx.query.get("direction", "outbound"),
            "message_state": ctx.query.get("state"),
            "message_type": ctx.query.get("type"),
            "from_number": ctx.query.get("from_number"),
        }
        number, to_number = ctx.query.get("number"), ctx.query.get("to_number")
        out: list[dict[str, Any]] = []
        for name in [account] if account else self.b.account_names():
            for doc in self.rt.store.all_messages(name):
                view = outbox_view(name, doc)
                if any(v is not None and view.get(k) != v for k, v in wanted.items()):
                    continue
                if to_number is not None and view["destination"] != to_number:
                    continue
                if number is not None and number not in (view["from_number"], view["destination"]):
                    continue
                out.append(view)
        return _ok({"objects": out[: int(ctx.query["limit"])]})

    def list_callbacks(self, ctx: Ctx) -> Result:
        account = self._account(ctx.query.get("auth_id"))
        where = {k: ctx.query[k] for k in ("subject", "event", "state") if ctx.query.get(k) is not None}
        limit = int(ctx.query["limit"])
        out: list[dict[str, Any]] = []
        for name in [account] if account else self.b.account_names():
            out.extend(self.b.callbacks.listing(name, where, limit))
        out.sort(key=lambda d: str(d["created_at"]))
        return _ok({"objects": [public(d) for d in out[:limit]]})

    async def simulate_inbound(self, ctx: Ctx) -> Result:
        msg = InboundMessage(
            src=str(ctx.body["from"]),
            dst=str(ctx.body["to"]),
            type=str(ctx.body.get("type") or "sms"),
            text=str(ctx.body.get("text") or ""),
            media_urls=[str(u) for u in ctx.body.get("media_urls") or []],
            media=list(ctx.body.get("media") or []),
            auth_id=self._account(ctx.body.get("auth_id")),
        )
        base_url = ctx.base_url
        record, callback_id = self.b.inbound.receive(msg, base_url)
        account = str(record["resource_uri"]).split("/")[3]
        callback: dict[str, Any] | None = None
        if callback_id is not None:
            self.b.callbacks.queue.wake()
            if ctx.body.get("wait", True):
                waiting = self.b.callbacks.wait_for_attempt(callback_id)
                # asyncio.wait neither raises on timeout nor when a reset cancels the waiter
                await asyncio.wait({waiting}, timeout=self.b.settings.callback_timeout + 5)
            found = self.b.callbacks.listing(account, {"callback_id": callback_id}, 1)
            callback = public(found[0]) if found else None
        stored = self.rt.store.get_message(account, record["message_uuid"]) or record
        return _ok(
            {
                "message_uuid": record["message_uuid"],
                "auth_id": account,
                "message": outbox_view(account, stored),
                "callback": callback,
            }
        )

    def advance_message(self, ctx: Ctx) -> Result:
        message_uuid = str(ctx.path["message_uuid"])
        account = self.rt.store.message_account(message_uuid)
        if account is None:
            raise ApiError(404, f"message {message_uuid} not found")
        try:
            doc = self.b.lifecycle.advance(
                account, message_uuid, str(ctx.body["state"]), ctx.body.get("error_code")
            )
        except TransitionError as exc:
            raise ApiError(409, str(exc)) from None
        return _ok(outbox_view(account, doc))

    def set_compliance_status(self, ctx: Ctx) -> Result:
        kind, resource_id = str(ctx.path["kind"]), str(ctx.path["resource_id"])
        if kind not in KINDS:
            raise ApiError(400, f"kind: one of {', '.join(KINDS)}")
        key = resource_id
        if kind == "campaign_number":
            if not ctx.body.get("number"):
                raise ApiError(400, "number: required for a campaign_number")
            key = f"{resource_id}:{numbers.sanitize(str(ctx.body['number']))}"
        account = self.b.compliance.owner(kind, key)
        if account is None:
            raise ApiError(404, f"{kind} {key} not found")
        try:
            doc = self.b.compliance.set_status(
                kind, account, key, str(ctx.body["status"]), str(ctx.body.get("reason") or "")
            )
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        except ComplianceError as exc:
            raise ApiError(404, str(exc)) from None
        self.b.callbacks.queue.wake()
        return _ok({"kind": kind, "resource_id": resource_id, "auth_id": account, "resource": public(doc)})

    def list_numbers(self, ctx: Ctx) -> Result:
        return _ok({"objects": self.b.inbound.numbers(self._account(ctx.query.get("auth_id")))})

    def configure_number(self, ctx: Ctx) -> Result:
        url = ctx.body.get("message_url")
        if url is not None and url_problem(str(url)):
            raise ApiError(400, f"message_url: {url_problem(str(url))}")
        doc = self.b.inbound.configure(
            str(ctx.path["number"]),
            url,
            str(ctx.body.get("message_method") or "POST"),
            self._account(ctx.body.get("auth_id")),
        )
        return _ok(doc)

    def remove_number(self, ctx: Ctx) -> Result:
        if not self.b.inbound.remove(str(ctx.path["number"])):
            raise ApiError(404, f"number {ctx.path['number']} has no inbound configuration")
        return _ok(None)

    def list_faults(self, ctx: Ctx) -> Result:
        return _ok({"objects": self.b.traffic.list_faults()})

    def add_fault(self, ctx: Ctx) -> Result:
        operation_id = ctx.body.get("operation_id")
        if operation_id is not None and operation_id not in self.rt.operations:
            raise ApiError(400, f"operation_id: {operation_id} is not an operation of the spec")
        seconds = ctx.body.get("seconds")
        fault = Fault(
            status=ctx.body.get("status"),
            retry_after=ctx.body.get("retry_after", 1 if ctx.body.get("status") == 429 else None),
            latency_ms=int(ctx.body.get("latency_ms") or 0),
            auth_id=self._account(ctx.body.get("auth_id")),
            operation_id=operation_id,
            remaining=ctx.body.get("count"),
            until=None if seconds is None else self.rt.clock.monotonic() + float(seconds),
            created_at=clock.iso(self.rt.clock.now()),
            message=str(ctx.body.get("message") or ""),
        )
        self.b.traffic.add_fault(fault)
        return _ok(fault.public(self.rt.clock.monotonic()))

    def clear_faults(self, ctx: Ctx) -> Result:
        self.b.traffic.clear_faults()
        return _ok(None)

    def remove_fault(self, ctx: Ctx) -> Result:
        if not self.b.traffic.remove_fault(str(ctx.path["fault_id"])):
            raise ApiError(404, f"fault {ctx.path['fault_id']} not found")
        return _ok(None)

    def list_rate_limits(self, ctx: Ctx) -> Result:
        return _ok({"objects": self.b.traffic.list_limits()})

    def set_rate_limit(self, ctx: Ctx) -> Result:
        limit = RateLimit(
            int(ctx.body["requests"]),
            float(ctx.body["per_seconds"]),
            self._account(ctx.body.get("auth_id")),
        )
        self.b.traffic.set_limit(limit)
        return _ok({"auth_id": limit.auth_id, "requests": limit.requests, "per_seconds": limit.per_seconds})

    def clear_rate_limits(self, ctx: Ctx) -> Result:
        self.b.traffic.clear_limits()
        return _ok(None)

    def _clock(self, served: int | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "now": clock.iso(self.rt.clock.now()),
            "offset_seconds": self.rt.clock.offset().total_seconds(),
        }
        if served is not None:
            out["served"] = served
        return out

    def get_clock(self, ctx: Ctx) -> Result:
        return _ok(self._clock())

    def advance_clock(self, ctx: Ctx) -> Result:
        served = self.b.advance_clock(float(ctx.body["seconds"]))
        return _ok(self._clock(served))
