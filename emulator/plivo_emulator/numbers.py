"""Phone-number handling: sanitising, validity, country of a number, masking for `log=false`.

Parsing and the numbering plans come from `phonenumbers` (Google's libphonenumber metadata). A number
is valid when its length is possible for its country's plan: the emulator is not stricter than that,
because tests commonly use fictional ranges (`555` numbers, Ofcom's drama numbers) that a strict
validity check would refuse.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException

# What Plivo ignores in a number (spaces, `-`, `.`, `(`, `)`, `+`), and `/`, which some users write.
_SEPARATORS = frozenset(" \t-.()+/")
_NON_GEOGRAPHIC = "001"


def sanitize(raw: str) -> str:
    """The digits of a number written with separators (`+1 (415) 555-0123` -> `14155550123`).

    Text that is not a number (letters, an alphanumeric sender id) is returned stripped, unchanged
    otherwise, so it can be reported or used as it was given.
    """
    text = raw.strip()
    if text and any(c.isdigit() for c in text) and all(c.isdigit() or c in _SEPARATORS for c in text):
        return str(phonenumbers.normalize_digits_only(text))
    return text


def _parse(number: str) -> phonenumbers.PhoneNumber | None:
    if not number.isascii() or not number.isdigit() or number.startswith("0"):
        return None
    try:
        return phonenumbers.parse("+" + number)
    except NumberParseException:
        return None


def is_valid_destination(number: str) -> bool:
    """A routable number: international digits whose length fits its country's numbering plan."""
    parsed = _parse(number)
    return parsed is not None and bool(phonenumbers.is_possible_number(parsed))


def country_of(number: str) -> str | None:
    """ISO 3166 alpha-2 country of a number in international form, when known.

    A number in no known range still belongs to its calling code's main country (`+44 7700 900…`
    is GB, a `+1 555` number US).
    """
    parsed = _parse(number)
    if parsed is None:
        return None
    region = phonenumbers.region_code_for_number(parsed)
    if not region and parsed.country_code is not None:
        region = phonenumbers.region_code_for_country_code(parsed.country_code)
    if not region or region in (_NON_GEOGRAPHIC, phonenumbers.UNKNOWN_REGION):
        return None
    return str(region)


def national_part(number: str) -> str:
    """The number without its country calling code (the number itself when it cannot be parsed)."""
    parsed = _parse(number)
    if parsed is None or parsed.country_code is None:
        return number
    return number[len(str(parsed.country_code)) :]


def mask(number: str) -> str:
    """How Plivo shows a destination when logging of numbers is off: `141XXXXX528`."""
    if len(number) <= 6:
        return "X" * len(number)
    return number[:3] + "X" * (len(number) - 6) + number[-3:]
