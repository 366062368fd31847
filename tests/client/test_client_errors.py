"""`sync`/`asyncio` return the success model or raise the PlivoError subclass of the status."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from client_support import API_ID, AUTH_TOKEN, BASE_URL, SENDER, Recorder, error_body, mock_client
from plivo_emulator.pytest_plugin import EmulatorHandle
from plivo_messaging import (
    AuthenticationError,
    BadRequestError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    PlivoClient,
    PlivoError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from plivo_messaging.api.media import delete_media
from plivo_messaging.api.messages import get_message, list_messages, send_message
from plivo_messaging.exceptions import error_for_response, raise_for_response
from plivo_messaging.models import MessageList, SendMessageRequest, SendMessageResponse


def _assert_no_token(error: PlivoError, token: str) -> None:
    for text in (str(error), repr(error), error.url, error.message):
        assert token not in text


def test_success_returns_the_model(client: PlivoClient) -> None:
    sent = send_message.sync(client=client, body=SendMessageRequest(src=SENDER, dst="14155550123", text="hi"))
    assert isinstance(sent, SendMessageResponse)
    page = list_messages.sync(client=client)
    assert isinstance(page, MessageList)
    assert [m.message_uuid for m in page.objects] == [uuid.UUID(str(sent.message_uuid[0]))]


def test_400_invalid_body(client: PlivoClient, plivo_emulator: EmulatorHandle) -> None:
    with pytest.raises(BadRequestError) as caught:
        send_message.sync(client=client, body=SendMessageRequest(src=SENDER, dst="12", text="hi"))
    error = caught.value
    assert ValidationError is BadRequestError
    assert error.status_code == 400
    assert error.method == "POST"
    assert error.url == f"{plivo_emulator.base_url}/v1/Account/{plivo_emulator.auth_id}/Message/"
    assert isinstance(error.error, str) and error.error.startswith("dst")
    assert error.api_id and uuid.UUID(error.api_id)
    assert error.api_id in str(error) and "400 on POST" in str(error)
    _assert_no_token(error, plivo_emulator.auth_token)


def test_401_wrong_token(plivo_emulator: EmulatorHandle) -> None:
    wrong = "not-the-right-token-123"
    client = PlivoClient(plivo_emulator.auth_id, wrong, plivo_emulator.base_url)
    with client, pytest.raises(AuthenticationError) as caught:
        list_messages.sync(client=client)
    error = caught.value
    assert (error.status_code, error.method) == (401, "GET")
    assert error.url.endswith(f"/v1/Account/{plivo_emulator.auth_id}/Message/?limit=20&offset=0")
    assert error.error
    _assert_no_token(error, wrong)
    _assert_no_token(error, plivo_emulator.auth_token)


def test_404_unknown_uuid(client: PlivoClient, plivo_emulator: EmulatorHandle) -> None:
    missing = uuid.uuid4()
    with pytest.raises(NotFoundError) as caught:
        get_message.sync(missing, client=client)
    error = caught.value
    assert (error.status_code, error.method) == (404, "GET")
    assert error.url.endswith(f"/Message/{missing}/")
    assert error.api_id
    _assert_no_token(error, plivo_emulator.auth_token)


def test_404_async(plivo_emulator: EmulatorHandle) -> None:
    async def call() -> None:
        async with PlivoClient(
            plivo_emulator.auth_id, plivo_emulator.auth_token, plivo_emulator.base_url
        ) as client:
            await get_message.asyncio(uuid.uuid4(), client=client)

    with pytest.raises(NotFoundError):
        asyncio.run(call())


def test_405_through_the_same_mapping(client: PlivoClient, plivo_emulator: EmulatorHandle) -> None:
    # Every generated function uses a documented method, so a 405 needs a raw request.
    response = client.get_httpx_client().request("PUT", "/Message/")
    assert response.status_code == 405
    with pytest.raises(MethodNotAllowedError) as caught:
        raise_for_response(response)
    error = caught.value
    assert (error.status_code, error.method) == (405, "PUT")
    assert error.url == plivo_emulator.account_url("Message/")
    _assert_no_token(error, plivo_emulator.auth_token)


def test_raise_for_response_passes_success(client: PlivoClient) -> None:
    raise_for_response(client.get_httpx_client().get("/Message/"))


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, MethodNotAllowedError),
        (413, PlivoError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
    ],
)
def test_each_status_has_its_class(status: int, cls: type[PlivoError]) -> None:
    recorder = Recorder(httpx.Response(status, json=error_body(f"status {status}")))
    with mock_client(recorder) as client, pytest.raises(PlivoError) as caught:
        list_messages.sync(client=client)
    assert type(caught.value) is cls
    assert caught.value.status_code == status
    assert caught.value.error == f"status {status}"
    assert caught.value.api_id == API_ID
    _assert_no_token(caught.value, AUTH_TOKEN)


def test_429_carries_retry_after() -> None:
    recorder = Recorder(
        httpx.Response(429, headers={"Retry-After": "7"}, json=error_body("Too many requests"))
    )
    with mock_client(recorder) as client, pytest.raises(RateLimitError) as caught:
        send_message.sync(client=client, body=SendMessageRequest(src=SENDER, dst="14155550123", text="hi"))
    assert caught.value.retry_after == 7.0
    assert caught.value.method == "POST"
    assert len(recorder.requests) == 1  # no RetryPolicy: not retried


def test_retry_after_absent_or_a_date() -> None:
    request = httpx.Request("GET", f"{BASE_URL}/x")
    without = error_for_response(httpx.Response(429, json=error_body("slow down"), request=request))
    assert isinstance(without, RateLimitError) and without.retry_after is None
    dated = error_for_response(
        httpx.Response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, request=request)
    )
    assert isinstance(dated, RateLimitError) and dated.retry_after == 0.0  # a date in the past


def test_error_object_and_non_json_bodies() -> None:
    request = httpx.Request("POST", f"{BASE_URL}/Message/")
    fields = {"dst": ["this parameter is required"]}
    error = error_for_response(httpx.Response(400, json={"api_id": API_ID, "error": fields}, request=request))
    assert error.error == fields
    assert "this parameter is required" in str(error)
    html = error_for_response(httpx.Response(502, text="<html>Bad gateway</html>", request=request))
    assert isinstance(html, ServerError)
    assert html.api_id is None and html.error == "<html>Bad gateway</html>"


def test_user_information_in_the_url_is_dropped() -> None:
    request = httpx.Request("GET", f"https://user:{AUTH_TOKEN}@api.plivo.test/x")
    error = error_for_response(httpx.Response(404, json=error_body("nope"), request=request))
    assert error.url == "https://api.plivo.test/x"
    _assert_no_token(error, AUTH_TOKEN)


def test_undocumented_success_status_raises() -> None:
    recorder = Recorder(httpx.Response(200, json={"api_id": API_ID}))
    with mock_client(recorder) as client, pytest.raises(UnexpectedResponseError) as caught:
        send_message.sync(client=client, body=SendMessageRequest(src=SENDER, dst="14155550123", text="hi"))
    assert caught.value.status_code == 200


def test_no_content_success_returns_none() -> None:
    recorder = Recorder(httpx.Response(204))
    with mock_client(recorder) as client:
        delete_media.sync(uuid.uuid4(), client=client)  # typed `-> None`: a 204 has nothing to return
    assert [r.method for r in recorder.requests] == ["DELETE"]


def test_detailed_keeps_the_full_response(client: PlivoClient) -> None:
    response = get_message.sync_detailed(uuid.uuid4(), client=client)
    assert response.status_code == 404
    assert response.parsed is not None and getattr(response.parsed, "error", None)
