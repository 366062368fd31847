"""Contains shared errors types that can be raised from API functions"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .exceptions import PlivoError, error_for_response

if TYPE_CHECKING:
    import httpx


class UnexpectedStatus(PlivoError):
    """Raised by the `*_detailed` functions for a status the operation does not document, when
    `Client.raise_on_unexpected_status` is True. Carries `status_code` and `content` (redacted) as every
    `PlivoError` does."""

    @classmethod
    def for_response(cls, response: httpx.Response) -> UnexpectedStatus:
        error = error_for_response(response, cls=cls)
        assert isinstance(error, UnexpectedStatus)
        return error


__all__ = ["UnexpectedStatus"]
