"""`limit`/`offset` pages and the `meta` object with working `next`/`previous` links."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

PAGING_KEYS = frozenset({"limit", "offset"})


def page_meta(
    path: str, query: Iterable[tuple[str, str]], limit: int, offset: int, total: int
) -> dict[str, Any]:
    """`meta` of a list page. Links are relative and repeat the request's other query parameters."""
    kept = [(k, v) for k, v in query if k not in PAGING_KEYS]

    def link(to: int) -> str:
        return f"{path}?{urlencode([*kept, ('limit', str(limit)), ('offset', str(to))])}"

    return {
        "limit": limit,
        "offset": offset,
        "total_count": total,
        "next": link(offset + limit) if offset + limit < total else None,
        "previous": link(max(0, offset - limit)) if offset > 0 else None,
    }
