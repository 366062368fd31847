"""Iterate over every record of a list operation, page by page.

    for message in iterate(list_messages.sync, client=client, message_state="delivered"):
        ...
    async for message in aiterate(list_messages.asyncio, client=client, page_size=20, max_items=100):
        ...

Pages are read with `limit`/`offset` until the records run out: the page's `meta.total_count` (or
`meta.count`, which toll-free verification lists send) when present, else until `meta.next` is null
or empty, else until a page is shorter than asked for. An empty page always ends the iteration.
Records come from the page's `objects`, or from `brands`, `campaigns`, `profiles` (10DLC lists) and
`phone_numbers` (a campaign's numbers). An operation without `limit` (such as `list_message_media`)
is read once. Path parameters are passed positionally after the operation, filters by keyword.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import ModuleType
from typing import Any, Protocol, TypeAlias, TypeVar, overload

from .client import Client
from .types import Unset

__all__ = ["MAX_PAGE_SIZE", "aiterate", "iterate"]

MAX_PAGE_SIZE = 20
"""The largest `limit` Plivo accepts."""

# Where each list keeps its records, in the order they are looked for.
_RECORD_KEYS = ("objects", "brands", "campaigns", "profiles", "phone_numbers")

T = TypeVar("T")


class _ObjectsPage(Protocol[T]):
    @property
    def objects(self) -> list[T] | Unset: ...


class _BrandsPage(Protocol[T]):
    @property
    def brands(self) -> list[T] | Unset: ...


class _CampaignsPage(Protocol[T]):
    @property
    def campaigns(self) -> list[T] | Unset: ...


class _ProfilesPage(Protocol[T]):
    @property
    def profiles(self) -> list[T] | Unset: ...


class _PhoneNumbersPage(Protocol[T]):
    @property
    def phone_numbers(self) -> list[T] | Unset: ...


# A list page of `T` records, whichever of `_RECORD_KEYS` holds them: mypy reads `T` from the one
# the operation's page model has.
_Page: TypeAlias = (
    _ObjectsPage[T] | _BrandsPage[T] | _CampaignsPage[T] | _ProfilesPage[T] | _PhoneNumbersPage[T]
)


class _Cursor:
    """Where the iteration stands and whether another page is needed."""

    def __init__(
        self, operation: Callable[..., object], page_size: int, max_items: int | None, filters: dict[str, Any]
    ) -> None:
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be 1 to {MAX_PAGE_SIZE}, got {page_size}")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must not be negative, got {max_items}")
        if "limit" in filters:
            raise TypeError("pass page_size instead of limit")
        self.paginated = "limit" in inspect.signature(operation).parameters
        self.offset = int(filters.pop("offset", 0))
        self.page_size = page_size
        self.remaining = max_items
        self.done = max_items == 0

    def page_args(self) -> dict[str, Any]:
        return {"limit": self.page_size, "offset": self.offset} if self.paginated else {}

    def take(self, page: object) -> list[Any]:
        """The records of `page` to hand out; decides whether there is a next page."""
        records = _records(page)
        self.offset += len(records)
        last = _last_page(page, self.offset, len(records), self.page_size)
        self.done = not self.paginated or not records or last
        if self.remaining is not None:
            records = records[: self.remaining]
            self.remaining -= len(records)
            self.done = self.done or self.remaining == 0
        return records


def _records(page: object) -> list[Any]:
    for key in _RECORD_KEYS:
        value = getattr(page, key, None)
        if isinstance(value, list):
            return value
    raise TypeError(f"{type(page).__name__} is not a list page (no {', '.join(_RECORD_KEYS)})")


def _known(value: object) -> bool:
    return value is not None and not isinstance(value, Unset)


def _last_page(page: object, offset: int, got: int, asked: int) -> bool:
    meta = getattr(page, "meta", None)
    if _known(meta):
        total = getattr(meta, "total_count", None)
        if not _known(total):
            total = getattr(meta, "count", None)
        if isinstance(total, int):
            return offset >= total
        next_page = getattr(meta, "next_", None)
        if not isinstance(next_page, Unset):
            return not next_page
        limit = getattr(meta, "limit", None)
        if isinstance(limit, int) and limit > 0:
            asked = min(asked, limit)
    return got < asked


def _operation(operation: object, name: str) -> Callable[..., Any]:
    if isinstance(operation, ModuleType):
        return getattr(operation, name)  # type: ignore[no-any-return]
    if not callable(operation):
        raise TypeError(f"expected a list operation, got {operation!r}")
    return operation


@overload
def iterate(
    operation: Callable[..., _Page[T]],
    /,
    *path: Any,
    client: Client,
    page_size: int = ...,
    max_items: int | None = ...,
    **filters: Any,
) -> Iterator[T]: ...
@overload
def iterate(
    operation: ModuleType,
    /,
    *path: Any,
    client: Client,
    page_size: int = ...,
    max_items: int | None = ...,
    **filters: Any,
) -> Iterator[Any]: ...
def iterate(
    operation: Callable[..., object] | ModuleType,
    /,
    *path: Any,
    client: Client,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
    **filters: Any,
) -> Iterator[Any]:
    """Every record of a list operation, reading one page at a time with `operation`.

    Args:
        operation: The `sync` function of a list operation (`list_messages.sync`), or its module.
        *path: Path parameters of the operation (`number_pool_uuid`, `campaign_id` ...).
        client: The client to call it with.
        page_size: Records per request (`limit`), 1 to 20.
        max_items: Stop after this many records (`None`: all of them).
        **filters: The operation's query parameters; `offset` sets where to start.

    Raises:
        exceptions.PlivoError: When reading a page fails (records already yielded stay valid).
    """
    call = _operation(operation, "sync")
    cursor = _Cursor(call, page_size, max_items, filters)
    while not cursor.done:
        yield from cursor.take(call(*path, client=client, **filters, **cursor.page_args()))


@overload
def aiterate(
    operation: Callable[..., Awaitable[_Page[T]]],
    /,
    *path: Any,
    client: Client,
    page_size: int = ...,
    max_items: int | None = ...,
    **filters: Any,
) -> AsyncIterator[T]: ...
@overload
def aiterate(
    operation: ModuleType,
    /,
    *path: Any,
    client: Client,
    page_size: int = ...,
    max_items: int | None = ...,
    **filters: Any,
) -> AsyncIterator[Any]: ...
async def aiterate(
    operation: Callable[..., Awaitable[object]] | ModuleType,
    /,
    *path: Any,
    client: Client,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
    **filters: Any,
) -> AsyncIterator[Any]:
    """`iterate` for async code: `operation` is the `asyncio` function of a list operation (or its module)."""
    call = _operation(operation, "asyncio")
    cursor = _Cursor(call, page_size, max_items, filters)
    while not cursor.done:
        for record in cursor.take(await call(*path, client=client, **filters, **cursor.page_args())):
            yield record
