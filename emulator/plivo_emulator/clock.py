"""Time, and the timestamp formats Plivo uses. All times are UTC.

Message records use `YYYY-MM-DD HH:MM:SS[.ffffff]+00:00` (Plivo writes the account's time zone;
the emulator's accounts are all on UTC). Other resources use ISO-8601 with microseconds and `Z`.

The emulator's time is the wall clock plus an offset that grows with `advance()` (the admin API's
clock control), so a test can skip over delays, and returns to zero only with a full reset; it is
shared by everything in the process.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

_FILTER_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(?:Z|[+-]00:?00)?$"
)


_offset = timedelta(0)


def now() -> datetime:
    return datetime.now(UTC) + _offset


def offset() -> timedelta:
    """How far the emulator's time is ahead of the wall clock."""
    return _offset


def advance(delta: timedelta) -> datetime:
    """Move the emulator's time forward by `delta` (never back); returns the new time."""
    global _offset
    if delta < timedelta(0):
        raise ValueError("time only moves forward")
    _offset += delta
    return now()


def reset() -> None:
    """Back to the wall clock (a full reset of the emulator)."""
    global _offset
    _offset = timedelta(0)


def iso(moment: datetime) -> str:
    """`2024-08-21T12:58:49.244057Z`"""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def message_time(moment: datetime, micro: bool = False) -> str:
    """`2024-08-21 12:58:49+00:00`, or with microseconds."""
    fmt = "%Y-%m-%d %H:%M:%S.%f+00:00" if micro else "%Y-%m-%d %H:%M:%S+00:00"
    return moment.astimezone(UTC).strftime(fmt)


def sort_key(moment: datetime) -> str:
    """A UTC time as text that sorts chronologically."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def message_times(moment: datetime) -> tuple[str, str, str]:
    """(`sort_key`, `message_time`, `message_time(micro=True)`) of one moment, formatted once."""
    key = sort_key(moment)
    return key, key[:19] + "+00:00", key + "+00:00"


def parse_filter_time(text: str) -> tuple[datetime, timedelta]:
    """A list-filter time (`YYYY-MM-DD HH:MM[:ss[.uuuuuu]]`, UTC) and the precision it was given to.

    Raises ValueError for anything else.
    """
    m = _FILTER_TIME.match(text.strip())
    if not m:
        raise ValueError("expected YYYY-MM-DD HH:MM[:ss[.uuuuuu]]")
    year, month, day, hour, minute, second, fraction = m.groups()
    moment = datetime(
        int(year),
        int(month),
        int(day),
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        int((fraction or "0").ljust(6, "0")),
        tzinfo=UTC,
    )
    if fraction:
        precision = timedelta(microseconds=10 ** (6 - len(fraction)))
    elif second:
        precision = timedelta(seconds=1)
    elif minute:
        precision = timedelta(minutes=1)
    else:
        precision = timedelta(days=1)
    return moment, precision
