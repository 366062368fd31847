"""Responses with enum values the spec does not list still parse; requests stay strict; no token leaks."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from client_support import API_ID, AUTH_TOKEN, FAST_RETRIES, Recorder, mock_client
from plivo_emulator.pytest_plugin import EmulatorHandle
from plivo_messaging import PlivoClient, iterate
from plivo_messaging.api.messages import get_message, list_messages
from plivo_messaging.models import (
    Message,
    MessageStatusCallback,
    PoolNumber,
    Profile,
    SendMessageRequest,
)


def _message(**changes: Any) -> dict[str, Any]:
    record = {
        "message_uuid": str(uuid.uuid4()),
        "message_time": "2026-11-28 10:15:00+00:00",
        "message_direction": "outbound",
        "message_state": "delivered",
        "message_type": "sms",
        "from_number": "14155550100",
        "to_number": "14155550123",
        "units": 1,
        "total_rate": "0.0050",
        "total_amount": "0.0050",
        "resource_uri": "/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/x/",
        "error_code": None,
    }
    return {**record, **changes}


def test_unknown_message_values_are_kept_as_strings() -> None:
    future = _message(
        message_state="scheduled", message_type="rcs", message_direction="internal", log="redacted"
    )
    recorder = Recorder(
        httpx.Response(200, json={**future, "api_id": API_ID}),
        httpx.Response(
            200,
            json={
                "api_id": API_ID,
                "meta": {"limit": 20, "offset": 0, "total_count": 1},
                "objects": [future],
            },
        ),
    )
    with mock_client(recorder) as client:
        message = get_message.sync(uuid.uuid4(), client=client)
        listed = list(iterate(list_messages.sync, client=client))
    assert (message.message_state, message.message_type, message.message_direction) == (
        "scheduled",
        "rcs",
        "internal",
    )
    assert message.log == "redacted"
    assert [m.message_state for m in listed] == ["scheduled"]
    assert message.to_dict()["message_state"] == "scheduled"  # and it round-trips


def test_known_values_still_parse() -> None:
    message = Message.from_dict(_message(message_state="read", log=False, conversation_origin=None))
    assert message.message_state == "read" and message.log is False and message.conversation_origin is None


def test_other_response_and_webhook_enums() -> None:
    callback = MessageStatusCallback.from_dict(
        {
            "MessageUUID": str(uuid.uuid4()),
            "From": "14155550100",
            "To": "14155550123",
            "Type": "rcs",
            "Status": "expired",
        }
    )
    assert (callback.type_, callback.status) == ("rcs", "expired")
    number = PoolNumber.from_dict(
        {
            "number": "14155550100",
            "type": "virtual",
            "service": "voice",
            "account_phone_number_resource": "x",
            "added_on": "2024-08-21T12:58:49.244057Z",
            "country_iso2": "US",
        }
    )
    assert (number.type_, number.service) == ("virtual", "voice")
    profile = Profile.from_dict(
        {"profile_uuid": str(uuid.uuid4()), "profile_type": "TERTIARY", "entity_type": "CO_OP"}
    )
    assert (profile.profile_type, profile.entity_type) == ("TERTIARY", "CO_OP")


def test_request_enums_stay_strict() -> None:
    with pytest.raises(TypeError):
        SendMessageRequest.from_dict({"src": "14155550100", "dst": "14155550123", "text": "x", "type": "fax"})


def test_token_is_in_no_repr(plivo_emulator: EmulatorHandle) -> None:
    client = PlivoClient(plivo_emulator.auth_id, AUTH_TOKEN, plivo_emulator.base_url, retries=FAST_RETRIES)
    derived = client.with_headers({"X-Trace": "1"})
    texts = [repr(client), str(client), repr(derived), repr(client.retries), repr(client.get_httpx_client())]
    assert all(AUTH_TOKEN not in text for text in texts)
    assert all(plivo_emulator.auth_id in text for text in texts[:3])
