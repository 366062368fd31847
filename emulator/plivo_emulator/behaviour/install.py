"""`Behaviour`: what the emulator does after the request path, put together for one Runtime.

It implements the `Hooks` the handlers call (message lifecycle, compliance reviews), starts and stops
the background queues, and holds what the admin API works on. `emulator.create_app` makes one per app.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from .. import clock
from ..config import BehaviourSettings
from ..hooks import Hooks, MessagesQueued
from ..runtime import Runtime
from .callbacks import Callbacks
from .compliance import Compliance
from .inbound import Inbound
from .jobs import Jobs
from .lifecycle import Lifecycle
from .persist import reset_account
from .traffic import Traffic

log = logging.getLogger("plivo_emulator")


class Behaviour(Hooks):
    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.clock = rt.clock
        self.settings: BehaviourSettings = rt.settings.behaviour
        self.jobs = Jobs(rt.store, self.account_names, rt.clock)
        self.callbacks = Callbacks(rt.store, rt.settings.accounts, self.settings, rt.clock)
        self.lifecycle = Lifecycle(self.settings, self.jobs, self.callbacks)
        self.inbound = Inbound(rt, self.callbacks)
        self.compliance = Compliance(rt, self.settings, self.jobs, self.callbacks)
        self.traffic = Traffic(rt, self.settings.rate_limits)

    # ------------------------------------------------------------------------------------ hooks

    def messages_storing(self, event: MessagesQueued) -> None:
        self.lifecycle.on_storing(event)

    def messages_queued(self, event: MessagesQueued) -> None:
        self.lifecycle.on_queued(event)

    def review_started(self, kind: str, account: str, key: str) -> None:
        self.compliance.started(kind, account, key)

    def numbers_linked(self, account: str, campaign_id: str, numbers: Sequence[str]) -> None:
        for number in numbers:
            self.compliance.started("campaign_number", account, f"{campaign_id}:{number}")

    def number_unlinked(self, account: str, campaign_id: str, number: str, url: str, method: str) -> None:
        self.compliance.unlinked(account, campaign_id, number, url, method)

    # -------------------------------------------------------------------------------- lifecycle

    def account_names(self) -> list[str]:
        return [acc.auth_id for acc in self.rt.settings.accounts]

    async def start(self) -> None:
        await self.callbacks.start()
        self.jobs.resume()
        self.jobs.queue.start()

    async def stop(self) -> None:
        await self.jobs.queue.stop()
        await self.callbacks.stop()

    def reset(self, auth_id: str | None = None) -> None:
        """Everything (store, clock, faults, limits set at run time), or one account's data."""
        if auth_id is None:
            self.callbacks.forget()
            self.jobs.queue.clear()
            self.lifecycle.forget()
            self.rt.store.reset()
            self.traffic.reset()
            self.clock.reset()
        else:
            self.callbacks.forget(auth_id)
            self.lifecycle.forget(auth_id)
            reset_account(self.rt.store, auth_id)

    def advance_clock(self, seconds: float) -> int:
        """Move the clock on and do what came due; returns how many entries were served."""
        self.clock.advance(timedelta(seconds=seconds))
        served = self.jobs.queue.run_due() + self.callbacks.queue.run_due()
        self.jobs.queue.wake()
        self.callbacks.queue.wake()
        return served

    def health(self) -> dict[str, Any]:
        return {
            "status": "ok",
            "lifecycle": self.settings.lifecycle,
            "time": clock.iso(self.clock.now()),
            "clock_offset_seconds": self.clock.offset().total_seconds(),
            "pending_jobs": sum(len(self.jobs.pending(a)) for a in self.account_names()),
            "pending_callbacks": self.callbacks.pending_count(),
            "faults": len(self.traffic.list_faults()),
        }
