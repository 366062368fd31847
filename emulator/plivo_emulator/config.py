"""Run-time settings, read from command-line flags or environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .auth import Accounts, build_accounts
from .behaviour.settings import BehaviourSettings

VALIDATE_RESPONSES_ENV = "PLIVO_EMULATOR_VALIDATE_RESPONSES"
ALLOW_MISSING_ENV = "PLIVO_EMULATOR_ALLOW_MISSING_HANDLERS"
DB_ENV = "PLIVO_EMULATOR_DB"
MIB = 1024 * 1024


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
    # Message lifecycle, callbacks, rate limits (see behaviour/settings.py).
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
