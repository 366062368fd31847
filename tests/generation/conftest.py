"""Fixtures for the generation tests: a PlivoClient whose requests go to an in-process handler."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from generation_support import AUTH_ID, AUTH_TOKEN
from plivo_messaging import PlivoClient

Handler = Callable[[httpx.Request], httpx.Response]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds and installs the wheel (runs in `make test` too)")


@pytest.fixture
def mock_client() -> Callable[[Handler], PlivoClient]:
    """Build a PlivoClient that answers every request with `handler` (no network)."""

    def make(handler: Handler) -> PlivoClient:
        return PlivoClient(
            AUTH_ID,
            AUTH_TOKEN,
            "https://api.plivo.test",
            httpx_args={"transport": httpx.MockTransport(handler)},
            raise_on_unexpected_status=True,
        )

    return make
