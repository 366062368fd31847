"""The admin operations the inbox and tests' waiting helpers need (described in admin-openapi.yaml):
accounts, conversations, one message in full, the compliance resources, and two long polls
(`waitForMessage`, `waitForChange`).

The long polls watch the store's change counter (SQLite's `total_changes` on its one connection):
every write (a message stored or moved on, a callback attempt logged, a review ended) moves it, so a
waiter needs no hook in each module that writes; it looks again only when something was written.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .. import numbers
from ..context import Ctx, Result
from ..errors import ApiError
from ..handlers.common import public
from . import views

if TYPE_CHECKING:
    from ..behaviour.admin import AdminApi
    from ..store import Store

Handler = Callable[[Ctx], Result | Awaitable[Result]]
POLL_SECONDS = 0.05  # how often a waiter reads the change counter (an int read, no query)


def change_count(store: Store) -> int:
    """Rows written so far on the store's connection (only ever grows while the store is open)."""
    return store.changes


async def changed_since(store: Store, seen: int, timeout: float) -> int:
    """The change counter once it differs from `seen`, or after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    try:
        while True:
            now = change_count(store)
            if now != seen or time.monotonic() >= deadline:
                return now
            await asyncio.sleep(min(POLL_SECONDS, max(0.0, deadline - time.monotonic())))
    except asyncio.CancelledError:
        # The server is stopping and its grace period is over: answer rather than fail the request
        # (the page then finds the emulator gone and says so).
        return change_count(store)


def _ok(body: dict[str, Any]) -> Result:
    return Result(body, add_api_id=False)


def operations(admin: AdminApi) -> dict[str, Handler]:
    """operationId -> handler, for the AdminApi's table."""
    rt = admin.rt
    store = rt.store
    behaviour = admin.b

    def account_of(value: Any) -> str:
        if rt.settings.accounts.get(str(value)) is None:
            raise ApiError(404, f"auth_id: no account {value} in this emulator")
        return str(value)

    def accounts_of(value: Any) -> list[str]:
        return [account_of(value)] if value is not None else behaviour.account_names()

    def list_accounts(ctx: Ctx) -> Result:
        return _ok(
            {
                "objects": [
                    {"auth_id": acc.auth_id, "parent": None if acc.is_main else acc.parent}
                    for acc in rt.settings.accounts
                ]
            }
        )

    def list_conversations(ctx: Ctx) -> Result:
        out: list[dict[str, Any]] = []
        for account in accounts_of(ctx.query.get("auth_id")):
            out.extend(views.conversations(store, account))
        out.sort(key=lambda c: str(c["last_message"]["message_time"]), reverse=True)  # stable sort
        return _ok({"objects": out})

    def conversation_key(ctx: Ctx) -> tuple[str, str, str]:
        account = account_of(ctx.path["auth_id"])
        return account, numbers.sanitize(str(ctx.path["number"])), numbers.sanitize(str(ctx.path["peer"]))

    def get_conversation(ctx: Ctx) -> Result:
        account, number, peer = conversation_key(ctx)
        thread = views.thread(store, account, number, peer)
        unread = max(0, len(thread) - views.seen(store, account, number, peer))
        return _ok({"auth_id": account, "number": number, "peer": peer, "unread": unread, "objects": thread})

    def mark_conversation_read(ctx: Ctx) -> Result:
        account, number, peer = conversation_key(ctx)
        count = len(views.thread(store, account, number, peer))
        with store.transaction():
            store.put_resource(
                account,
                views.READ_KIND,
                views.read_key(number, peer),
                {"number": number, "peer": peer, "seen": count},
            )
        return _ok({"auth_id": account, "number": number, "peer": peer, "unread": 0})

    def get_message_detail(ctx: Ctx) -> Result:
        message_uuid = str(ctx.path["message_uuid"])
        account = store.message_account(message_uuid)
        doc = None if account is None else store.get_message(account, message_uuid)
        if account is None or doc is None:
            raise ApiError(404, f"message {message_uuid} not found")
        code = doc.get("error_code")
        return _ok(
            {
                "message": views.message_view(account, doc),
                "error_meaning": views.error_meaning(code),
                "encoding": views.encoding(doc),
                "timeline": views.timeline(doc),
                "media": views.media(store, account, message_uuid),
                "callbacks": [
                    public(c) for c in behaviour.callbacks.listing(account, {"subject": message_uuid}, 1000)
                ],
            }
        )

    def list_compliance(ctx: Ctx) -> Result:
        out: list[dict[str, Any]] = []
        for account in accounts_of(ctx.query.get("auth_id")):
            for entry in views.compliance(store, account):
                entry["history"] = [
                    {
                        "at": str(c["created_at"]),
                        "event": c["event"],
                        "status": str(c["params"].get("status") or ""),
                    }
                    for c in behaviour.callbacks.listing(account, {"subject": views.subject_of(entry)}, 1000)
                ]
                out.append(entry)
        return _ok({"objects": out})

    def matches(q: dict[str, Any], view: dict[str, Any]) -> bool:
        wanted = {
            "message_direction": q.get("direction"),
            "from_number": q.get("from_number"),
            "destination": q.get("to_number"),
        }
        if any(v is not None and view[k] != v for k, v in wanted.items()):
            return False
        number = q.get("number")
        return number is None or number in (view["from_number"], view["destination"])

    def find_message(q: dict[str, Any]) -> dict[str, Any] | None:
        """The oldest matching message stored after the message `after` (if given)."""
        for account in accounts_of(q.get("auth_id")):
            candidates = list(views.views(store, account))
            uuids = [str(v["message_uuid"]) for v in candidates]
            if q.get("after") in uuids:
                candidates = candidates[uuids.index(str(q["after"])) + 1 :]
            for view in candidates:
                if matches(q, view):
                    return view
        return None

    async def wait_for_message(ctx: Ctx) -> Result:
        timeout = float(ctx.query["timeout"])
        deadline = time.monotonic() + timeout
        seen = change_count(store)
        while True:
            found = find_message(ctx.query)
            if found is not None:
                return _ok(found)
            left = deadline - time.monotonic()
            if left <= 0:
                raise ApiError(408, f"no matching message within {timeout:g} s")
            seen = await changed_since(store, seen, left)

    async def wait_for_change(ctx: Ctx) -> Result:
        after = ctx.query.get("after")
        now = change_count(store)
        if after is not None and int(after) == now:
            now = await changed_since(store, now, float(ctx.query["timeout"]))
        return _ok({"version": now})

    return {
        "listAccounts": list_accounts,
        "listConversations": list_conversations,
        "getConversation": get_conversation,
        "markConversationRead": mark_conversation_read,
        "getMessageDetail": get_message_detail,
        "listCompliance": list_compliance,
        "waitForMessage": wait_for_message,
        "waitForChange": wait_for_change,
    }
