"""The examples of README.md's client section type-check and run against the emulator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import plivo_messaging
import pytest
from plivo_emulator.pytest_plugin import EmulatorHandle
from shared_support import mypy_strict

README = Path(__file__).resolve().parents[2] / "README.md"


def _examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("\n## Client ergonomics\n") + 1 :]
    section = section[: section.index("\n## ")]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_section_shows_each_feature() -> None:
    code = "\n".join(_examples())
    for name in (
        "NotFoundError",
        "iterate(",
        "aiterate(",
        "RetryPolicy(",
        "send_bulk(",
        "validate_callback_request(",
        "message_xml(",
    ):
        assert name in code, name


def test_examples_type_check(tmp_path: Path) -> None:
    for index, example in enumerate(_examples()):
        (tmp_path / f"example_{index}.py").write_text(example, encoding="utf-8")
    result = mypy_strict(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("index", range(len(_examples())))
def test_example_runs_against_the_emulator(
    index: int, plivo_emulator: EmulatorHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = plivo_messaging.PlivoClient

    def local(auth_id: str, auth_token: str, *args: Any, **kwargs: Any) -> plivo_messaging.PlivoClient:
        return real(plivo_emulator.auth_id, plivo_emulator.auth_token, plivo_emulator.base_url, **kwargs)

    monkeypatch.setattr(plivo_messaging, "PlivoClient", local)
    before = len(plivo_emulator.messages())
    exec(compile(_examples()[index], f"<README client example {index}>", "exec"), {})
    if "send_bulk(" in _examples()[index]:
        assert len(plivo_emulator.messages()) == before + 2
