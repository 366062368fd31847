"""Billing units and amounts, computed as Plivo does.

Units (segments) of an SMS:
* text made only of GSM 03.38 characters: up to 160 septets is 1 unit, longer text is split in units
  of 153 septets; characters of the extension table (`^ { } \\ [ ] ~ | €` and form feed) take two;
* any other character makes the whole text UCS-2: up to 70 UTF-16 code units is 1 unit, longer text
  is split in units of 67;
* an MMS is 1 unit; a WhatsApp message is 1 unit.

Rates (USD per unit) are the emulator's own, fixed table, not Plivo's price list:

| type     | US, CA  | GB      | IN      | other   |
|----------|---------|---------|---------|---------|
| sms      | 0.00500 | 0.04000 | 0.00250 | 0.05000 |
| mms      | 0.01500 | 0.20000 | 0.20000 | 0.20000 |
| whatsapp | 0.00500 | 0.00500 | 0.00500 | 0.00500 |

`total_rate` is the per-unit rate and `total_amount` = rate x units, both with 5 decimals.
"""

from __future__ import annotations

import math
from decimal import Decimal

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = frozenset("^{}\\[]~|€\f")
GSM_MAX_CHARS = 1600
UCS2_MAX_CHARS = 737
WHATSAPP_MAX_CHARS = 4096

_RATES: dict[str, dict[str, str]] = {
    "sms": {"US": "0.00500", "CA": "0.00500", "GB": "0.04000", "IN": "0.00250", "*": "0.05000"},
    "mms": {"US": "0.01500", "CA": "0.01500", "*": "0.20000"},
    "whatsapp": {"*": "0.00500"},
}
_CENTS = Decimal("0.00001")


GSM_ALL = GSM_BASIC | GSM_EXTENDED


def is_gsm(text: str) -> bool:
    return GSM_ALL.issuperset(text)


def sms_units(text: str) -> int:
    if is_gsm(text):
        extended = 0 if GSM_BASIC.issuperset(text) else sum(1 for ch in text if ch in GSM_EXTENDED)
        septets = len(text) + extended
        return 1 if septets <= 160 else math.ceil(septets / 153)
    code_units = len(text.encode("utf-16-le")) // 2
    return 1 if code_units <= 70 else math.ceil(code_units / 67)


def units(message_type: str, text: str | None) -> int:
    if message_type == "sms":
        return sms_units(text or "")
    return 1


def text_limit(message_type: str, text: str) -> int:
    """Longest text Plivo accepts for this type and encoding."""
    if message_type == "whatsapp":
        return WHATSAPP_MAX_CHARS
    return GSM_MAX_CHARS if is_gsm(text) else UCS2_MAX_CHARS


def rate(message_type: str, country: str | None) -> Decimal:
    table = _RATES.get(message_type, _RATES["sms"])
    return Decimal(table.get(country or "*", table["*"]))


def charge(message_type: str, country: str | None, unit_count: int) -> tuple[str, str]:
    """(`total_rate`, `total_amount`) as 5-decimal strings."""
    per_unit = rate(message_type, country)
    return str(per_unit.quantize(_CENTS)), str((per_unit * unit_count).quantize(_CENTS))
