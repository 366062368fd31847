"""Phone-number handling: sanitising, validity, country of a number, masking for `log=false`."""

from __future__ import annotations

import re

_STRIP = re.compile(r"[\s+\-./()]")
_NUMBER = re.compile(r"^[1-9][0-9]{6,14}$")  # E.164 without '+': 7 to 15 digits

# Calling-code prefixes (longest match wins). NANP numbers are US unless the area code is Canadian.
# fmt: off
_PREFIXES: dict[str, str] = {
    "1": "US", "7": "RU", "20": "EG", "27": "ZA", "30": "GR", "31": "NL", "32": "BE", "33": "FR",
    "34": "ES", "36": "HU", "39": "IT", "40": "RO", "41": "CH", "43": "AT", "44": "GB", "45": "DK",
    "46": "SE", "47": "NO", "48": "PL", "49": "DE", "51": "PE", "52": "MX", "53": "CU", "54": "AR",
    "55": "BR", "56": "CL", "57": "CO", "58": "VE", "60": "MY", "61": "AU", "62": "ID", "63": "PH",
    "64": "NZ", "65": "SG", "66": "TH", "81": "JP", "82": "KR", "84": "VN", "86": "CN", "90": "TR",
    "91": "IN", "92": "PK", "93": "AF", "94": "LK", "95": "MM", "98": "IR", "212": "MA", "213": "DZ",
    "216": "TN", "233": "GH", "234": "NG", "254": "KE", "255": "TZ", "256": "UG", "351": "PT",
    "353": "IE", "354": "IS", "358": "FI", "380": "UA", "420": "CZ", "852": "HK", "880": "BD",
    "886": "TW", "961": "LB", "962": "JO", "965": "KW", "966": "SA", "971": "AE", "972": "IL",
    "974": "QA",
}
_CANADIAN_AREA_CODES = frozenset((
    "204", "226", "236", "249", "250", "263", "289", "306", "343", "354", "365", "367", "368", "382",
    "403", "416", "418", "428", "431", "437", "438", "450", "468", "474", "506", "514", "519", "548",
    "579", "581", "584", "587", "604", "613", "639", "647", "672", "683", "705", "709", "742", "753",
    "778", "780", "782", "807", "819", "825", "867", "873", "879", "902", "905",
))
# fmt: on


def sanitize(raw: str) -> str:
    """Drop the separators Plivo ignores (`+ - . / ( )` and spaces)."""
    return _STRIP.sub("", raw)


def is_valid_destination(number: str) -> bool:
    """A routable number: E.164 digits, and North American numbers exactly 11 digits long."""
    if not _NUMBER.match(number):
        return False
    return len(number) == 11 if number.startswith("1") else True


def country_of(number: str) -> str | None:
    """ISO 3166 alpha-2 country of a number in international form, when known."""
    if not number.isdigit():
        return None
    if number.startswith("1") and len(number) == 11:
        return "CA" if number[1:4] in _CANADIAN_AREA_CODES else "US"
    for size in (3, 2, 1):
        country = _PREFIXES.get(number[:size])
        if country:
            return country
    return None


def mask(number: str) -> str:
    """How Plivo shows a destination when logging of numbers is off: `141XXXXX528`."""
    if len(number) <= 6:
        return "X" * len(number)
    return number[:3] + "X" * (len(number) - 6) + number[-3:]
