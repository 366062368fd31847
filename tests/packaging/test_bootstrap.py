"""`rm -rf generated && make` regenerates the client from nothing: the development tools install
without the generated package, generation runs before the editable installs, and a missing
generated/ is regenerated even when make's stamp says generation is up to date.

Each test works on a copy of the working tree in a temporary directory. The complete run (a new
.venv, npm ci, everything `make` does: about 3.5 minutes) is opt-in with PLIVO_BOOTSTRAP_TEST=1.
"""

from __future__ import annotations

import filecmp
import os
from pathlib import Path

import pytest
from install_support import REPO, clean_env, copy_working_tree, run

GENERATED = "generated/plivo-messaging"
TOOLS_STAMP = ".venv/.tools-installed"


def _checkout_without_generated(tmp_path: Path) -> Path:
    checkout = copy_working_tree(tmp_path / "checkout")
    run(["rm", "-rf", "generated"], cwd=checkout)
    return checkout


def _same_tree(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (caches left out)."""
    differences: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        differences.extend(prefix + name for name in comparison.diff_files + comparison.funny_files)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache", ".mypy_cache"]), "")
    return differences


def test_make_installs_tools_then_generates_then_installs_the_client(tmp_path: Path) -> None:
    checkout = _checkout_without_generated(tmp_path)
    plan = run(["make", "--dry-run", "--no-print-directory"], cwd=checkout, env=clean_env()).stdout
    steps = [line for line in plan.replace("\\\n", " ").splitlines() if "scripts/timed.py" in line]

    def step(label: str) -> int:
        found = [index for index, line in enumerate(steps) if f'"{label}' in line]
        assert found, f"no step {label!r} in:\n{plan}"
        return found[0]

    tools, generate, install = (
        step("install pinned development tools"),
        step(f"generate {GENERATED}"),
        step("install the client and the emulator"),
    )
    assert tools < generate < install, plan
    assert "generated" not in steps[tools], "installing the tools needs the generated client"
    assert f"-e ./{GENERATED}" in steps[install]


def test_missing_generated_tree_is_regenerated_despite_the_stamp(tmp_path: Path) -> None:
    checkout = _checkout_without_generated(tmp_path)
    # This repository's tool environment, marked current: nothing is installed into it from the copy.
    (checkout / ".venv").symlink_to(REPO / ".venv")
    (checkout / "build").mkdir()
    (checkout / "build" / "generated.stamp").touch()  # newer than every input: "generation is done"
    run(
        ["make", "--no-print-directory", "--old-file", TOOLS_STAMP, "build/generated.stamp"],
        cwd=checkout,
        env=clean_env(),
    )
    assert _same_tree(checkout / GENERATED, REPO / GENERATED) == []


@pytest.mark.skipif(
    os.environ.get("PLIVO_BOOTSTRAP_TEST") != "1", reason="set PLIVO_BOOTSTRAP_TEST=1 (~3.5 min)"
)
@pytest.mark.timeout(1800)
def test_rm_generated_and_make_from_a_fresh_clone(tmp_path: Path) -> None:
    checkout = _checkout_without_generated(tmp_path)
    run(["make", "--no-print-directory"], cwd=checkout, env=clean_env(), timeout=1500)
    assert _same_tree(checkout / GENERATED, REPO / GENERATED) == []
    version_files = sorted(path.name for path in (checkout / "dist").iterdir())
    assert len(version_files) == 4, version_files
