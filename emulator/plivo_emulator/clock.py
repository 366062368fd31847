"""Time, and the timestamp formats Plivo uses. All times are UTC.

Message records use `YYYY-MM-DD HH:MM:SS[.ffffff]+00:00` (Plivo writes the account's time zone;
the emulator's accounts are all on UTC). Other resources use ISO-8601 with microseconds and `Z`.

Each app has one `Clock`: the wall clock plus an offset that grows with `advance()` (the admin API's
clock control), so a test can skip over delays; it returns to zero only with a full reset. Everything
time-based reads it: timestamps, scheduled changes, callback retries, fault durations, rate limits.
"""

from __future__ import annotations

import random
import re
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta

_ZONE = re.compile(r"(Z|[+-]\d\d:?\d\d)$")
# The node of time-based UUIDs: random, with the multicast bit set (RFC 4122 4.5), rather than this
# machine's network address (which uuid.uuid1 would otherwise look up, and publish).
_NODE = random.getrandbits(48) | (1 << 40)


class Clock:
    """The emulator's time: the wall clock moved forward by `advance()`."""

    def __init__(self) -> None:
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def monotonic(self) -> float:
        """Seconds of a monotonic clock that moves forward with `advance()` too (for durations)."""
        return time.monotonic() + self._offset.total_seconds()

    def offset(self) -> timedelta:
        """How far the emulator's time is ahead of the wall clock."""
        return self._offset

    def advance(self, delta: timedelta) -> datetime:
        """Move the emulator's time forward by `delta` (never back); returns the new time."""
        if delta < timedelta(0):
            raise ValueError("time only moves forward")
        with self._lock:
            self._offset += delta
        return self.now()

    def reset(self) -> None:
        """Back to the wall clock (a full reset of the emulator)."""
        with self._lock:
            self._offset = timedelta(0)


def time_uuid() -> str:
    """A time-based (version 1) UUID, as Plivo's `api_id` and `message_uuid` are; `uuid.uuid1` keeps
    those of one process distinct and increasing."""
    return str(uuid.uuid1(_NODE))


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


def parse_time(text: str) -> datetime:
    """An ISO-8601 date, or date and time, given in a filter; without a zone it is UTC.

    Raises ValueError for anything else (a 30 February or an hour 24 included).
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            "expected an ISO-8601 date, or date and time: YYYY-MM-DD HH:MM[:ss[.uuuuuu]]"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_filter_time(text: str) -> tuple[datetime, timedelta]:
    """A list-filter time (`parse_time`) and the precision it was given to: a day, a minute, a second
    or the last digit of its fraction."""
    moment = parse_time(text)
    given = _ZONE.sub("", text.strip())[11:]  # the time of day as written, without its zone
    if "." in given:
        precision = timedelta(microseconds=10 ** max(0, 6 - len(given.split(".", 1)[1])))
    elif given.count(":") == 2:
        precision = timedelta(seconds=1)
    elif given:
        precision = timedelta(minutes=1)
    else:
        precision = timedelta(days=1)
    return moment, precision
