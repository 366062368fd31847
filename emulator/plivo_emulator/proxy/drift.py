"""Recorded traffic (HAR files) checked against the current spec, exchange by exchange, exactly as
the proxy checks live traffic."""

from __future__ import annotations

import os
from collections.abc import Iterable

from .contract import Contract
from .har import Recorded, read_har
from .report import Report


async def replay(contract: Contract, report: Report, records: Iterable[Recorded]) -> int:
    count = 0
    for rec in records:
        checked, operation = await contract.check(rec.kind, rec.request)
        if rec.blocked:
            # --strict answered this one itself: only the request is Plivo's business
            checked.blocked = True
            checked.status = rec.response.status if rec.response else None
        elif rec.response is not None:
            contract.check_answer(operation, rec.response, checked)
        else:
            checked.upstream_error = rec.error or "no response recorded"
        report.add(checked)
        count += 1
    return count


async def replay_files(contract: Contract, report: Report, paths: Iterable[str | os.PathLike[str]]) -> int:
    total = 0
    for path in paths:
        total += await replay(contract, report, read_har(path))
    return total
