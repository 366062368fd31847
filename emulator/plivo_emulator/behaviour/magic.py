"""Magic numbers: reserved numbers whose messages always end the same way.

Every number of the reserved range `1555000XXXX` to `1555009XXXX` (North American area code 555,
exchange 000 to 009, never given to a real subscriber) picks an outcome, whether it is the destination
or the source of a message (the destination wins when both are magic):

* `1555000CCCC` — the messaging error code `CCCC` (zero-padded, `15550000030` = code 30) with the
  state that code usually comes with (`NATURAL_STATE`); `15550000000` is delivered.
* `1555001CCCC` — `sent`, then `undelivered` with code `CCCC`.
* `1555002CCCC` — `failed` with code `CCCC`, never sent.
* `1555003CCCC` — `rejected` with code `CCCC`, never sent.
* `15550090000` delivered; `15550090001` read (WhatsApp; other types are delivered);
  `15550090002` stays `sent` (no delivery report); `15550090003` stays `queued` until its
  `message_expiry` runs out, then `failed` with 420.

Only the codes of `ERROR_CODES` are magic; any other number is delivered. Compliance requests
(10DLC brands and campaigns, toll-free verifications) take their outcome from markers in their text
fields, and number links fail for numbers of the `1555002XXXX` block (see `compliance_outcome`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

DELIVERED = "delivered"
UNDELIVERED = "undelivered"
FAILED = "failed"
REJECTED = "rejected"
READ = "read"
SENT = "sent"
QUEUED = "queued"

# code -> (error_message, the state Plivo reports it with). Codes of carriers' delivery reports come
# with `undelivered` (after `sent`); codes of Plivo's own checks with `failed` (never sent).
ERROR_CODES: dict[str, tuple[str, str]] = {
    "10": ("Invalid message", UNDELIVERED),
    "20": ("Network error", UNDELIVERED),
    "30": ("Spam detected", UNDELIVERED),
    "40": ("Invalid source number", FAILED),
    "50": ("Invalid destination number", UNDELIVERED),
    "60": ("Loop detected", UNDELIVERED),
    "70": ("Destination permanently unavailable", UNDELIVERED),
    "80": ("Destination temporarily unavailable", UNDELIVERED),
    "90": ("No route available", FAILED),
    "100": ("Prohibited by carrier", UNDELIVERED),
    "110": ("Message too long", UNDELIVERED),
    "200": ("Source number blocked by STOP", FAILED),
    "201": ("US toll-free to Canada blocked", FAILED),
    "300": ("Failed to dispatch", FAILED),
    "420": ("Message expired", FAILED),
    "450": ("Destination country disabled", FAILED),
    "451": ("Unusual activity", FAILED),
    "900": ("Insufficient credit", FAILED),
    "910": ("Account disabled", FAILED),
    "960": ("Toll-free limit exceeded", FAILED),
    "1000": ("Unknown error", UNDELIVERED),
}
SUCCESS_CODE = "000"
EXPIRED_CODE = "420"
STOP_CODE = "200"
UNKNOWN_CODE = "1000"

PREFIX = "1555"
_MAGIC = re.compile(r"^1555(00[0-3]|009)([0-9]{4})$")
_BLOCK_STATE = {"001": UNDELIVERED, "002": FAILED, "003": REJECTED}
SPECIALS: dict[str, str] = {"0000": DELIVERED, "0001": READ, "0002": SENT, "0003": QUEUED}

# Compliance markers, looked for (case-insensitive) in every text field of the brand, campaign or
# toll-free verification when its review ends.
REJECT_MARKER = "#reject"
UPDATE_MARKER = "#update"  # toll-free verifications only: UPDATE_REQUIRED
HOLD_MARKER = "#hold"  # the review never ends
LINK_FAIL_BLOCK = "1555002"


@dataclass(frozen=True)
class Outcome:
    """Where a message ends: its last state and error code (None = no error to report)."""

    state: str
    error_code: str | None = None


def error_message(code: str | None) -> str:
    if code is None or code == SUCCESS_CODE:
        return ""
    return ERROR_CODES.get(code, ("Unknown error", FAILED))[0]


def _number_outcome(number: str) -> Outcome | None:
    m = _MAGIC.match(number)
    if not m:
        return None
    block, suffix = m.groups()
    if block == "009":
        special = SPECIALS.get(suffix)
        return Outcome(special, SUCCESS_CODE if special in (DELIVERED, READ) else None) if special else None
    code = str(int(suffix)) if suffix != "0000" else SUCCESS_CODE
    if code == SUCCESS_CODE:
        return Outcome(DELIVERED, SUCCESS_CODE) if block == "000" else None
    if code not in ERROR_CODES:
        return None
    state = _BLOCK_STATE.get(block) or ERROR_CODES[code][1]
    return Outcome(state, code)


def message_outcome(src: str, dst: str, message_type: str) -> Outcome:
    """How an outbound message from `src` to `dst` ends."""
    outcome = _number_outcome(dst) or _number_outcome(src) or Outcome(DELIVERED, SUCCESS_CODE)
    if outcome.state == READ and message_type != "whatsapp":
        return Outcome(DELIVERED, SUCCESS_CODE)
    return outcome


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if not str(key).startswith("_"):
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def has_marker(doc: Mapping[str, Any], marker: str) -> bool:
    """Whether a public text field of `doc` contains `marker` (case-insensitive)."""
    return any(marker in text.lower() for text in _texts(doc))


def link_fails(number: str) -> bool:
    return number.startswith(LINK_FAIL_BLOCK) and len(number) == 11
