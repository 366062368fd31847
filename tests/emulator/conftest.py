"""Fixtures of the emulator's own tests: one server per session with a fresh store for each test,
three accounts (main, its subaccount, another main account), response validation on."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from emulator_support import MAIN, OTHER, SUB, account_client, send, settings
from plivo_emulator.server import EmulatorServer


@pytest.fixture(scope="session")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(settings()) as running:
        yield running


@pytest.fixture
def emu(server: EmulatorServer) -> Iterator[EmulatorServer]:
    server.runtime.store.reset()
    server.runtime.response_failures.clear()
    yield server
    failures = list(server.runtime.response_failures)
    server.runtime.response_failures.clear()
    assert not failures, "responses outside the spec:\n" + "\n".join(failures)


@pytest.fixture
def client(emu: EmulatorServer) -> Iterator[httpx.Client]:
    with account_client(emu, MAIN) as c:
        yield c


@pytest.fixture
def sub_client(emu: EmulatorServer) -> Iterator[httpx.Client]:
    with account_client(emu, SUB) as c:
        yield c


@pytest.fixture
def other_client(emu: EmulatorServer) -> Iterator[httpx.Client]:
    with account_client(emu, OTHER) as c:
        yield c


@pytest.fixture
def send_message() -> Callable[..., httpx.Response]:
    return send
