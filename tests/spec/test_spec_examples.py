"""Every example in the document satisfies its schema, so docs, mocks and the emulator never show a lie."""

from __future__ import annotations

from typing import Any

from spec_checks import check_examples


def test_every_example_validates(spec: dict[str, Any]) -> None:
    count, problems = check_examples(spec)
    assert count > 0, "no examples were found"
    assert not problems, f"{len(problems)} of the {count} examples are invalid:\n" + "\n".join(problems)
