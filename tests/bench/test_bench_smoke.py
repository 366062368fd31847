"""bench/run.py still runs: a quick client-cost section (no wrk, Prism or profiling needed) whose table
and RESULTS file must come out with a verdict for every target."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_client_section_reports_every_target(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--quick",
            "--only",
            "client",
            "--loadgen",
            "python",
            "--no-profile",
            "--results",
            str(results),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    # The summary table: one row per target of the section, each with its verdict.
    summary = [line for line in done.stdout.splitlines() if re.match(r"client\s+\S.*\s(MET|MISSED)$", line)]
    assert len(summary) == 4, done.stdout
    assert any("official SDK" in row for row in summary), summary
    text = results.read_text(encoding="utf-8")
    assert "Command: `python bench/run.py --quick --only client" in text
    for fact in ("- CPU: ", "- cores: ", "- Python: ", "- date: "):
        assert fact in text
    assert "| client | sync: generated client / raw httpx.Client, CPU per call |" in text
    assert re.search(r"\| generated PlivoClient \(sync\) \| [\d,]+ \|", text), text
