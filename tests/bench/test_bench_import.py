"""The client import benchmark runs and reports its target next to the official SDK's `import plivo`."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_import_section_reports_the_target(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    argv = [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--only", "import", "--no-profile"]
    done = subprocess.run(
        [*argv, "--results", str(results)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    rows = [
        line for line in done.stdout.splitlines() if re.match(r"import\s+cold import.*\s(MET|MISSED)$", line)
    ]
    assert len(rows) == 1, done.stdout
    text = results.read_text(encoding="utf-8")
    # Both programs measured in the same run, each as min / median / max.
    for program in ("plivo_messaging + api.messages.send_message", "official SDK: import plivo"):
        assert re.search(rf"\| {re.escape(program)} \| [\d.]+ / [\d.]+ / [\d.]+ \|", text), text
