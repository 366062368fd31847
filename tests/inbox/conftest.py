"""The inbox tests use the `plivo_emulator` fixture (the pytest plugin) and, for the page, one
headless Chromium per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_support import Chromium


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    with Chromium() as browser:
        yield browser
