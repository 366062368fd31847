"""Run-time settings, read from command-line flags or environment variables: the server's, and how
messages, callbacks, compliance reviews and rate limits behave."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Literal

from .auth import Accounts, build_accounts

VALIDATE_RESPONSES_ENV = "PLIVO_EMULATOR_VALIDATE_RESPONSES"
ALLOW_MISSING_ENV = "PLIVO_EMULATOR_ALLOW_MISSING_HANDLERS"
DB_ENV = "PLIVO_EMULATOR_DB"
MIB = 1024 * 1024

LifecycleMode = Literal["instant", "realistic", "manual"]
LIFECYCLE_MODES: tuple[LifecycleMode, ...] = ("instant", "realistic", "manual")
LIFECYCLE_ENV = "PLIVO_EMULATOR_LIFECYCLE"
REVIEWS_ENV = "PLIVO_EMULATOR_REVIEWS"
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

    `lifecycle`: `instant` finishes each message (and, unless `reviews` says otherwise, each compliance
    review) before the request
    that started it returns; `realistic` moves them on after delays of a few seconds (times
    `time_scale`) on the emulator's clock; `manual` leaves them where they are until the admin API
    moves them (queued messages still expire). Built in code, settings default to `manual`, so a
    test that inspects the store sees the state it left; the command line and the pytest fixture
    default to `instant`.
    """

    lifecycle: LifecycleMode = "manual"
    # How compliance reviews (brands, campaigns, number links, toll-free verifications) end; None
    # follows `lifecycle`. The command line and the pytest fixture default to `manual`: a new
    # campaign or verification stays where Plivo starts it (PROCESSING, SUBMITTED) until the admin API
    # or the inbox decides, as Plivo's days-long reviews do, so a create-then-update test written
    # against the emulator also holds against Plivo. `instant` approves at once.
    reviews: LifecycleMode | None = None
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


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Settings:
    spec_path: str | None = None  # None: PLIVO_EMULATOR_SPEC, else the packaged openapi.yaml
    db: str = ":memory:"
    accounts: Accounts = field(default_factory=build_accounts)
    # Check every response body against the spec; a mismatch becomes a 500 and is logged.
    validate_responses: bool = False
    # Base URL written into media URLs; by default the scheme and Host of the request.
    public_url: str | None = None
    # Operations of the spec without a handler answer 501 instead of stopping start-up.
    allow_missing_handlers: bool = False
    max_json_body: int = 1 * MIB
    max_upload_body: int = 25 * MIB
    # Without a message_time filter the message list covers this many hours, as Plivo's does
    # (0 = everything).
    list_window_hours: int = 24
    # Message lifecycle, callbacks, rate limits.
    behaviour: BehaviourSettings = field(default_factory=BehaviourSettings)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {
            "spec_path": os.environ.get("PLIVO_EMULATOR_SPEC") or None,
            "db": os.environ.get(DB_ENV) or ":memory:",
            "accounts": build_accounts(os.environ.get("PLIVO_AUTH_ID"), os.environ.get("PLIVO_AUTH_TOKEN")),
            "validate_responses": env_flag(VALIDATE_RESPONSES_ENV),
            "allow_missing_handlers": env_flag(ALLOW_MISSING_ENV),
            "behaviour": BehaviourSettings.from_env(),
        }
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]
