"""Reports: one entry per change wherever it is met, one line each, and the make targets that print them."""

from __future__ import annotations

import datetime
import json
import subprocess

from specdiff.changelog import section
from specdiff.model import Change, Severity
from specdiff.releases import last_release
from specdiff.report import as_json, as_text, group
from specdiff_support import REPO


def test_a_change_met_in_many_operations_is_one_line() -> None:
    shared = "/components/schemas/Meta/required"
    changes = [
        Change(Severity.BREAKING, op, shared, "field `limit` of `Meta` may now be absent") for op in "edcba"
    ]
    changes.append(Change(Severity.DOCS, "a", "/info/description", "`info.description` changed"))
    entries = group(changes)
    assert [e.wheres for e in entries] == [("a", "b", "c", "d", "e"), ("a",)]
    lines = as_text(entries).splitlines()
    assert lines[0] == f"BREAKING  a, b, c and 2 more {shared}: field `limit` of `Meta` may now be absent"
    assert lines[1].startswith("DOCS      a /info/description: ")
    rows = json.loads(as_json(entries))
    assert rows[0] == {
        "class": "BREAKING",
        "where": "a, b, c, d, e",
        "pointer": shared,
        "change": "field `limit` of `Meta` may now be absent",
    }


def make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_make_spec_diff_and_gate() -> None:
    _, commit = last_release(REPO)
    done = make("spec-diff", f"BASE={commit}", "FORMAT=json")
    rows = json.loads(done.stdout)
    assert all(sorted(row) == ["change", "class", "pointer", "where"] for row in rows)
    breaking = any(row["class"] == "BREAKING" for row in rows)
    # The differ exits 1 on a BREAKING change; make turns any failed recipe into its own status 2.
    assert done.returncode == (2 if breaking else 0), done.stderr
    direct = subprocess.run(
        [str(REPO / ".venv/bin/python"), "scripts/spec_diff.py", "diff", "--base", commit, "--format", "json"],  # noqa: E501
        cwd=REPO, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert direct.returncode == (1 if breaking else 0), direct.stderr
    assert json.loads(direct.stdout) == rows
    gate = make("spec-gate")
    assert gate.returncode == 0, gate.stderr  # the working tree's info.version fits its changes


def test_changelog_section_has_one_line_per_change_and_the_package_changes() -> None:
    changes = [
        Change(Severity.NON_BREAKING, op, f"/paths/~1{op}/get/responses/403", "new error status 403")
        for op in ("listA", "listB")
    ]
    changes.append(
        Change(Severity.BREAKING, "getA", "/components/schemas/A/required", "field `x` may now be absent")
    )
    text = section("2.0.0", group(changes), ["Removed attribute `A.x`."], datetime.date(2026, 12, 1))
    assert text == (
        "## [2.0.0] - 2026-12-01\n\n"
        "### Breaking\n\n- getA: field `x` may now be absent (`/components/schemas/A/required`).\n\n"
        "### Added and changed\n\n- listA, listB: new error status 403.\n\n"
        "### Python client (`plivo_messaging`)\n\n- Removed attribute `A.x`.\n\n"
    )
