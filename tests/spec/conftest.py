"""Fixtures for the spec tests: the document under test, the operation table and the Spectral runner.

The document is openapi.yaml at the repository root unless PLIVO_SPEC names another file (for example a
draft being assembled elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from spec_checks import Row, load_spec, load_table
from spec_env import REPO, SPECTRAL, Spectral, run_spectral


@pytest.fixture(scope="session")
def spec_path() -> Path:
    return Path(os.environ.get("PLIVO_SPEC") or REPO / "openapi.yaml").resolve()


@pytest.fixture(scope="session")
def spec(spec_path: Path) -> dict[str, Any]:
    document = load_spec(spec_path.read_text(encoding="utf-8"))
    assert isinstance(document, dict), f"{spec_path} is not a YAML mapping"
    return document


@pytest.fixture(scope="session")
def rows() -> list[Row]:
    table = load_table(Path(__file__).with_name("endpoints.tsv"))
    assert table, "tests/spec/endpoints.tsv has no rows"
    return table


@pytest.fixture(scope="session")
def spectral() -> Spectral:
    """Spectral is a Node tool that `make` installs with `npm ci`; without it the lint cannot be checked."""
    if not SPECTRAL.exists():
        pytest.fail("Spectral is not installed (node_modules/.bin/spectral is missing): run `make` first")
    return run_spectral
