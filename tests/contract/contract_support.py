"""What the contract tests run against and how much: profiles, accounts and the schemathesis config.

One module, so the test files and conftest.py share it (conftest.py only holds fixtures and the
report). Three profiles, chosen by environment variables:

* `ci` (default): the emulator on a free port, a fixed seed, bounded example counts.
* `deep` (`PLIVO_CONTRACT_PROFILE=deep`, `make contract-deep`): the emulator, many more examples and
  longer stateful scenarios, a random seed that the run prints (`PLIVO_CONTRACT_SEED` replays one).
* `live` (`PLIVO_CONTRACT_LIVE=1`, `make contract-live`): Plivo's API with the account in
  PLIVO_AUTH_ID/PLIVO_AUTH_TOKEN, read-only operations unless PLIVO_CONTRACT_LIVE_WRITES=1, rate
  limited well under Plivo's account limits.

schemathesis.toml is the single source of the checks, phases and generation settings; a profile
only overlays what differs (seed, example counts, base URL, rate limits, the accounts).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import os
import random
import threading
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
from plivo_emulator.auth import Account, Accounts
from plivo_emulator.config import BehaviourSettings, Settings
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.schemas import OpenApiSchema

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "schemathesis.toml"
REPORTS = ROOT / "reports" / "schemathesis"
LIVE_URL = "https://api.plivo.com"
WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"]

PROFILE_ENV = "PLIVO_CONTRACT_PROFILE"
LIVE_ENV = "PLIVO_CONTRACT_LIVE"
WRITES_ENV = "PLIVO_CONTRACT_LIVE_WRITES"
SEED_ENV = "PLIVO_CONTRACT_SEED"
AUTH_ID_ENV = "PLIVO_AUTH_ID"
AUTH_TOKEN_ENV = "PLIVO_AUTH_TOKEN"

# The emulator's accounts: the one under test, its subaccount (the message list's `subaccount`
# filter) and another main account (the peer that must not see the first one's objects).
MAIN = Account("MAXXXXXXXXXXXXXXXXXX", "emulator-auth-token")
SUB = Account("SAXXXXXXXXXXXXXXXXXX", "emulator-sub-token", MAIN.auth_id)
OTHER = Account("MAYYYYYYYYYYYYYYYYYY", "emulator-other-token")

# Plivo's documented limits are 300 requests per 5 seconds per account, and 20 per minute for the
# message list; the live run stays far below both.
LIVE_RATE_LIMIT = "5/s"
LIVE_OPERATION_RATE_LIMITS = {"listMessages": "15/m"}


# Per operation and phase: the coverage phase derives at least one case from every operation's
# schema; the fuzzing phase draws max-examples per generation mode, and an operation whose every
# input is fixed (the account) or a UUID still yields a dozen distinct cases.
CI_FLOOR: Mapping[str, int] = {"coverage": 1, "fuzzing": 10}
DEEP_FLOOR: Mapping[str, int] = {"coverage": 1, "fuzzing": 50}


def _flag(env: Mapping[str, str], name: str) -> bool:
    return env.get(name, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Profile:
    name: str
    seed: int
    seed_is_random: bool
    max_examples: int
    stateful_examples: int
    stateful_steps: int
    # Fewest generated cases a full run of this profile must reach (0: no floor).
    min_cases: int
    # Fewest cases each selected operation must get in each of these phases.
    min_per_operation: Mapping[str, int] = field(default_factory=dict)
    live: bool = False
    writes: bool = True
    credentials: tuple[str, str] = (MAIN.auth_id, MAIN.auth_token)

    @property
    def has_credentials(self) -> bool:
        return all(self.credentials)

    def describe(self) -> str:
        seed = f"seed {self.seed}"
        if self.seed_is_random:
            seed += f" (random; replay with {SEED_ENV}={self.seed})"
        target = f"{LIVE_URL} as {self.credentials[0] or '?'}" if self.live else "the emulator"
        scope = ", read-only operations" if self.live and not self.writes else ""
        return (
            f"contract profile {self.name}: {target}{scope}; {seed}; {self.max_examples} fuzzed examples "
            f"per operation, {self.stateful_examples} stateful scenarios of up to {self.stateful_steps} steps"
        )


def profile_from_env(env: Mapping[str, str] | None = None) -> Profile:
    env = os.environ if env is None else env
    name = env.get(PROFILE_ENV, "").strip().lower() or "ci"
    if name not in ("ci", "deep"):
        raise ValueError(f"{PROFILE_ENV}={name!r}: expected 'ci' or 'deep'")
    given_seed = env.get(SEED_ENV, "").strip()
    live = _flag(env, LIVE_ENV)
    if given_seed:
        seed, random_seed = int(given_seed), False
    elif name == "deep":
        seed, random_seed = random.SystemRandom().randrange(2**32), True
    else:
        seed, random_seed = 20240901, False
    if live:
        return Profile(
            name="live",
            seed=seed,
            seed_is_random=random_seed,
            max_examples=10 if name == "ci" else 50,
            stateful_examples=5 if name == "ci" else 20,
            stateful_steps=6,
            min_cases=0,
            live=True,
            writes=_flag(env, WRITES_ENV),
            credentials=(env.get(AUTH_ID_ENV, ""), env.get(AUTH_TOKEN_ENV, "")),
        )
    if name == "deep":
        return Profile(
            "deep", seed, random_seed, 300, 200, 20, min_cases=20_000, min_per_operation=DEEP_FLOOR
        )
    return Profile("ci", seed, random_seed, 25, 40, 10, min_cases=5_000, min_per_operation=CI_FLOOR)


def emulator_settings() -> Settings:
    return Settings(
        spec_path=str(SPEC),
        accounts=Accounts([MAIN, SUB, OTHER]),
        # schemathesis itself checks every response, and reports a mismatch as such instead of the
        # emulator's 500.
        validate_responses=False,
        # Messages end (delivered, or undelivered/failed/rejected for magic numbers) and reviews are
        # decided before the request returns, so the responses that follow show those states.
        behaviour=BehaviourSettings(lifecycle="instant"),
    )


def basic_header(account: Account) -> str:
    token = base64.b64encode(f"{account.auth_id}:{account.auth_token}".encode()).decode("ascii")
    return f"Basic {token}"


def write_peer_accounts(path: Path) -> Path:
    """A Web Fuzzing Commons auth file: the account under test and a peer that must not see its data."""
    document = {
        "auth": [
            {"name": "main", "fixedHeaders": [{"name": "Authorization", "value": basic_header(MAIN)}]},
            {"name": "other", "fixedHeaders": [{"name": "Authorization", "value": basic_header(OTHER)}]},
        ]
    }
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


@contextlib.contextmanager
def _scoped_env(values: Mapping[str, str]) -> Iterator[None]:
    """`${VAR}` placeholders of the config resolve from os.environ while it loads; nothing leaks."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def config_data(profile: Profile, peer_accounts: Path | None = None) -> dict[str, Any]:
    """schemathesis.toml with the profile's overlay."""
    data = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    data["seed"] = profile.seed
    data.setdefault("generation", {})["max-examples"] = profile.max_examples
    stateful = data.setdefault("phases", {}).setdefault("stateful", {})
    stateful["max-steps"] = profile.stateful_steps
    # The `st` command writes the JUnit report named in schemathesis.toml. Under pytest, schemathesis'
    # report writers import allure-python-commons even for JUnit (4.32.5), so pytest's own
    # `--junit-xml` reports this suite instead.
    data.pop("reports", None)
    if profile.live:
        # Plivo also refuses valid input with 403 (geo permissions), which the emulator never does.
        for section in [data, *data.get("operations", [])]:
            statuses = section.get("checks", {}).get("positive_data_acceptance", {}).get("expected-statuses")
            if isinstance(statuses, list) and "403" not in statuses:
                statuses.append("403")
        data["base-url"] = LIVE_URL
        data["rate-limit"] = LIVE_RATE_LIMIT
        data.setdefault("operations", []).extend(
            {"include-operation-id": operation_id, "rate-limit": limit}
            for operation_id, limit in LIVE_OPERATION_RATE_LIMITS.items()
        )
    elif peer_accounts is not None:
        # The object-level authorization check needs two identities; [auth.basic] gives one.
        data["auth"] = {"wfc": {"path": str(peer_accounts), "user": "main", "peers": ["main", "other"]}}
    return data


def load_config(profile: Profile, peer_accounts: Path | None = None) -> SchemathesisConfig:
    auth_id, token = profile.credentials if profile.has_credentials else (MAIN.auth_id, MAIN.auth_token)
    # The hooks file in the config is a path relative to the repository root.
    with contextlib.chdir(ROOT), _scoped_env({AUTH_ID_ENV: auth_id, AUTH_TOKEN_ENV: token}):
        return SchemathesisConfig.from_dict(config_data(profile, peer_accounts), base_dir=str(ROOT))


def load_schema(profile: Profile) -> OpenApiSchema:
    """openapi.yaml under the profile's configuration; live runs without opt-in see only reads."""
    peers = None
    if not profile.live:
        REPORTS.mkdir(parents=True, exist_ok=True)
        peers = write_peer_accounts(REPORTS / "peer-accounts.json")
    schema = schemathesis.openapi.from_path(SPEC, config=load_config(profile, peers))
    if profile.live and not profile.writes:
        # An exclusion (inclusions are alternatives, and the config's operation sections add some).
        return schema.exclude(method=WRITE_METHODS)  # type: ignore[return-value]
    return schema


@functools.cache
def current_profile() -> Profile:
    """The profile of this run (read once from the environment)."""
    return profile_from_env()


@functools.cache
def current_schema() -> OpenApiSchema:
    """The schema every contract test of this run shares."""
    return load_schema(current_profile())


STATE_FIELDS = frozenset({"message_state", "registration_status", "status"})
# What a run against the emulator must have seen in responses, each as (description, any of these):
# messages delivered and failed, reviews approved and rejected.
REQUIRED_STATES: tuple[tuple[str, frozenset[tuple[str, str]]], ...] = (
    ("a delivered message", frozenset({("message_state", "delivered")})),
    ("a failed message", frozenset({("message_state", "failed")})),
    (
        "an approved review",
        frozenset(
            {("registration_status", "COMPLETED"), ("registration_status", "ACTIVE"), ("status", "APPROVED")}
        ),
    ),
    ("a rejected review", frozenset({("registration_status", "FAILED"), ("status", "REJECTED")})),
)


@dataclass
class CaseCounter:
    """Generated test cases, by phase (examples, coverage, fuzzing, stateful) and operation."""

    by_phase: Counter[str] = field(default_factory=Counter)
    by_operation: Counter[str] = field(default_factory=Counter)
    by_operation_phase: Counter[tuple[str, str]] = field(default_factory=Counter)
    # (field, value) of the states the responses showed: message_state, registration_status, status
    states: set[tuple[str, str]] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record_states(self, payload: Any) -> None:
        """Remember the states a response body shows (at any depth)."""
        found: set[tuple[str, str]] = set()
        stack = [payload]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                for key, value in node.items():
                    if key in STATE_FIELDS and isinstance(value, str):
                        found.add((key, value))
                    elif isinstance(value, dict | list):
                        stack.append(value)
            elif isinstance(node, list):
                stack.extend(node)
        with self._lock:
            self.states |= found

    def record(self, phase: str, operation: str) -> None:
        with self._lock:
            self.by_phase[phase] += 1
            self.by_operation[operation] += 1
            self.by_operation_phase[(operation, phase)] += 1

    @property
    def total(self) -> int:
        return sum(self.by_phase.values())


COUNTER = CaseCounter()


def too_few_cases(
    counter: CaseCounter, selected: Iterable[str], profile: Profile, whole_run: bool
) -> list[str]:
    """Why the run generated too little: an operation selected to run that got fewer cases in a phase
    than the profile's floor (none at all included), or a whole run below the profile's total."""
    if profile.live:
        return []
    problems = [
        f"{operation}: {counter.by_operation_phase[(operation, phase)]} {phase} cases, fewer than {floor}"
        for operation in sorted(selected)
        for phase, floor in profile.min_per_operation.items()
        if counter.by_operation_phase[(operation, phase)] < floor
    ]
    if whole_run:
        problems.extend(
            f"no response showed {what}" for what, any_of in REQUIRED_STATES if not counter.states & any_of
        )
    if whole_run and counter.total < profile.min_cases:
        problems.append(
            f"only {counter.total} generated cases; profile {profile.name} promises {profile.min_cases}"
        )
    return problems
