"""Settings of the emulator's behaviour: lifecycle timing, callback delivery, rate limits."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Literal

LifecycleMode = Literal["instant", "realistic", "manual"]
LIFECYCLE_MODES: tuple[LifecycleMode, ...] = ("instant", "realistic", "manual")
LIFECYCLE_ENV = "PLIVO_EMULATOR_LIFECYCLE"
_RATE = re.compile(r"^(?:(?P<account>[A-Z0-9]+)=)?(?P<requests>[0-9]+)/(?P<seconds>[0-9]+(?:\.[0-9]+)?)$")


@dataclass(frozen=True)
class RateLimit:
    """At most `requests` API requests per `per_seconds` for one account (`auth_id`), or for every
    account when `auth_id` is None."""

    requests: int
    per_seconds: float
    auth_id: str | None = None

    def __post_init__(self) -> None:
        if self.requests < 1 or self.per_seconds <= 0:
            raise ValueError("a rate limit needs at least 1 request per a positive number of seconds")


def parse_rate_limit(text: str) -> RateLimit:
    """`300/5` (every account) or `MAXXXXXXXXXXXXXXXXXX=300/5` (one account)."""
    m = _RATE.match(text.strip())
    if not m:
        raise ValueError(f"{text!r}: expected REQUESTS/SECONDS or AUTH_ID=REQUESTS/SECONDS")
    return RateLimit(int(m["requests"]), float(m["seconds"]), m["account"])


def parse_mode(text: str) -> LifecycleMode:
    for mode in LIFECYCLE_MODES:
        if text == mode:
            return mode
    raise ValueError(f"lifecycle {text!r}: expected one of {', '.join(LIFECYCLE_MODES)}")


@dataclass(frozen=True)
class BehaviourSettings:
    """How messages, callbacks and compliance requests move on.

    `lifecycle`: `instant` finishes each message (and each compliance review) before the request
    that started it returns; `realistic` moves them on after delays of a few seconds (times
    `time_scale`) on the emulator's clock; `manual` leaves them where they are until the admin API
    moves them (queued messages still expire). Built in code, settings default to `manual`, so a
    test that inspects the store sees the state it left; the command line and the pytest fixture
    default to `instant`.
    """

    lifecycle: LifecycleMode = "manual"
    time_scale: float = 1.0
    # Callback deliveries that fail (connection error, timeout, 5xx) are retried this many times,
    # after callback_backoff, then twice, four times... as long (Plivo documents 60/120/240 s).
    callback_retries: int = 3
    callback_backoff: float = 60.0
    callback_timeout: float = 5.0
    callback_concurrency: int = 16
    rate_limits: tuple[RateLimit, ...] = field(default_factory=tuple)
    # Serve the inbox page (and the admin API to browsers) on every interface, not only loopback.
    inbox_public: bool = False

    def __post_init__(self) -> None:
        parse_mode(self.lifecycle)
        if self.time_scale < 0 or self.callback_backoff < 0 or self.callback_timeout <= 0:
            raise ValueError("time_scale and callback_backoff must be >= 0, callback_timeout > 0")
        if self.callback_retries < 0 or self.callback_concurrency < 1:
            raise ValueError("callback_retries must be >= 0 and callback_concurrency >= 1")

    @classmethod
    def from_env(cls, **overrides: object) -> BehaviourSettings:
        values: dict[str, object] = {"lifecycle": parse_mode(os.environ.get(LIFECYCLE_ENV) or "instant")}
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]
