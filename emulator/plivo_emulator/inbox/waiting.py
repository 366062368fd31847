"""Test helpers on the admin client: wait for a message (the emulator's long poll, no sleeping loop)
and pull a one-time code out of its text.

    message = admin.wait_for_message(number="14155550123", direction="outbound", timeout=5)
    code = admin.extract_code(message["text"])          # "482913" in "Your code is 482913"
"""

from __future__ import annotations

import re
from typing import Any

import httpx

# Four to eight digits standing alone: the usual shape of a one-time code.
CODE_PATTERN = r"(?<![0-9])([0-9]{4,8})(?![0-9])"


def extract_code(text: str | None, pattern: str | re.Pattern[str] = CODE_PATTERN) -> str:
    """The first match of `pattern` in `text` (its first group when it has one); ValueError if none."""
    found = re.search(pattern, text or "")
    if found is None:
        raise ValueError(f"no code matching {getattr(pattern, 'pattern', pattern)!r} in {text!r}")
    return found.group(1) if found.re.groups else found.group(0)


class MessageWaiting:
    """Mixed into `AdminClient` (which sets `admin_url` and `_timeout`)."""

    admin_url: str
    _timeout: float

    def wait_for_message(
        self,
        number: str | None = None,
        direction: str | None = None,
        timeout: float = 10.0,
        from_number: str | None = None,
        to_number: str | None = None,
        after: str | None = None,
        auth_id: str | None = None,
    ) -> dict[str, Any]:
        """The oldest message matching every filter given (stored after the message `after`, if given),
        as soon as the emulator has it; TimeoutError when none comes within `timeout` seconds."""
        filters = {
            "number": number,
            "direction": direction,
            "from_number": from_number,
            "to_number": to_number,
            "after": after,
            "auth_id": auth_id,
            "timeout": timeout,
        }
        params = {key: value for key, value in filters.items() if value is not None}
        with httpx.Client(timeout=timeout + self._timeout, trust_env=False) as http:
            resp = http.get(f"{self.admin_url}/wait-for-message", params=params)
        if resp.status_code == 408:
            raise TimeoutError(f"no message matching {params} within {timeout} s")
        if resp.status_code != 200:
            raise RuntimeError(f"admin API answered {resp.status_code}: {resp.text}")
        message: dict[str, Any] = resp.json()
        return message

    @staticmethod
    def extract_code(text: str | None, pattern: str | re.Pattern[str] = CODE_PATTERN) -> str:
        """See `extract_code`: by default the first 4-8 digit number standing alone."""
        return extract_code(text, pattern)

    def wait_for_code(
        self,
        number: str | None = None,
        pattern: str | re.Pattern[str] = CODE_PATTERN,
        timeout: float = 10.0,
        **filters: Any,
    ) -> str:
        """The code in the next outbound message to `number` (`wait_for_message`, then `extract_code`)."""
        filters.setdefault("direction", "outbound")
        return extract_code(self.wait_for_message(number=number, timeout=timeout, **filters)["text"], pattern)
