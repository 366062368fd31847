"""The pytest example in the root README runs as written against the plugin's fixture."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parents[2] / "README.md"


def _fixture_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("In your own tests, installing the emulator registers a pytest fixture") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "the README lost its pytest fixture example"
    return match.group(1)


def test_readme_fixture_example_runs(plivo_emulator: Any) -> None:
    namespace: dict[str, Any] = {}
    exec(compile(_fixture_example(), str(README), "exec"), namespace)
    tests = [v for k, v in namespace.items() if k.startswith("test_") and callable(v)]
    assert len(tests) == 1
    tests[0](plivo_emulator)
    assert plivo_emulator.outbox(number="14155550123"), "the example sent nothing"
