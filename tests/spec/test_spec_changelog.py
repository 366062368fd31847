"""Each change of the contract bumps info.version and adds a CHANGELOG entry for it."""

from __future__ import annotations

import re
from typing import Any

from spec_env import REPO

RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+)\]", re.MULTILINE)


def latest_release(changelog: str) -> str | None:
    """The version of the newest released entry (an `[Unreleased]` section is skipped)."""
    found = RELEASE.search(changelog)
    return found.group(1) if found else None


def test_latest_release_is_read_past_unreleased() -> None:
    text = "# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2025-01-02\n\n## [1.1.0] - 2024-12-01\n"
    assert latest_release(text) == "1.2.0"
    assert latest_release("# Changelog\n") is None


def test_changelog_top_version_is_the_spec_version(spec: dict[str, Any]) -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert latest_release(changelog) == spec["info"]["version"], (
        "the newest CHANGELOG.md entry must be the document's info.version: bump both together"
    )
