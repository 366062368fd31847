"""Every operation follows the contract's conventions; the spec describes exactly the table's operations."""

from __future__ import annotations

from typing import Any

from spec_checks import Row, check_coverage, check_operations, check_pagination, check_webhooks, operations


def test_operation_conventions(spec: dict[str, Any], rows: list[Row]) -> None:
    assert list(operations(spec)), "the document has no operations"
    problems = check_operations(spec, rows)
    assert not problems, "\n".join(problems)


def test_spec_covers_exactly_the_table(spec: dict[str, Any], rows: list[Row]) -> None:
    problems = check_coverage(spec, rows)
    assert not problems, "\n".join(problems)


def test_lists_use_shared_pagination(spec: dict[str, Any]) -> None:
    count, problems = check_pagination(spec)
    assert count > 0, "no list operation (GET answering an object with `meta`) was found"
    assert not problems, "\n".join(problems)


def test_webhooks_are_named_and_signed(spec: dict[str, Any]) -> None:
    count, problems = check_webhooks(spec)
    assert count > 0, "the document has no webhooks"
    assert not problems, "\n".join(problems)
