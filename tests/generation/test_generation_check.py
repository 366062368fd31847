"""`make check-generated` passes on an up-to-date tree and fails, with a diff, when generated/ is stale."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from generation_support import GENERATED, REPO

INPUTS = ("openapi.yaml", "generator-config.yaml", "scripts", "overrides", "generated/plivo-messaging")
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache", "*.egg-info")


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of what the check reads: the spec, the generator's configuration, scripts and generated/."""
    for name in INPUTS:
        src, dest = REPO / name, tmp_path / name
        if src.is_dir():
            shutil.copytree(src, dest, ignore=IGNORE)
        else:
            shutil.copyfile(src, dest)
    return tmp_path


def run_check(checkout: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/check_generated.py"],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def edit_spec(checkout: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = checkout / "openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def test_up_to_date_tree_passes(checkout: Path) -> None:
    result = run_check(checkout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def add_schema(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["DeliveryWindow"] = {
        "type": "object",
        "properties": {"start": {"type": "string"}, "end": {"type": "string"}},
    }


def bump_version(spec: dict[str, Any]) -> None:
    spec["info"]["version"] = "9.9.9"


@pytest.mark.parametrize(
    ("change", "in_diff"),
    [
        (add_schema, "delivery_window.py"),
        (bump_version, '+version = "9.9.9"'),
    ],
    ids=["schema-added", "version-changed"],
)
def test_spec_change_without_regenerating_fails(
    checkout: Path, change: Callable[[dict[str, Any]], None], in_diff: str
) -> None:
    edit_spec(checkout, change)
    result = run_check(checkout)
    assert result.returncode == 1, result.stdout + result.stderr
    assert in_diff in result.stdout
    assert "make generate" in result.stderr


def test_hand_edit_of_generated_file_fails(checkout: Path) -> None:
    client = checkout / "generated/plivo-messaging/plivo_messaging/client.py"
    client.write_text(client.read_text(encoding="utf-8") + "\n# patched by hand\n", encoding="utf-8")
    result = run_check(checkout)
    assert result.returncode == 1
    assert "diff -ru" in result.stdout
    assert "-# patched by hand" in result.stdout


def test_generated_tree_is_committed_layout() -> None:
    """The pipeline leaves no caches or machine paths in generated/ (they would make the check flaky)."""
    caches = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}  # left by tools, not generated
    for path in GENERATED.rglob("*"):
        if path.is_file() and not caches & set(path.parts):
            text = path.read_text(encoding="utf-8")
            assert str(REPO) not in text, path
            assert "/tmp/" not in text, path
