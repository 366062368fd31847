"""The document as a whole: valid OpenAPI 3.1, clean under the lint rules, no dangling or dead parts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spec_checks import check_openapi_valid, check_refs, check_unused_components
from spec_env import Spectral


def test_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec.get("openapi") == "3.1.0"
    problems = check_openapi_valid(spec)
    assert not problems, "\n".join(problems)


def test_spectral_lint_passes(spectral: Spectral, spec_path: Path) -> None:
    result = spectral(spec_path)
    assert result.returncode == 0, f"Spectral found problems:\n{result.stdout}{result.stderr}"


def test_every_ref_resolves(spec: dict[str, Any]) -> None:
    problems = check_refs(spec)
    assert not problems, "\n".join(problems)


def test_no_unused_components(spec: dict[str, Any]) -> None:
    problems = check_unused_components(spec)
    assert not problems, "\n".join(problems)
