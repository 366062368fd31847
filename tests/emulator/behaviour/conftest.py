"""Fixtures of the behaviour tests: an emulator with the instant lifecycle and quick callback retries
(three accounts, response validation on), reset through its admin API before each test; a local
receiver for callbacks. Clients are made once per session (making one costs tens of milliseconds)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from callback_receiver import Receiver
from emulator_support import MAIN, OTHER, SUB, account_client, settings
from plivo_emulator.config import BehaviourSettings
from plivo_emulator.server import EmulatorServer

FAST = BehaviourSettings(lifecycle="instant", callback_retries=2, callback_backoff=0.05, callback_timeout=1.0)


@pytest.fixture(scope="session")
def lively_server() -> Iterator[EmulatorServer]:
    with EmulatorServer(settings(behaviour=FAST)) as running:
        yield running


@pytest.fixture(scope="session")
def lively_clients(lively_server: EmulatorServer) -> Iterator[dict[str, httpx.Client]]:
    clients = {
        "admin": httpx.Client(base_url=f"{lively_server.base_url}/_emulator", timeout=30),
        **{acc.auth_id: account_client(lively_server, acc) for acc in (MAIN, SUB, OTHER)},
    }
    yield clients
    for c in clients.values():
        c.close()


@pytest.fixture
def lively(
    lively_server: EmulatorServer, lively_clients: dict[str, httpx.Client]
) -> Iterator[EmulatorServer]:
    """The emulator, reset (store, clock, faults, limits) before and after the test."""
    admin_client = lively_clients["admin"]
    assert admin_client.post("reset").status_code == 200
    lively_server.runtime.response_failures.clear()
    yield lively_server
    admin_client.post("reset")
    failures = list(lively_server.runtime.response_failures)
    lively_server.runtime.response_failures.clear()
    assert not failures, "responses outside the specs:\n" + "\n".join(failures)


@pytest.fixture
def api(lively: EmulatorServer, lively_clients: dict[str, httpx.Client]) -> httpx.Client:
    return lively_clients[MAIN.auth_id]


@pytest.fixture
def sub_api(lively: EmulatorServer, lively_clients: dict[str, httpx.Client]) -> httpx.Client:
    return lively_clients[SUB.auth_id]


@pytest.fixture
def other_api(lively: EmulatorServer, lively_clients: dict[str, httpx.Client]) -> httpx.Client:
    return lively_clients[OTHER.auth_id]


@pytest.fixture
def admin(lively: EmulatorServer, lively_clients: dict[str, httpx.Client]) -> httpx.Client:
    return lively_clients["admin"]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as r:
        yield r
