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
    return block


def test_the_readme_sign_in_example_passes(tmp_path: Path) -> None:
    (tmp_path / "test_sign_in.py").write_text(example(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_sign_in.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout


def test_the_example_fails_when_the_code_is_wrong(tmp_path: Path) -> None:
    """Guard: the example's assertion can fail (the code it reads is the one the application sent)."""
    broken = example().replace("return code\n", "return '000000'\n", 1)
    assert broken != example()
    (tmp_path / "test_sign_in.py").write_text(broken, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_sign_in.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1 and "1 failed" in run.stdout, run.stdout + run.stderr
