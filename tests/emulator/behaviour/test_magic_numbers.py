"""Magic numbers: every reserved number gives its documented outcome, as destination or source,
and the table in emulator/README.md says what the emulator does."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from behaviour_support import message, send
from plivo_emulator.behaviour import magic

README = Path(__file__).resolve().parents[3] / "emulator" / "README.md"
# The messaging error codes Plivo documents, each with the state the emulator reports it with.
NATURAL = {
    "10": "undelivered", "20": "undelivered", "30": "undelivered", "40": "failed", "50": "undelivered",
    "60": "undelivered", "70": "undelivered", "80": "undelivered", "90": "failed", "100": "undelivered",
    "110": "undelivered", "200": "failed", "201": "failed", "300": "failed", "420": "failed",
    "450": "failed", "451": "failed", "900": "failed", "910": "failed", "960": "failed",
    "1000": "undelivered",
}  # fmt: skip
NATURAL_CODES = sorted(NATURAL, key=int)
FORCED = {"001": "undelivered", "002": "failed", "003": "rejected"}


def outcome(api: httpx.Client, uuid: str) -> tuple[str, str | None, bool]:
    record = message(api, uuid)
    return record["message_state"], record["error_code"], record["message_sent_time"] is not None


def test_every_documented_code_is_magic() -> None:
    assert set(magic.ERROR_CODES) == set(NATURAL)


@pytest.mark.parametrize("code", NATURAL_CODES)
def test_each_error_code_with_its_usual_state(api: httpx.Client, code: str) -> None:
    [uuid] = send(api, dst=f"1555000{int(code):04d}")
    state, error_code, was_sent = outcome(api, uuid)
    assert (state, error_code) == (NATURAL[code], code)
    assert was_sent == (state == "undelivered")  # carriers report undelivered after sent
    assert message(api, uuid)["error_message"] == magic.ERROR_CODES[code][0]


@pytest.mark.parametrize("block", sorted(FORCED))
def test_each_error_code_with_a_forced_state(api: httpx.Client, block: str) -> None:
    codes = sorted(NATURAL, key=int)
    uuids = send(api, dst="<".join(f"1555{block}{int(c):04d}" for c in codes))
    for code, uuid in zip(codes, uuids, strict=True):
        state, error_code, was_sent = outcome(api, uuid)
        assert (state, error_code, was_sent) == (FORCED[block], code, FORCED[block] == "undelivered")


@pytest.mark.parametrize(
    ("number", "message_type", "expected"),
    [
        ("15550000000", "sms", ("delivered", "000", True)),
        ("15550090000", "sms", ("delivered", "000", True)),
        ("15550090001", "whatsapp", ("read", "000", True)),
        ("15550090001", "sms", ("delivered", "000", True)),
        ("15550090002", "sms", ("sent", None, True)),
        ("15550090003", "sms", ("queued", None, False)),
        ("15550000999", "sms", ("delivered", "000", True)),  # not a documented code: not magic
        ("15550040030", "sms", ("delivered", "000", True)),  # outside the reserved blocks
    ],
)
def test_special_numbers(
    api: httpx.Client, number: str, message_type: str, expected: tuple[str, str | None, bool]
) -> None:
    [uuid] = send(api, dst=number, type=message_type, text="hi")
    assert outcome(api, uuid) == expected


def test_a_magic_source_applies_to_every_destination(api: httpx.Client) -> None:
    uuids = send(api, src="15550000040", dst="14155550123<14155550124")
    assert [outcome(api, u)[:2] for u in uuids] == [("failed", "40")] * 2
    [both] = send(api, src="15550000040", dst="15550000080")  # the destination wins
    assert outcome(api, both)[:2] == ("undelivered", "80")


def _readme_codes() -> list[tuple[str, str, str, str]]:
    """(code, error_message, number, state) rows of the README's table of codes."""
    section = README.read_text(encoding="utf-8").split("### Magic numbers", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"^\| `(\d+)` \| ([^|]+?) \| `(1555\d{7})` \| (\w+) \|$", section, flags=re.MULTILINE)


def test_the_readme_table_is_what_the_emulator_does(api: httpx.Client) -> None:
    rows = _readme_codes()
    assert {code for code, _, _, _ in rows} == set(magic.ERROR_CODES)
    uuids = send(api, dst="<".join(number for _, _, number, _ in rows))
    for (code, text, number, state), uuid in zip(rows, uuids, strict=True):
        record = message(api, uuid)
        assert (record["message_state"], record["error_code"], record["error_message"]) == (
            state,
            code,
            text,
        ), number
