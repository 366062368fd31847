"""Where the spec tests find the repository and its lint tooling."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SPECTRAL = REPO / "node_modules" / ".bin" / "spectral"
RULESET = REPO / ".spectral.yaml"

Spectral = Callable[[Path], subprocess.CompletedProcess[str]]


def run_spectral(document: Path) -> subprocess.CompletedProcess[str]:
    """Lint a file with the project's ruleset, failing on warnings as `npm run -s lint:spec` does."""
    return subprocess.run(
        [str(SPECTRAL), "lint", "--ruleset", str(RULESET), "--fail-severity=warn", str(document)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
