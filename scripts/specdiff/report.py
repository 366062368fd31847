"""Present classified changes: one line each, or JSON; one change met in many places is one entry."""

from __future__ import annotations

import json
from dataclasses import dataclass

from specdiff.model import Change, Severity


@dataclass(frozen=True)
class Entry:
    """A change as reported: the same pointer and sentence reached from several operations is one entry."""

    cls: Severity
    wheres: tuple[str, ...]
    pointer: str
    change: str

    def where(self, limit: int | None = None) -> str:
        if limit is None or len(self.wheres) <= limit:
            return ", ".join(self.wheres)
        return f"{', '.join(self.wheres[:limit])} and {len(self.wheres) - limit} more"


def group(changes: list[Change]) -> list[Entry]:
    places: dict[tuple[Severity, str, str], list[str]] = {}
    for c in changes:
        wheres = places.setdefault((c.cls, c.pointer, c.change), [])
        if c.where not in wheres:
            wheres.append(c.where)
    entries = [Entry(cls, tuple(sorted(w)), ptr, text) for (cls, ptr, text), w in places.items()]
    return sorted(entries, key=lambda e: (e.cls.rank, e.pointer, e.change))


def as_text(entries: list[Entry]) -> str:
    width = max((len(e.cls.value) for e in entries), default=0)
    lines = [f"{e.cls.value:<{width}}  {e.where(3)} {e.pointer}: {e.change}" for e in entries]
    return "\n".join(lines)


def as_json(entries: list[Entry]) -> str:
    rows = [
        {"class": e.cls.value, "where": e.where(), "pointer": e.pointer, "change": e.change} for e in entries
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False)


def summary(entries: list[Entry]) -> str:
    counts = {cls: sum(1 for e in entries if e.cls is cls) for cls in Severity}
    return ", ".join(f"{n} {cls.value}" for cls, n in counts.items())
