"""Findings per operation: one JSON line per exchange while running, a readable summary at the end,
coverage of the spec by the traffic seen, and the exit status `--fail-on` asks for."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .contract import ENUM, FIELD, REQUEST, RESPONSE, STATUS, Checked, Contract
from .redact import Redactor
from .walk import generic

# what each --fail-on choice counts
FAIL_ON: dict[str, frozenset[str]] = {
    "request": frozenset({REQUEST}),
    "response": frozenset({RESPONSE, STATUS}),
    "unknown": frozenset({FIELD, ENUM}),
    "any": frozenset({REQUEST, RESPONSE, STATUS, FIELD, ENUM}),
    "none": frozenset(),
}


def fail_kinds(choices: list[str]) -> frozenset[str]:
    out: set[str] = set()
    for choice in choices:
        for part in choice.split(","):
            if part.strip() not in FAIL_ON:
                raise ValueError(f"--fail-on: {part.strip()!r} is not one of {', '.join(FAIL_ON)}")
            out |= FAIL_ON[part.strip()]
    return frozenset(out)


def exchange_line(checked: Checked) -> dict[str, Any]:
    return {
        "kind": checked.kind,
        "operation": checked.operation,
        "method": checked.method,
        "path": checked.path,
        "status": checked.status,
        "blocked": checked.blocked,
        "upstream_error": checked.upstream_error,
        "request_violations": [{"pointer": f.pointer, "message": f.message} for f in checked.of(REQUEST)],
        "response_violations": [{"pointer": f.pointer, "message": f.message} for f in checked.of(RESPONSE)],
        "undocumented_status": checked.status if checked.of(STATUS) else None,
        "unknown_fields": [f.pointer for f in checked.of(FIELD)],
        "unknown_enum_values": [{"pointer": f.pointer, "value": f.value} for f in checked.of(ENUM)],
    }


@dataclass
class OperationStats:
    calls: int = 0
    blocked: int = 0
    upstream_errors: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    findings: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # kind, generic pointer, message
    seen_fields: set[str] = field(default_factory=set)


class Report:
    def __init__(self, redactor: Redactor, lines: str | os.PathLike[str] | None = None) -> None:
        self._redactor = redactor
        self._stats: dict[tuple[str, str], OperationStats] = {}
        self._kinds: Counter[str] = Counter()
        self._out: IO[str] | None = None
        if lines is not None:
            Path(lines).parent.mkdir(parents=True, exist_ok=True)
            self._out = Path(lines).open("w", encoding="utf-8")  # noqa: SIM115  # open while running

    def add(self, checked: Checked) -> None:
        name = checked.operation or f"(no operation) {checked.method} {checked.path}"
        stats = self._stats.setdefault((checked.kind, self._redactor.text(name)), OperationStats())
        stats.calls += 1
        stats.blocked += checked.blocked
        stats.upstream_errors += checked.upstream_error is not None
        if checked.status is not None and not checked.blocked:
            stats.statuses[checked.status] += 1
        for f in checked.findings:
            message = f.message if f.kind != ENUM else f"{json.dumps(f.value)} is not listed"
            stats.findings[(f.kind, generic(f.pointer), self._redactor.text(message))] += 1
            self._kinds[f.kind] += 1
        stats.seen_fields |= checked.seen_fields
        if self._out is not None:
            line = json.dumps(exchange_line(checked))
            self._out.write(self._redactor.text(line) + "\n")
            self._out.flush()

    def close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def write_line(self, payload: dict[str, Any]) -> None:
        if self._out is not None:
            self._out.write(self._redactor.text(json.dumps(payload)) + "\n")
            self._out.flush()

    def failed(self, kinds: frozenset[str]) -> bool:
        return any(self._kinds[k] for k in kinds)

    def counts(self) -> dict[str, int]:
        return {k: self._kinds[k] for k in (REQUEST, RESPONSE, STATUS, FIELD, ENUM)}

    def summary(self) -> str:
        calls = sum(s.calls for s in self._stats.values())
        c = self.counts()
        lines = [
            f"contract report: {calls} call(s) to {len(self._stats)} operation(s); "
            f"{c[REQUEST]} request violation(s), {c[RESPONSE]} response violation(s), "
            f"{c[STATUS]} undocumented status(es), {c[FIELD]} unknown field(s), "
            f"{c[ENUM]} unlisted enum value(s)"
        ]
        labels = {REQUEST: "request", RESPONSE: "response", STATUS: "status", FIELD: "field", ENUM: "enum"}
        for (kind, name), stats in sorted(self._stats.items()):
            statuses = ", ".join(f"{s}x{n}" for s, n in sorted(stats.statuses.items()))
            extra = "".join(
                [
                    f"; {stats.blocked} blocked" if stats.blocked else "",
                    f"; {stats.upstream_errors} upstream error(s)" if stats.upstream_errors else "",
                ]
            )
            lines.append(
                f"  {'callback ' if kind == 'callback' else ''}{name}: "
                f"{stats.calls} call(s) [{statuses}]{extra}"
            )
            for (fkind, pointer, message), n in sorted(stats.findings.items()):
                lines.append(
                    f"    {labels[fkind]:<8} {pointer or '-'}: {message}" + (f" (x{n})" if n > 1 else "")
                )
        return "\n".join(lines)

    # ------------------------------------------------------------------------------- coverage

    def coverage(self, contract: Contract) -> dict[str, Any]:
        operations: dict[str, Any] = {}
        for table, kind in ((contract.operations, "api"), (contract.webhooks, "callback")):
            for op_id, operation in table.items():
                stats = self._stats.get((kind, op_id))
                declared = contract.declared_fields(operation)
                seen = stats.seen_fields if stats else set()
                operations[op_id] = {
                    "kind": kind,
                    "calls": stats.calls if stats else 0,
                    "statuses_seen": sorted(stats.statuses) if stats else [],
                    "statuses_declared": sorted(operation.op.responses),
                    "fields_seen": sorted(seen & declared),
                    "fields_not_seen": sorted(declared - seen),
                }
        exercised = [k for k, v in operations.items() if v["calls"]]
        return {
            "operations_exercised": len(exercised),
            "operations_declared": len(operations),
            "operations": operations,
        }

    @staticmethod
    def coverage_text(coverage: dict[str, Any]) -> str:
        lines = [
            f"coverage: {coverage['operations_exercised']} of {coverage['operations_declared']} "
            "operations and webhooks exercised"
        ]
        unused: list[str] = []
        for op_id, c in coverage["operations"].items():
            if not c["calls"]:
                unused.append(op_id)
                continue
            fields = len(c["fields_seen"]) + len(c["fields_not_seen"])
            lines.append(
                f"  {op_id}: statuses seen {', '.join(map(str, c['statuses_seen'])) or '-'} "
                f"of {', '.join(c['statuses_declared'])}; "
                f"response fields seen {len(c['fields_seen'])} of {fields}"
            )
        if unused:
            lines.append("  not exercised: " + ", ".join(unused))
        return "\n".join(lines)
