"""Reports: one entry per change wherever it is met, one line each, and the make targets that print them."""

from __future__ import annotations

import json
import subprocess

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
    assert done.returncode in (0, 1), done.stderr
    rows = json.loads(done.stdout)
    assert all(sorted(row) == ["change", "class", "pointer", "where"] for row in rows)
    assert (done.returncode == 1) == any(row["class"] == "BREAKING" for row in rows)
    gate = make("spec-gate")
    assert gate.returncode == 0, gate.stderr  # the working tree's info.version fits its changes
