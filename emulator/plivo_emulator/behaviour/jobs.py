"""Scheduled state changes, kept in the store so they survive a restart.

A job is `{job_id, due, action, data}` under its account. When it comes due, the action registered
under its name runs with the account and the data; it returns the job's next `(due, data)` to run
again later, or None when the job is done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from ..clock import Clock
from ..store import Store
from .persist import JOB
from .timeline import TimedQueue

log = logging.getLogger("plivo_emulator")
Action = Callable[[str, dict[str, Any]], tuple[datetime, dict[str, Any]] | None]


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


class Jobs:
    def __init__(self, store: Store, accounts: Callable[[], Iterable[str]], clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._accounts = accounts
        self.actions: dict[str, Action] = {}
        self.queue = TimedQueue("jobs", self._fire, clock)

    def schedule(self, account: str, job_id: str, due: datetime, action: str, data: dict[str, Any]) -> None:
        if action not in self.actions:
            raise ValueError(f"no job action {action!r}")
        doc = {"job_id": job_id, "due": due.isoformat(), "action": action, "data": data}
        self.store.put_resource(account, JOB, job_id, doc)
        self.queue.push(due, account, job_id)

    def cancel(self, account: str, job_id: str) -> bool:
        return self.store.delete_resource(account, JOB, job_id)

    def pending(self, account: str) -> list[dict[str, Any]]:
        docs, _ = self.store.list_resources(account, JOB, limit=None, newest_first=False)
        return docs

    def resume(self) -> int:
        """Queue every job found in the store (at start-up)."""
        count = 0
        for account in self._accounts():
            for doc in self.pending(account):
                self.queue.push(_parse(doc["due"]), account, doc["job_id"])
                count += 1
        return count

    def _fire(self, account: str, job_id: str) -> None:
        doc = self.store.get_resource(account, JOB, job_id)
        if doc is None or _parse(doc["due"]) > self.clock.now():
            return  # done, cancelled, or moved to a later time (another entry is queued for that)
        action = self.actions.get(doc["action"])
        if action is None:
            log.error("job %s: unknown action %r dropped", job_id, doc["action"])
            self.cancel(account, job_id)
            return
        following = action(account, dict(doc["data"]))
        if following is None:
            self.cancel(account, job_id)
            return
        due, data = following
        self.schedule(account, job_id, due, doc["action"], data)
