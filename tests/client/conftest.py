"""Fixtures for the client tests: a PlivoClient bound to the emulator's primary account."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from plivo_emulator.pytest_plugin import EmulatorHandle
from plivo_messaging import PlivoClient


@pytest.fixture
def client(plivo_emulator: EmulatorHandle) -> Iterator[PlivoClient]:
    with PlivoClient(plivo_emulator.auth_id, plivo_emulator.auth_token, plivo_emulator.base_url) as client:
        yield client
