"""Wires the behaviour modules into a Runtime: the send hook, start-up and shutdown, the wrapped
compliance operations, the admin routes and the traffic guard in front of the API."""

from __future__ import annotations

import weakref
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from starlette.routing import BaseRoute
from starlette.types import Receive, Scope, Send

from .. import clock
from ..inbox.web import routes as inbox_routes
from ..runtime import Runtime
from .admin import AdminApi
from .callbacks import Callbacks
from .compliance import Compliance
from .inbound import Inbound
from .jobs import Jobs
from .lifecycle import Lifecycle
from .persist import reset_account
from .settings import BehaviourSettings
from .traffic import Traffic

ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
_INSTALLED: weakref.WeakKeyDictionary[Runtime, Behaviour] = weakref.WeakKeyDictionary()


class Behaviour:
    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.settings: BehaviourSettings = rt.settings.behaviour
        self.jobs = Jobs(rt.store, self.account_names)
        self.callbacks = Callbacks(rt.store, rt.settings.accounts, self.settings, self.account_names)
        self.lifecycle = Lifecycle(rt.store, self.settings, self.jobs, self.callbacks)
        self.inbound = Inbound(rt, self.callbacks)
        self.compliance = Compliance(rt, self.settings, self.jobs, self.callbacks)
        self.traffic = Traffic(rt, self.settings.rate_limits)
        self.compliance.wrap()
        rt.hooks.messages_storing.append(self.lifecycle.on_storing)
        rt.hooks.messages_queued.append(self.lifecycle.on_queued)
        rt.hooks.startup.append(self.start)
        rt.hooks.shutdown.append(self.stop)

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
            clock.reset()
        else:
            self.callbacks.forget(auth_id)
            self.lifecycle.forget(auth_id)
            reset_account(self.rt.store, auth_id)

    def advance_clock(self, seconds: float) -> int:
        """Move the clock on and do what came due; returns how many entries were served."""
        clock.advance(timedelta(seconds=seconds))
        served = self.jobs.queue.run_due() + self.callbacks.queue.run_due()
        self.jobs.queue.wake()
        self.callbacks.queue.wake()
        return served

    def health(self) -> dict[str, Any]:
        return {
            "status": "ok",
            "lifecycle": self.settings.lifecycle,
            "time": clock.iso(clock.now()),
            "clock_offset_seconds": clock.offset().total_seconds(),
            "pending_jobs": sum(len(self.jobs.pending(a)) for a in self.account_names()),
            "pending_callbacks": self.callbacks.pending_count(),
            "faults": len(self.traffic.list_faults()),
        }

    def routes(self) -> list[BaseRoute]:
        return [*AdminApi(self).routes(), *inbox_routes(self.settings.inbox_public)]

    def guard(self, app: ASGIApp) -> ASGIApp:
        return self.traffic.wrap(app)


def install(rt: Runtime) -> Behaviour:
    """The Behaviour of `rt`, made on first use."""
    behaviour = _INSTALLED.get(rt)
    if behaviour is None:
        behaviour = _INSTALLED[rt] = Behaviour(rt)
    return behaviour


def behaviour_of(rt: Runtime) -> Behaviour | None:
    return _INSTALLED.get(rt)
