"""Fault injection and rate limits, for API requests (`/v1/...`; the admin API is never affected),
checked by `app.invoke` right after routing.

A fault answers matching requests with an error (`status`, 429 with `Retry-After` included) and/or
holds them for `latency_ms` first, for the next `count` matching requests, for `seconds` of wall
time, or until removed. Requests can be matched by account and by operationId.

Rate limits are token buckets per account: `requests` per `per_seconds`, refilled continuously.
A request over the limit gets 429 with `Retry-After` (whole seconds until a request is allowed again)
and Plivo's error body.
"""

from __future__ import annotations

import asyncio
import math
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..config import RateLimit
from ..errors import ApiError
from ..runtime import Runtime

_MESSAGES = {
    429: "too many requests (injected fault)",
    500: "internal server error (injected fault)",
    502: "bad gateway (injected fault)",
    503: "service unavailable (injected fault)",
    504: "gateway timeout (injected fault)",
}


@dataclass
class Fault:
    status: int | None = None
    retry_after: int | None = None
    latency_ms: int = 0
    auth_id: str | None = None
    operation_id: str | None = None
    remaining: int | None = None  # matching requests left; None = no limit
    until: float | None = None  # Clock.monotonic() after which it is over; None = no limit
    message: str = ""
    created_at: str = ""
    fault_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    hits: int = 0

    def active(self, now: float) -> bool:
        return (self.remaining is None or self.remaining > 0) and (self.until is None or now < self.until)

    def public(self, now: float) -> dict[str, Any]:
        return {
            "fault_id": self.fault_id,
            "status": self.status,
            "retry_after": self.retry_after,
            "latency_ms": self.latency_ms,
            "auth_id": self.auth_id,
            "operation_id": self.operation_id,
            "remaining": self.remaining,
            "seconds_left": None if self.until is None else round(max(0.0, self.until - now), 3),
            "message": self.message or (_MESSAGES.get(self.status, "") if self.status else ""),
            "hits": self.hits,
            "created_at": self.created_at,
        }


class Bucket:
    def __init__(self, limit: RateLimit, now: float) -> None:
        self.limit = limit
        self.tokens = float(limit.requests)
        self.stamp = now

    def take(self, now: float) -> float:
        """0 when the request may go at `now` (`Clock.monotonic()`), else the seconds until it could."""
        rate = self.limit.requests / self.limit.per_seconds
        self.tokens = min(float(self.limit.requests), self.tokens + (now - self.stamp) * rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / rate


def _account_of(path: str) -> str | None:
    parts = path.split("/")
    return parts[3] if len(parts) > 3 and parts[1] == "v1" and parts[2] == "Account" else None


class Traffic:
    def __init__(self, rt: Runtime, limits: tuple[RateLimit, ...]) -> None:
        self.rt = rt
        self.clock = rt.clock
        self._configured = limits
        self._lock = threading.Lock()
        self.faults: list[Fault] = []
        self.limits: dict[str | None, RateLimit] = {}
        self._buckets: dict[str, Bucket] = {}
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.faults.clear()
            self.limits = {limit.auth_id: limit for limit in self._configured}
            self._buckets.clear()

    # ----------------------------------------------------------------------------- configuring

    def add_fault(self, fault: Fault) -> Fault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def remove_fault(self, fault_id: str) -> bool:
        with self._lock:
            before = len(self.faults)
            self.faults = [f for f in self.faults if f.fault_id != fault_id]
            return len(self.faults) != before

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def list_faults(self) -> list[dict[str, Any]]:
        now = self.clock.monotonic()
        with self._lock:
            self.faults = [f for f in self.faults if f.active(now)]
            return [f.public(now) for f in self.faults]

    def set_limit(self, limit: RateLimit) -> None:
        with self._lock:
            self.limits[limit.auth_id] = limit
            self._buckets.clear()

    def clear_limits(self) -> None:
        with self._lock:
            self.limits.clear()
            self._buckets.clear()

    def list_limits(self) -> list[dict[str, Any]]:
        with self._lock:
            return [
                {"auth_id": limit.auth_id, "requests": limit.requests, "per_seconds": limit.per_seconds}
                for limit in self.limits.values()
            ]

    # ------------------------------------------------------------------------------- deciding

    def _faults_for(self, account: str | None, operation_id: str | None) -> list[Fault]:
        now = self.clock.monotonic()
        hit: list[Fault] = []
        with self._lock:
            for fault in self.faults:
                if not fault.active(now):
                    continue
                if fault.auth_id is not None and fault.auth_id != account:
                    continue
                if fault.operation_id is not None and fault.operation_id != operation_id:
                    continue
                fault.hits += 1
                if fault.remaining is not None:
                    fault.remaining -= 1
                hit.append(fault)
            self.faults = [f for f in self.faults if f.active(now)]
        return hit

    def _limited(self, account: str) -> float:
        with self._lock:
            limit = self.limits.get(account) or self.limits.get(None)
            if limit is None:
                return 0.0
            bucket = self._buckets.get(account)
            if bucket is None or bucket.limit != limit:
                bucket = self._buckets[account] = Bucket(limit, self.clock.monotonic())
            return bucket.take(self.clock.monotonic())

    async def check(self, path: str, operation_id: str | None) -> None:
        """The guard of `app.invoke`, once a request is routed: hold it for an injected latency, then
        raise the ApiError of an injected fault or of a rate limit (requests outside an account's
        `/v1/Account/{auth_id}/...` pass)."""
        account = _account_of(path)
        if account is None:
            return
        faults = self._faults_for(account, operation_id) if self.faults else []
        latency = max((f.latency_ms for f in faults), default=0)
        if latency:
            await asyncio.sleep(latency / 1000)
        failing = next((f for f in faults if f.status is not None), None)
        if failing is not None and failing.status is not None:
            headers = {"Retry-After": str(failing.retry_after)} if failing.retry_after is not None else {}
            raise ApiError(
                failing.status, failing.message or _MESSAGES.get(failing.status, "injected fault"), headers
            )
        wait = self._limited(account)
        if wait > 0:
            limit = self.limits.get(account) or self.limits.get(None)
            shown = f"{limit.requests} requests per {limit.per_seconds:g} seconds" if limit else "the limit"
            raise ApiError(
                429,
                f"too many requests: this account may make {shown}",
                {"Retry-After": str(max(1, math.ceil(wait)))},
            )
