"""Every before/after pair of the corpus gets the classes it expects, and the corpus covers the rules."""

from __future__ import annotations

import pytest
from specdiff_support import CLASSES, Case, classify, load_cases, mismatch

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_is_classified_as_expected(case: Case) -> None:
    problem = mismatch(case, classify(case))
    assert problem is None, problem


def test_corpus_is_large_and_covers_every_class() -> None:
    assert len(CASES) >= 40
    expected = {cls for case in CASES for cls, _, _ in case.expect}
    assert expected == set(CLASSES)
    assert any(not case.expect for case in CASES), "no case of a change that changes nothing"


def test_direction_matters_in_the_corpus() -> None:
    """Schema cases where the writer and the reader disagree: the differ cannot be direction-blind."""
    by_rule: dict[str, dict[str, tuple[str, ...]]] = {}
    for case in CASES:
        if "[" in case.name:
            rule, place = case.name[:-1].split("[")
            by_rule.setdefault(f"{case.file}:{rule}", {})[place] = tuple(sorted(c for c, _, _ in case.expect))
    differing = [rule for rule, places in by_rule.items() if places["request"] != places["response"]]
    assert len(differing) >= 20
