"""Compare two `pattern` keywords by the strings they match, with greenery's finite state machines.

JSON Schema patterns are ECMA-262 regular expressions matched anywhere in the value; greenery reads the
common regular subset. A pattern it cannot read (lookarounds, back references, anchors inside
alternatives) is compared as text, and a different text then counts as a changed pattern.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from greenery import parse  # type: ignore[import-untyped]  # greenery ships no type information

from specdiff.model import Effect

# A `-` first or last in a character class is literal in ECMA-262; greenery wants it escaped.
_EDGE_DASH = re.compile(r"(?<!\\)\[(\^?)-|(?<!\\)-\]")


@functools.lru_cache(maxsize=512)
def _machine(pattern: str) -> Any:  # a greenery Fsm, or None when greenery cannot read the pattern
    body = pattern
    head = "" if body.startswith("^") else ".*"
    body = body.removeprefix("^")
    tail = ""
    if body.endswith("$") and not body.endswith("\\$"):
        body = body[:-1]
    else:
        tail = ".*"
    body = _EDGE_DASH.sub(lambda m: f"[{m[1]}\\-" if m[0].startswith("[") else "\\-]", body)
    body = re.sub(r"\\([()])", r"\1", body) if "[" in body else body
    try:
        return parse(f"{head}({body}){tail}").to_fsm()
    except Exception:  # greenery raises several types for syntax it does not support
        return None


def compare(old: str, new: str) -> Effect | None:
    """How the set of matching strings changed; None when it did not."""
    if old == new:
        return None
    a, b = _machine(old), _machine(new)
    if a is None or b is None:
        return Effect.CHANGED
    wider, narrower = bool(a.issubset(b)), bool(b.issubset(a))
    if wider and narrower:
        return None
    if wider:
        return Effect.WIDER
    return Effect.NARROWER if narrower else Effect.CHANGED


# Longer bounds make machines too large to build quickly; those strings are compared keyword by keyword.
_MAX_LENGTH_BOUND = 1000
STRING_WORDS = ("pattern", "minLength", "maxLength")


def _strings(schema: dict[str, Any]) -> Any:
    """A machine for the strings `schema` allows by pattern and length, or None."""
    pattern, low, high = schema.get("pattern", ".*"), schema.get("minLength", 0), schema.get("maxLength")
    if not isinstance(pattern, str) or not isinstance(low, int) or not isinstance(high, int | None):
        return None
    if low > _MAX_LENGTH_BOUND or (high is not None and high > _MAX_LENGTH_BOUND):
        return None
    machine = _machine(pattern)
    if machine is not None and (low or high is not None):
        machine = machine & parse(f".{{{low},{'' if high is None else high}}}").to_fsm()
    return machine


def compare_strings(old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, Effect | None]:
    """Compare pattern and length limits together, as one set of strings, when a pattern is involved:
    a pattern removed and a `minLength` added may still allow more than before.

    Returns whether the comparison could be made, and its effect (None: the same strings).
    """
    if "pattern" not in old and "pattern" not in new:
        return False, None
    a, b = _strings(old), _strings(new)
    if a is None or b is None:
        return False, None
    wider, narrower = bool(a.issubset(b)), bool(b.issubset(a))
    if wider and narrower:
        return True, None
    if wider:
        return True, Effect.WIDER
    return True, Effect.NARROWER if narrower else Effect.CHANGED
