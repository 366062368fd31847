"""Shared types of the generated package (types.py, through overrides/templates/types.py.jinja)."""

from __future__ import annotations

from http import HTTPStatus

from plivo_messaging.models import SendMessageRequest
from plivo_messaging.types import UNSET, Unset, http_status


def test_unset_prints_as_unset() -> None:
    assert (repr(UNSET), str(UNSET), f"{UNSET}") == ("UNSET", "UNSET", "UNSET")
    request = SendMessageRequest(src="14155550100", dst="14155550123", text="hi")
    assert isinstance(request.url, Unset)
    assert "url=UNSET" in repr(request) and "object at 0x" not in repr(request)
    assert not UNSET


def test_http_status_keeps_statuses_http_does_not_name() -> None:
    assert http_status(404) is HTTPStatus.NOT_FOUND
    assert http_status(520) == 520 and not isinstance(http_status(520), HTTPStatus)
