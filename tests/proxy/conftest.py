"""Fixtures of the proxy tests: the compiled contract (once), and an emulator as upstream."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from plivo_emulator.proxy.contract import Contract
from plivo_emulator.server import EmulatorServer
from proxy_support import SPEC, emulator_settings


@pytest.fixture(scope="session")
def contract() -> Contract:
    return Contract(SPEC)


@pytest.fixture(scope="session")
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(emulator_settings()) as running:
        yield running


@pytest.fixture
def emu(emulator: EmulatorServer) -> Iterator[EmulatorServer]:
    emulator.runtime.store.reset()
    emulator.runtime.response_failures.clear()
    yield emulator
    assert not emulator.runtime.response_failures, emulator.runtime.response_failures
