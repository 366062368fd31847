"""Bulk destinations: each `<`-separated destination is sanitised and validated on its own; the valid
ones are queued under their sanitised number, the invalid ones come back in `invalid_number` (202)."""

from __future__ import annotations

import httpx
from emulator_support import send
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plivo_emulator import numbers

# A North American number the numbering plan allows: area and exchange codes start with 2-9.
_nanp = st.tuples(st.integers(200, 999), st.integers(200, 999), st.integers(0, 9999)).map(
    lambda t: f"1{t[0]:03d}{t[1]:03d}{t[2]:04d}"
)


@st.composite
def _written(draw: st.DrawFn, digits: str) -> str:
    """The number as a person may write it: separators Plivo ignores, anywhere between digits."""
    out = "+" if draw(st.booleans()) else ""
    for digit in digits:
        out += digit + draw(st.sampled_from(["", "", "", " ", "-", ".", "(", ")"]))
    return out


_invalid = st.one_of(
    st.text("0123456789", min_size=1, max_size=4),  # too short for any plan
    st.text("abcxyz", min_size=1, max_size=5),
    st.just("0014155550123"),  # a national trunk prefix is not international form
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    valid=st.lists(_nanp.flatmap(lambda n: st.tuples(st.just(n), _written(n))), min_size=1, max_size=5),
    invalid=st.lists(_invalid, max_size=3),
    data=st.data(),
)
def test_each_destination_sanitised_and_validated_alone(
    client: httpx.Client, valid: list[tuple[str, str]], invalid: list[str], data: st.DataObject
) -> None:
    parts = [written for _, written in valid] + invalid
    order = data.draw(st.permutations(parts))
    resp = send(client, src="18005550100", dst="<".join(order))
    assert resp.status_code == 202, resp.text
    body = resp.json()

    expected_valid: list[str] = []
    for part in order:
        clean = numbers.sanitize(part)
        if part not in invalid and clean not in expected_valid:
            expected_valid.append(clean)
    expected_invalid = list(dict.fromkeys(p.strip() for p in order if p in invalid))

    assert body.get("invalid_number", []) == expected_invalid
    assert len(body["message_uuid"]) == len(expected_valid)
    stored = [client.get(f"Message/{uuid}/").json()["to_number"] for uuid in body["message_uuid"]]
    assert stored == expected_valid


def test_written_number_is_stored_sanitised(client: httpx.Client) -> None:
    resp = send(client, dst="+1 (415) 555-0123<1.415.555.0124<12345")
    assert resp.status_code == 202, resp.text
    assert resp.json()["invalid_number"] == ["12345"]
    stored = sorted(m["to_number"] for m in client.get("Message/").json()["objects"])
    assert stored == ["14155550123", "14155550124"]


def test_country_comes_from_the_numbering_plan() -> None:
    assert numbers.country_of("5511912345678") == "BR"
    assert numbers.country_of("3228001234") == "BE"
    assert numbers.country_of("85291234567") == "HK"
    assert numbers.national_part("5511912345678") == "11912345678"
