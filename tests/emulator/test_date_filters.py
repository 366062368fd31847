"""`created__*` and `message_time__*` filters follow one rule in the spec and the emulator: a bound is
accepted by both exactly when the date exists (no 30 February, no 29 February outside leap years)."""

from __future__ import annotations

import calendar

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def _exists(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    year=st.integers(1900, 2400), month=st.integers(1, 13), day=st.integers(1, 31), with_time=st.booleans()
)
def test_created_filter_accepts_exactly_the_real_dates(
    client: httpx.Client, year: int, month: int, day: int, with_time: bool
) -> None:
    bound = f"{year:04d}-{month:02d}-{day:02d}" + ("T10:15:00Z" if with_time else "")
    resp = client.get("TollfreeVerification/", params={"created__gt": bound})
    assert resp.status_code == (200 if _exists(year, month, day) else 400), resp.text
    if resp.status_code == 400:
        assert resp.json()["error"].startswith("created__gt")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=st.integers(1900, 2400), month=st.integers(1, 12), day=st.integers(28, 31))
def test_message_time_filter_accepts_exactly_the_real_dates(
    client: httpx.Client, year: int, month: int, day: int
) -> None:
    resp = client.get("Message/", params={"message_time__gte": f"{year:04d}-{month:02d}-{day:02d} 00:00"})
    assert resp.status_code == (200 if _exists(year, month, day) else 400), resp.text
