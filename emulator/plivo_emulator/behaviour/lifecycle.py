"""Outbound messages move on: queued -> sent -> delivered (WhatsApp: -> read), or end failed,
undelivered or rejected with an error code.

While `sendMessage` stores its records (`Hooks.messages_storing`, inside its transaction), each
message gets a plan from its numbers (see `magic`, and the STOP opt-outs recorded by `inbound`):

* `instant`: the whole plan is applied to the record before it is first written, in the send's own
  transaction, so the send answers only once the final state and its callbacks are committed;
* `realistic`: each step comes due on the emulator's clock: `sent` after a second (later when the
  account's throughput for the type is used up: 5 SMS, 0.25 MMS, 20 WhatsApp messages a second),
  the delivery report two seconds later, `read` five seconds after delivery; all times `time_scale`;
* `manual`: nothing happens until the admin API moves the message.

A message still `queued` when its `message_expiry` (default 10,800 s) runs out fails with 420 and
is not charged, in every mode. Each change is stored on the message (`message_state`, `error_code`,
`error_message`, `message_sent_time`, `message_updated_time`) and, when the send gave a `url`,
reported to it with the fields of the spec's `MessageStatusCallback` and a `Sequence` that grows with
each change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .. import clock
from ..config import BehaviourSettings
from ..hooks import MessagesQueued
from . import magic
from .callbacks import Callbacks, Pending
from .jobs import Jobs
from .persist import OPTOUT

DEFAULT_EXPIRY = 10_800
QUEUE_SECONDS = 1.0
DELIVERY_SECONDS = 2.0
READ_SECONDS = 5.0
REFUSE_SECONDS = 0.5  # failed / rejected: Plivo's own checks answer quickly
THROUGHPUT = {"sms": 5.0, "mms": 0.25, "whatsapp": 20.0}  # messages per second per account
# state -> the states it can move to next
NEXT: dict[str, frozenset[str]] = {
    "queued": frozenset({"sent", "failed", "rejected"}),
    "sent": frozenset({"delivered", "undelivered", "failed"}),
    "delivered": frozenset({"read"}),
}
# the states a message passes through to reach a target from `queued`
ROUTES: dict[str, tuple[str, ...]] = {
    "sent": ("sent",),
    "delivered": ("sent", "delivered"),
    "undelivered": ("sent", "undelivered"),
    "read": ("sent", "delivered", "read"),
    "failed": ("failed",),
    "rejected": ("rejected",),
}
EVENT = "messageStatus"


class TransitionError(ValueError):
    """The message cannot move to the state asked for."""


@dataclass(frozen=True)
class Step:
    state: str
    error_code: str | None
    at: datetime

    def dump(self) -> list[Any]:
        return [self.state, self.error_code, self.at.isoformat()]

    @classmethod
    def load(cls, raw: list[Any]) -> Step:
        return cls(str(raw[0]), raw[1], datetime.fromisoformat(raw[2]))


def _code_for(state: str, code: str | None) -> str | None:
    if state in ("delivered", "read"):
        return magic.SUCCESS_CODE
    if state in ("failed", "undelivered", "rejected"):
        return code or magic.UNKNOWN_CODE
    return None


def _queued_time(doc: dict[str, Any]) -> str:
    """When a message was queued: until its first change, its `message_updated_time`."""
    return str(doc.get("message_updated_time") or doc["message_time"]).split("+", 1)[0]


def status_params(doc: dict[str, Any]) -> dict[str, str]:
    """The fields of a message status callback for the message's current state."""
    times: dict[str, str] = doc.get("_times") or {"queued": _queued_time(doc)}
    params = {
        "MessageUUID": doc["message_uuid"],
        "From": str(doc["from_number"]),
        "To": str(doc.get("_destination") or doc["to_number"]),
        "Type": str(doc["message_type"]),
        "Status": str(doc["message_state"]),
        "Units": str(doc["units"]),
        "TotalRate": str(doc["total_rate"]),
        "TotalAmount": str(doc["total_amount"]),
        "ParentMessageUUID": doc["message_uuid"],
        "Sequence": str(doc.get("_sequence") or 1),
        "MessageTime": str(doc["message_time"])[:19],
        "QueuedTime": times.get("queued", ""),
        "SentTime": times.get("sent", ""),
        "DeliveryReportTime": times.get("report", ""),
        "ErrorCode": "" if doc.get("error_code") is None else str(doc["error_code"]),
        "PowerpackUUID": str(doc.get("powerpack_id") or ""),
        "requester_ip": str(doc.get("requester_ip") or ""),
    }
    # Fields that do not apply are left out rather than sent empty.
    return {key: value for key, value in params.items() if value != ""}


class Moment:
    """One instant in the forms a transition writes (formatted once, however many steps use it)."""

    def __init__(self, at: datetime) -> None:
        self.callback, _, self.stamp = clock.message_times(at)  # callback times are sort keys


def transition(doc: dict[str, Any], state: str, error_code: str | None, at: Moment) -> dict[str, Any]:
    """The changes that move the message `doc` to `state` at `at`; raises TransitionError when it
    cannot go there."""
    current = str(doc["message_state"])
    if state not in NEXT.get(current, frozenset()):
        raise TransitionError(f"a {current} message cannot become {state}")
    if state == "read" and doc["message_type"] != "whatsapp":
        raise TransitionError("only WhatsApp messages are read")
    code = _code_for(state, error_code)
    times = dict(doc.get("_times") or {"queued": _queued_time(doc)})
    changes: dict[str, Any] = {
        "message_state": state,
        "error_code": code,
        "error_message": magic.error_message(code),
        "message_updated_time": at.stamp,
        "_sequence": int(doc.get("_sequence") or 1) + 1,  # `queued` was 1
    }
    if state == "sent":
        changes["message_sent_time"] = at.stamp
        times["sent"] = at.callback
    elif state in ("delivered", "undelivered", "read"):
        times["report"] = at.callback
    if code == magic.EXPIRED_CODE:
        changes["total_amount"] = "0.00000"  # an expired message is not charged
    changes["_times"] = times
    return changes


class Lifecycle:
    def __init__(self, settings: BehaviourSettings, jobs: Jobs, callbacks: Callbacks) -> None:
        self.store, self.clock = jobs.store, jobs.clock
        self.settings = settings
        self.jobs = jobs
        self.callbacks = callbacks
        self._free_at: dict[tuple[str, str], datetime] = {}  # (account, type) -> next free sending slot
        jobs.actions["message"] = self._job

    # ------------------------------------------------------------------------------ planning

    def _seconds(self, base: float) -> timedelta:
        return timedelta(seconds=base * self.settings.time_scale)

    def outcome(self, account: str, doc: dict[str, Any], opted_out: set[str] | None = None) -> magic.Outcome:
        """How a message ends; `opted_out`: the STOP pairs already looked up for a batch."""
        src, dst = str(doc["from_number"]), str(doc.get("_destination") or doc["to_number"])
        pair = f"{src}:{dst}"
        if opted_out is None:
            stopped = self.store.get_resource(account, OPTOUT, pair) is not None
        else:
            stopped = pair in opted_out
        if stopped:
            return magic.Outcome("failed", magic.STOP_CODE)
        return magic.message_outcome(src, dst, str(doc["message_type"]))

    def plan(self, account: str, doc: dict[str, Any], outcome: magic.Outcome, start: datetime) -> list[Step]:
        """The steps of a new message, timed for the realistic lifecycle (instant applies them at once)."""
        expires = start + timedelta(seconds=self._expiry(doc))
        expired = Step("failed", magic.EXPIRED_CODE, expires)
        if outcome.state == "queued":
            return [expired]
        if outcome.state in ("failed", "rejected"):
            return [Step(outcome.state, outcome.error_code, start + self._seconds(REFUSE_SECONDS))]
        sent_at = start + self._seconds(QUEUE_SECONDS)
        if self.settings.lifecycle == "realistic":
            slot = (account, str(doc["message_type"]))
            sent_at = max(sent_at, self._free_at.get(slot, sent_at))
            rate = THROUGHPUT.get(slot[1], THROUGHPUT["sms"])
            self._free_at[slot] = sent_at + timedelta(seconds=1 / rate)
        if sent_at > expires:
            return [expired]
        steps = [Step("sent", None, sent_at)]
        if outcome.state == "sent":
            return steps
        report_at = sent_at + self._seconds(DELIVERY_SECONDS)
        if outcome.state == "undelivered":
            return [*steps, Step("undelivered", outcome.error_code, report_at)]
        steps.append(Step("delivered", magic.SUCCESS_CODE, report_at))
        if outcome.state == "read":
            steps.append(Step("read", magic.SUCCESS_CODE, report_at + self._seconds(READ_SECONDS)))
        return steps

    # ---------------------------------------------------------------------------- transitions

    def _callback(self, doc: dict[str, Any]) -> Pending | None:
        """The status callback reporting the message's current state, when the send gave a `url`."""
        request = doc.get("_request") or {}
        url = str(request.get("url") or "")
        if not url:
            return None
        method = str(request.get("method") or "POST")
        return Pending(EVENT, doc["message_uuid"], url, method, status_params(doc))

    def _report(self, account: str, doc: dict[str, Any]) -> None:
        pending = self._callback(doc)
        if pending is not None:
            self.callbacks.enqueue_all(account, [pending])

    def apply(self, account: str, message_uuid: str, state: str, error_code: str | None) -> dict[str, Any]:
        """Move a message to `state` now, store it and report it; returns the new record."""
        with self.store.transaction():
            doc = self.store.get_message(account, message_uuid)
            if doc is None:
                raise TransitionError(f"message {message_uuid} not found")
            changes = transition(doc, state, error_code, Moment(self.clock.now()))
            updated = self.store.update_message(message_uuid, changes)
            assert updated is not None
            self._report(account, updated)
        return updated

    def _job(self, account: str, data: dict[str, Any]) -> tuple[datetime, dict[str, Any]] | None:
        steps = [Step.load(raw) for raw in data["steps"]]
        message_uuid = str(data["message_uuid"])
        doc = self.store.get_message(account, message_uuid)
        if doc is None or doc["message_state"] != data["expect"]:
            return None  # gone, or moved by hand meanwhile
        step, rest = steps[0], steps[1:]
        self.apply(account, message_uuid, step.state, step.error_code)
        if not rest:
            return None
        return rest[0].at, {
            "message_uuid": message_uuid,
            "expect": step.state,
            "steps": [s.dump() for s in rest],
        }

    def _schedule(self, account: str, message_uuid: str, steps: list[Step], expect: str) -> None:
        data = {"message_uuid": message_uuid, "expect": expect, "steps": [s.dump() for s in steps]}
        self.jobs.schedule(account, f"message:{message_uuid}", steps[0].at, "message", data)

    def _opted_out(self, account: str, docs: tuple[dict[str, Any], ...]) -> set[str]:
        """The `src:dst` pairs of these messages whose handset texted STOP (one query for all)."""
        pairs = [f"{doc['from_number']}:{doc.get('_destination') or doc['to_number']}" for doc in docs]
        return self.store.existing_resource_ids(account, OPTOUT, pairs)

    # --------------------------------------------------------------------------------- entry points

    def on_storing(self, event: MessagesQueued) -> None:
        """`Hooks.messages_storing`, inside the send's transaction: report `queued`, then plan each
        message's way on. In `instant` mode the whole plan is applied to the record before it is
        written, so each message is written once, in its final state, with one callback stored per
        change (in `Sequence` order)."""
        now = self.clock.now()
        moment = Moment(now)
        mode = self.settings.lifecycle
        account = event.account
        opted_out = self._opted_out(account, event.documents)
        callbacks: list[Pending] = []
        for doc in event.documents:
            uuid = doc["message_uuid"]
            pending = self._callback(doc)
            if pending is not None:
                callbacks.append(pending)
            outcome = self.outcome(account, doc, opted_out)
            steps = self.plan(account, doc, outcome, now)
            if mode == "instant" and outcome.state != "queued":
                for step in steps:
                    doc.update(transition(doc, step.state, step.error_code, moment))
                    if pending is not None:
                        params = status_params(doc)
                        callbacks.append(Pending(EVENT, uuid, pending.url, pending.method, params))
            elif mode == "manual":
                expires = now + timedelta(seconds=self._expiry(doc))
                self._schedule(account, uuid, [Step("failed", magic.EXPIRED_CODE, expires)], "queued")
            else:  # realistic, or a message that stays queued until it expires
                self._schedule(account, uuid, steps, "queued")
        if callbacks:
            self.callbacks.enqueue_all(account, callbacks)

    def on_queued(self, event: MessagesQueued) -> None:
        """`Hooks.messages_queued`: the send is committed, its callbacks may go."""
        self.callbacks.queue.wake()

    @staticmethod
    def _expiry(doc: dict[str, Any]) -> int:
        return int((doc.get("_request") or {}).get("message_expiry") or DEFAULT_EXPIRY)

    def advance(self, account: str, message_uuid: str, target: str, error_code: str | None) -> dict[str, Any]:
        """Move a message to `target` now (through the states in between), dropping its plan."""
        doc = self.store.get_message(account, message_uuid)
        if doc is None:
            raise TransitionError(f"message {message_uuid} not found")
        if doc["message_direction"] != "outbound":
            raise TransitionError("only outbound messages move through states")
        current = str(doc["message_state"])
        route = ROUTES.get(target, ())
        if current in route:
            route = route[route.index(current) + 1 :]
        elif current != "queued":
            route = (target,)
        if not route or current == target:
            raise TransitionError(f"a {current} message cannot become {target}")
        with self.store.transaction():
            self.jobs.cancel(account, f"message:{message_uuid}")
            for state in route:
                doc = self.apply(account, message_uuid, state, error_code if state == target else None)
        self.callbacks.queue.wake()
        return doc

    def forget(self, account: str | None = None) -> None:
        if account is None:
            self._free_at.clear()
        else:
            for key in [k for k in self._free_at if k[0] == account]:
                del self._free_at[key]
