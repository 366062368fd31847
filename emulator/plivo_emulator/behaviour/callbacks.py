"""Callbacks: signed requests to the customer's server, delivered in the background.

A callback is stored (`emulator_callback` resource) before anything is sent, so a shutdown loses
nothing: pending callbacks are picked up again at start-up. Callbacks about one subject (a message,
a brand, ...) go out one at a time in the order they were made; callbacks about different subjects
go out concurrently (at most `callback_concurrency` at once). A delivery that fails with a
connection error, a timeout or a 5xx answer is tried again after `callback_backoff` seconds, then
twice, four times... as long, `callback_retries` times; any other answer ends it. Every try is
recorded (`emulator_callback_attempt`, parent = the callback).

POST callbacks carry their parameters form-encoded, GET callbacks in the query string; both are
signed with the owning account's Auth Token (V3 and V2 headers; for a subaccount also with the main
account's token), exactly as `plivo_messaging.signature` validates.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .. import clock
from ..auth import Accounts
from ..clock import Clock
from ..config import BehaviourSettings
from ..errors import new_api_id
from ..store import Store
from .persist import ATTEMPT, CALLBACK, update_resource
from .timeline import TimedQueue

if TYPE_CHECKING:
    # Imported where first used: httpx (with the command-line extras it loads) is a large part of
    # start-up, and an emulator that sends no callback never needs it.
    import httpx

log = logging.getLogger("plivo_emulator")
USER_AGENT = "plivo-emulator"
MAX_BODY_KEPT = 4000
# After a 2xx: (account, callback document, response) -> fields to keep on the callback.
OnDelivered = Callable[[str, dict[str, Any], "httpx.Response"], Awaitable[dict[str, Any]]]
# When a callback is done, delivered or not: (account, callback document).
OnSettled = Callable[[str, dict[str, Any]], None]


def _when(iso_time: str) -> datetime:
    return datetime.fromisoformat(iso_time.replace("Z", "+00:00"))


def url_problem(url: str) -> str | None:
    """Why the emulator will not call `url`, or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "only http and https URLs are called"
    return None


@dataclass(frozen=True)
class Pending:
    """A callback to make: what it is about and where it goes (see `Callbacks.enqueue`)."""

    event: str
    subject: str
    url: str
    method: str
    params: dict[str, str]
    extra: dict[str, Any] | None = None


class Callbacks:
    def __init__(self, store: Store, accounts: Accounts, settings: BehaviourSettings, clock: Clock) -> None:
        self.store, self.accounts, self.settings, self.clock = store, accounts, settings, clock
        self.queue = TimedQueue("callbacks", self._fire, clock)
        self.on_delivered: dict[str, OnDelivered] = {}
        self.on_settled: dict[str, OnSettled] = {}
        self._lines: dict[str, deque[str]] = {}  # line -> callback ids, the head is the one to send
        self._line_of: dict[str, tuple[str, str]] = {}  # callback id -> (account, line)
        self._tasks: dict[str, asyncio.Task[None]] = {}  # callback id -> its delivery under way
        self._waiters: dict[str, list[asyncio.Future[dict[str, Any]]]] = {}
        self._client: httpx.AsyncClient | None = None
        # Set before start-up to deliver callbacks elsewhere than the network (tests).
        self.transport: httpx.AsyncBaseTransport | None = None
        self._slots: asyncio.Semaphore | None = None

    # ------------------------------------------------------------------------------- making them

    def enqueue(
        self,
        account: str,
        event: str,
        subject: str,
        url: str,
        method: str,
        params: dict[str, str],
        extra: dict[str, Any] | None = None,
    ) -> str:
        """Store a callback and queue it behind the earlier ones of its subject; returns its id."""
        return self.enqueue_all(account, [Pending(event, subject, url, method, params, extra)])[0]

    def enqueue_all(self, account: str, callbacks: list[Pending]) -> list[str]:
        """`enqueue` for several callbacks, stored with one statement, queued in the order given."""
        now = self.clock.now()
        created = clock.iso(now)
        docs: list[dict[str, Any]] = []
        for pending in callbacks:
            method = pending.method.upper() if pending.method.upper() in ("GET", "POST") else "POST"
            problem = url_problem(pending.url)
            docs.append(
                {
                    "callback_id": new_api_id(),
                    "auth_id": account,
                    "event": pending.event,
                    "subject": pending.subject,
                    "url": pending.url,
                    "method": method,
                    "params": pending.params,
                    "state": "pending" if problem is None else "failed",
                    "attempts": 0,
                    "created_at": created,
                    "next_attempt_at": created if problem is None else None,
                    "error": problem,
                    **(pending.extra or {}),
                }
            )
        self.store.put_resources(account, CALLBACK, [(doc["callback_id"], doc) for doc in docs])
        for doc in docs:
            if doc["error"] is not None:
                log.warning("callback %s to %r not sent: %s", doc["callback_id"], doc["url"], doc["error"])
            else:
                self._add_to_line(account, f"{account}/{doc['subject']}", doc["callback_id"], now)
        return [doc["callback_id"] for doc in docs]

    def _add_to_line(self, account: str, line: str, callback_id: str, due: datetime) -> None:
        queue = self._lines.setdefault(line, deque())
        queue.append(callback_id)
        self._line_of[callback_id] = (account, line)
        if len(queue) == 1:
            self.queue.push(due, account, callback_id)

    def resume(self) -> int:
        """Queue the pending callbacks found in the store, in their original order."""
        count = 0
        for account in (acc.auth_id for acc in self.accounts):
            docs, _ = self.store.list_resources(
                account, CALLBACK, limit=None, newest_first=False, where={"state": "pending"}
            )
            for doc in docs:
                if doc["callback_id"] in self._line_of:
                    continue  # made before start-up, already queued
                due = _when(doc["next_attempt_at"])
                self._add_to_line(account, f"{account}/{doc['subject']}", doc["callback_id"], due)
                count += 1
        return count

    # ----------------------------------------------------------------------------- sending them

    def _fire(self, account: str, callback_id: str) -> None:
        if callback_id in self._tasks:
            return
        doc = self.store.get_resource(account, CALLBACK, callback_id)
        if doc is None or doc["state"] != "pending":
            self._next_in_line(callback_id)
            return
        if _when(doc["next_attempt_at"]) > self.clock.now():
            return  # an earlier entry of a callback since moved to a later time
        task = asyncio.get_running_loop().create_task(
            self._deliver(account, doc), name=f"plivo-emulator-callback-{callback_id}"
        )
        self._tasks[callback_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(callback_id, None))

    def _next_in_line(self, callback_id: str) -> None:
        where = self._line_of.pop(callback_id, None)
        if where is None:
            return
        account, line = where
        queue = self._lines.get(line)
        if not queue:
            return
        if queue[0] == callback_id:
            queue.popleft()
        else:
            with contextlib.suppress(ValueError):
                queue.remove(callback_id)
        if queue:
            self.queue.push(self.clock.now(), account, queue[0])
        else:
            self._lines.pop(line, None)

    def _request(self, account: str, doc: dict[str, Any]) -> tuple[str, dict[str, str]]:
        """(URL to call, signature headers) for one attempt; every attempt gets a new nonce."""
        # The client package is imported when first needed: importing it is a fifth of start-up.
        from plivo_messaging.signature import signature_headers

        owner = self.accounts.get(account)
        token = owner.auth_token if owner else ""
        parent = self.accounts.get(owner.parent) if owner and owner.parent else None
        url, method, params = str(doc["url"]), str(doc["method"]), dict(doc["params"])
        headers = signature_headers(
            token, url, params, method, main_account_token=parent.auth_token if parent else None
        )
        if method == "GET":
            import httpx

            url = str(httpx.URL(url).copy_merge_params(params))
        return url, headers

    async def _deliver(self, account: str, doc: dict[str, Any]) -> None:
        import httpx

        assert self._slots is not None
        client = self._client
        if client is None:
            # trust_env=False: callbacks go where they are addressed, never through a proxy of the host.
            client = httpx.AsyncClient(
                timeout=self.settings.callback_timeout,
                follow_redirects=False,
                trust_env=False,
                headers={"User-Agent": USER_AGENT},
                transport=self.transport,
            )
            self._client = client
        callback_id = doc["callback_id"]
        attempt = int(doc["attempts"]) + 1
        url, headers = self._request(account, doc)
        started_at = self.clock.now()
        status: int | None = None
        error: str | None = None
        response: httpx.Response | None = None
        began = time.perf_counter()
        async with self._slots:
            try:
                if doc["method"] == "GET":
                    response = await client.get(url, headers=headers)
                else:
                    response = await client.post(url, data=doc["params"], headers=headers)
                status = response.status_code
            except httpx.TimeoutException:
                error = f"no answer within {self.settings.callback_timeout:g} s"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        elapsed_ms = round((time.perf_counter() - began) * 1000, 1)
        transient = error is not None or (status is not None and status >= 500)
        if status is not None and 200 <= status < 300:
            outcome = "delivered"
        elif transient and attempt <= self.settings.callback_retries:
            outcome = "retry"
        else:
            outcome = "failed"
        record: dict[str, Any] = {
            "attempt": attempt,
            "at": clock.iso(started_at),
            "url": url,
            "method": doc["method"],
            "headers": headers,
            "status_code": status,
            "error": error,
            "duration_ms": elapsed_ms,
            "outcome": outcome,
        }
        if response is not None:
            record["response_content_type"] = response.headers.get("content-type", "")
            record["response_body"] = response.text[:MAX_BODY_KEPT]
        changes: dict[str, Any] = {"attempts": attempt, "last_status_code": status, "error": error}
        if outcome == "delivered":
            changes.update(state="delivered", next_attempt_at=None)
            handler = self.on_delivered.get(doc["event"])
            if handler is not None and response is not None:
                try:
                    changes.update(await handler(account, doc, response))
                except Exception as exc:  # the customer's answer must not break delivery
                    log.exception("callback %s: handling the answer failed", callback_id)
                    changes["reply_error"] = f"{type(exc).__name__}: {exc}"
        elif outcome == "retry":
            delay = self.settings.callback_backoff * (2 ** (attempt - 1))
            changes["next_attempt_at"] = clock.iso(self.clock.now() + timedelta(seconds=delay))
        else:
            changes.update(state="failed", next_attempt_at=None)
        with self.store.transaction():
            updated = update_resource(self.store, account, CALLBACK, callback_id, changes)
            if updated is not None:
                self.store.put_resource(
                    account, ATTEMPT, f"{callback_id}/{attempt}", record, parent=callback_id
                )
        log.debug("callback %s attempt %d: %s", callback_id, attempt, outcome)
        if updated is None:  # forgotten by a reset meanwhile
            self._next_in_line(callback_id)
            return
        self._resolve(callback_id, {**updated, "last_attempt": record})
        if outcome == "retry":
            self.queue.push(_when(changes["next_attempt_at"]), account, callback_id)
            return
        settled = self.on_settled.get(doc["event"])
        if settled is not None:
            try:
                settled(account, updated)
            except Exception:
                log.exception("callback %s: settling failed", callback_id)
        self._next_in_line(callback_id)

    # ------------------------------------------------------------------------------- observing

    def wait_for_attempt(self, callback_id: str) -> asyncio.Future[dict[str, Any]]:
        """A future resolved with the callback (and `last_attempt`) after its next attempt."""
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(callback_id, []).append(future)
        return future

    def _resolve(self, callback_id: str, result: dict[str, Any]) -> None:
        for future in self._waiters.pop(callback_id, []):
            if not future.done():
                future.set_result(result)

    def listing(self, account: str, where: dict[str, Any], limit: int) -> list[dict[str, Any]]:
        """Callbacks, oldest first, each with its attempts."""
        docs, _ = self.store.list_resources(account, CALLBACK, limit=limit, newest_first=False, where=where)
        for doc in docs:
            attempts, _ = self.store.list_resources(
                account, ATTEMPT, parent=doc["callback_id"], limit=None, newest_first=False
            )
            doc["attempt_log"] = attempts
        return docs

    def pending_count(self) -> int:
        return sum(len(q) for q in self._lines.values())

    # ------------------------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        self._slots = asyncio.Semaphore(self.settings.callback_concurrency)
        self.resume()
        self.queue.start()

    def forget(self, account: str | None = None) -> None:
        """Drop what is queued in memory for one account (or all) and stop its deliveries under way,
        after a reset removed its callbacks from the store."""
        doomed = [cid for cid, (acc, _) in self._line_of.items() if account is None or acc == account]
        for callback_id in doomed:
            task = self._tasks.get(callback_id)
            if task is not None:
                task.cancel()
            _, line = self._line_of.pop(callback_id)
            self._lines.pop(line, None)
            for future in self._waiters.pop(callback_id, []):
                future.cancel()
        if account is None:
            self.queue.clear()  # entries of other accounts are skipped as they come due

    async def stop(self) -> None:
        await self.queue.stop()
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._client is not None:
            await self._client.aclose()
            self._client = None
