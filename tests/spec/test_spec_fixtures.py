"""Real response samples of the official SDK validate against the document.

The samples and their checker live beside the repository (`../shared`), not in it: CI has them, a user's
checkout may not, and then this test is skipped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from spec_env import REPO

CHECKER = REPO.parent / "shared" / "tools" / "check-fixtures"


def test_sdk_samples_validate(spec_path: Path, tmp_path: Path) -> None:
    if not CHECKER.exists():
        pytest.skip("the reference samples (../shared/tools/check-fixtures beside the repository) are absent")
    root = spec_path.parent
    if spec_path.name != "openapi.yaml":  # the checker reads <root>/openapi.yaml
        shutil.copy(spec_path, tmp_path / "openapi.yaml")
        root = tmp_path
    result = subprocess.run(
        [sys.executable, str(CHECKER), "-v", "--root", str(root)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"check-fixtures failed:\n{result.stdout}{result.stderr}"
