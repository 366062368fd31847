"""The sign-in example of emulator/README.md ("Waiting for a message in a test") runs as written, in a
pytest of its own that only has the installed plugin."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "emulator" / "README.md"


def example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Waiting for a message in a test", 1)[1].split("\n## ", 1)[0]
    [block] = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    return str(block)


def test_the_readme_sign_in_example_passes_and_can_fail(tmp_path: Path) -> None:
    """The example as written passes; with the application sending another code than it returns, the
    same test fails (its assertion reads the code the application sent). One pytest run for both."""
    (tmp_path / "test_sign_in.py").write_text(example(), encoding="utf-8")
    broken = example().replace("return code\n", "return '000000'\n", 1)
    assert broken != example()
    (tmp_path / "test_sign_in_broken.py").write_text(broken, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = run.stdout + run.stderr
    assert run.returncode == 1, report
    assert "PASSED test_sign_in.py::test_sign_in_with_a_one_time_code" in report
    assert "FAILED test_sign_in_broken.py::test_sign_in_with_a_one_time_code" in report
    assert "1 failed, 1 passed" in report
