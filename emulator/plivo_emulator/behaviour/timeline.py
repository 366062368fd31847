"""A queue of keys that come due at times of the emulator's clock, served by one asyncio task.

`push()` may be called before the task runs (entries wait) and from the event loop thread only.
An entry may be pushed again with another time; the owner's handler decides whether a popped entry
is still current. `run_due()` serves everything due now at once (after the clock was advanced).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
from collections.abc import Callable
from datetime import datetime

from ..clock import Clock

log = logging.getLogger("plivo_emulator")
Handler = Callable[[str, str], None]  # (account, key)
MAX_SLEEP = 60.0  # seconds; bounds the effect of a wall-clock jump on a sleeping queue


class TimedQueue:
    def __init__(self, name: str, handle: Handler, clock: Clock) -> None:
        self.name = name
        self._clock = clock
        self._handle = handle
        self._heap: list[tuple[datetime, int, str, str]] = []
        self._order = itertools.count()
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, due: datetime, account: str, key: str) -> None:
        heapq.heappush(self._heap, (due, next(self._order), account, key))
        self.wake()

    def wake(self) -> None:
        if self._wake is not None:
            self._wake.set()

    def clear(self) -> None:
        self._heap.clear()

    def run_due(self) -> int:
        """Serve every entry due now; returns how many were served."""
        served = 0
        now = self._clock.now()
        while self._heap and self._heap[0][0] <= now:
            _, _, account, key = heapq.heappop(self._heap)
            served += 1
            try:
                self._handle(account, key)
            except Exception:  # one broken entry must not stop the queue
                log.exception("%s: handling %s/%s failed", self.name, account, key)
        return served

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            self._wake.clear()
            self.run_due()
            timeout = MAX_SLEEP
            if self._heap:
                timeout = min(MAX_SLEEP, max(0.0, (self._heap[0][0] - self._clock.now()).total_seconds()))
            if timeout <= 0:
                await asyncio.sleep(0)  # let the loop breathe between bursts
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    def start(self) -> None:
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run(), name=f"plivo-emulator-{self.name}")

    async def stop(self) -> None:
        task, self._task = self._task, None
        self._wake = None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
