"""pytest plugin: the `plivo_emulator` fixture.

`plivo_emulator` gives each test an emulator with an empty store, listening on 127.0.0.1 and a free
port; one server is started per test session and stopped at its end. Every response is checked
against the spec (turn off with the ini option `plivo_emulator_validate_responses = false`); a test
during which the emulator answered outside the spec fails.

    def test_send(plivo_emulator):
        client = plivo.RestClient(plivo_emulator.auth_id, plivo_emulator.auth_token)
        ...  # point the client at plivo_emulator.base_url

ini options: `plivo_emulator_spec` (default: PLIVO_EMULATOR_SPEC, else the packaged openapi.yaml),
`plivo_emulator_validate_responses` (default true), `plivo_emulator_allow_missing_handlers`
(default false), `plivo_emulator_lifecycle` (default instant), `plivo_emulator_reviews` (default
manual), `plivo_emulator_callback_backoff`
(seconds before a failed callback is retried, doubling; default 0.1).

The handle is also an `AdminClient`: `outbox()`, `callbacks()`, `simulate_inbound()`,
`advance_message()`, `configure_number()`, `inject_fault()`, `advance_clock()`... call the admin API;
`wait_for_message(number=..., direction=..., timeout=...)` waits for a message (the emulator answers
as soon as it is stored), `extract_code(text)` and `wait_for_code(number=...)` read a one-time code.

    def test_sign_in(plivo_emulator):
        start_sign_in("14155550123")  # the application texts a code
        code = plivo_emulator.wait_for_code(number="14155550123")
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .behaviour.admin_client import AdminClient
from .config import BehaviourSettings, Settings, parse_mode
from .runtime import Runtime
from .server import EmulatorServer
from .store import Store


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("plivo_emulator_spec", "openapi.yaml served by the plivo_emulator fixture", default="")
    parser.addini(
        "plivo_emulator_validate_responses",
        "check emulator responses against the spec",
        type="bool",
        default=True,
    )
    parser.addini(
        "plivo_emulator_allow_missing_handlers",
        "start even if operations of the spec have no handler",
        type="bool",
        default=False,
    )
    parser.addini("plivo_emulator_lifecycle", "instant, realistic or manual", default="instant")
    parser.addini(
        "plivo_emulator_reviews",
        "how compliance reviews end: manual (stay where Plivo starts them), instant or realistic",
        default="manual",
    )
    parser.addini("plivo_emulator_callback_backoff", "seconds before a callback retry", default="0.1")


class EmulatorHandle(AdminClient):
    """What a test gets: where the emulator is, credentials, inspection helpers, the admin API."""

    def __init__(self, server: EmulatorServer) -> None:
        super().__init__(server.base_url)
        self.server = server
        self.base_url = server.base_url
        primary = server.runtime.settings.accounts.primary
        self.auth_id = primary.auth_id
        self.auth_token = primary.auth_token

    @property
    def runtime(self) -> Runtime:
        return self.server.runtime

    @property
    def store(self) -> Store:
        return self.server.runtime.store

    @property
    def auth(self) -> tuple[str, str]:
        return self.auth_id, self.auth_token

    def account_url(self, rest: str = "", auth_id: str | None = None) -> str:
        """`{base_url}/v1/Account/{auth_id}/{rest}`."""
        return f"{self.base_url}/v1/Account/{auth_id or self.auth_id}/{rest.lstrip('/')}"

    def reset(self) -> None:
        """Empty the store (callbacks and schedules included), drop faults and rate limits set at run
        time, put the clock back, and forget recorded response mismatches."""
        self.reset_emulator()
        self.runtime.response_failures.clear()

    def messages(self, auth_id: str | None = None) -> list[dict[str, Any]]:
        """Stored messages, oldest first, with private fields (`_text`, `_request`, ...)."""
        return self.store.all_messages(auth_id)

    def message(self, message_uuid: str) -> dict[str, Any] | None:
        return self.store.get_message(None, message_uuid)

    @property
    def response_failures(self) -> list[str]:
        return list(self.runtime.response_failures)


@pytest.fixture(scope="session")
def plivo_emulator_server(pytestconfig: pytest.Config) -> Iterator[EmulatorServer]:
    overrides: dict[str, object] = {
        "db": ":memory:",
        "validate_responses": bool(pytestconfig.getini("plivo_emulator_validate_responses")),
        "behaviour": BehaviourSettings(
            lifecycle=parse_mode(str(pytestconfig.getini("plivo_emulator_lifecycle"))),
            reviews=parse_mode(str(pytestconfig.getini("plivo_emulator_reviews"))),
            callback_backoff=float(pytestconfig.getini("plivo_emulator_callback_backoff")),
        ),
    }
    if pytestconfig.getini("plivo_emulator_allow_missing_handlers"):
        overrides["allow_missing_handlers"] = True
    spec = str(pytestconfig.getini("plivo_emulator_spec") or "")
    if spec:
        overrides["spec_path"] = spec
    with EmulatorServer(Settings.from_env(**overrides)) as server:
        yield server


@pytest.fixture
def plivo_emulator(plivo_emulator_server: EmulatorServer) -> Iterator[EmulatorHandle]:
    handle = EmulatorHandle(plivo_emulator_server)
    handle.reset()
    yield handle
    failures = handle.response_failures
    handle.reset()
    if failures:
        pytest.fail("the emulator answered outside the spec:\n" + "\n".join(failures), pytrace=False)
