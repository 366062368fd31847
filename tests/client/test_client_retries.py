"""RetryPolicy: 429 is retried for every method; connection errors and 5xx only for reads."""

from __future__ import annotations

import asyncio
import types
import uuid

import httpx
import httpx_retries.retry
import pytest
from client_support import (
    API_ID,
    FAST_RETRIES,
    SENDER,
    Recorder,
    error_body,
    mock_client,
)
from plivo_emulator.pytest_plugin import EmulatorHandle
from plivo_messaging import PlivoClient, PlivoConnectionError, RateLimitError, RetryPolicy, ServerError
from plivo_messaging.api.messages import get_message, list_messages, send_message
from plivo_messaging.models import SendMessageRequest, SendMessageResponse
from plivo_messaging.retries import SAFE_METHODS, RetryingTransport

SENT = {"api_id": API_ID, "message": "message(s) queued", "message_uuid": [str(uuid.uuid4())]}
LISTED = {"api_id": API_ID, "meta": {"total_count": 0, "limit": 20, "offset": 0}, "objects": []}
BODY = SendMessageRequest(src=SENDER, dst="14155550123", text="once only")


def _too_many(retry_after: str = "0") -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": retry_after}, json=error_body("Too many requests"))


def test_429_twice_then_success_for_a_send() -> None:
    recorder = Recorder(_too_many(), _too_many(), httpx.Response(202, json=SENT))
    with mock_client(recorder, retries=FAST_RETRIES) as client:
        sent = send_message.sync(client=client, body=BODY)
    assert isinstance(sent, SendMessageResponse)
    assert [r.method for r in recorder.requests] == ["POST"] * 3
    assert len({r.content for r in recorder.requests}) == 1  # the same body each time


def test_429_retries_are_bounded() -> None:
    recorder = Recorder(_too_many("3"))
    with mock_client(recorder, retries=FAST_RETRIES) as client, pytest.raises(RateLimitError) as caught:
        send_message.sync(client=client, body=BODY)
    assert len(recorder.requests) == 1 + FAST_RETRIES.attempts
    assert caught.value.retry_after == 3.0


def test_retry_after_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    # Replace only httpx-retries' reference to the time module, so nothing really sleeps.
    monkeypatch.setattr(httpx_retries.retry, "time", types.SimpleNamespace(sleep=waits.append))
    recorder = Recorder(_too_many("2"), _too_many("5"), httpx.Response(202, json=SENT))
    policy = RetryPolicy(attempts=3, backoff=0.001, max_wait=4)
    with mock_client(recorder, retries=policy) as client:
        send_message.sync(client=client, body=BODY)
    assert waits == [2.0, 4.0]  # the second Retry-After is capped by max_wait


def test_backoff_grows_with_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(httpx_retries.retry, "time", types.SimpleNamespace(sleep=waits.append))
    recorder = Recorder(httpx.Response(503, json=error_body("busy")))
    policy = RetryPolicy(attempts=3, backoff=1.0, max_wait=60)
    with mock_client(recorder, retries=policy) as client, pytest.raises(ServerError):
        list_messages.sync(client=client)
    assert len(waits) == 3
    for attempt, wait in enumerate(waits, start=1):
        assert 0 <= wait <= 2**attempt
    assert sum(waits) > 0  # a backoff of zero would retry at once


def test_5xx_on_a_send_is_not_retried() -> None:
    recorder = Recorder(
        httpx.Response(500, json=error_body("internal error")), httpx.Response(202, json=SENT)
    )
    with mock_client(recorder, retries=FAST_RETRIES) as client, pytest.raises(ServerError) as caught:
        send_message.sync(client=client, body=BODY)
    assert caught.value.status_code == 500
    assert len(recorder.requests) == 1


def test_connection_error_on_a_send_is_not_retried() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(202, json=SENT))
    with mock_client(recorder, retries=FAST_RETRIES) as client, pytest.raises(PlivoConnectionError) as caught:
        send_message.sync(client=client, body=BODY)
    assert len(recorder.requests) == 1
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(500, json=error_body("internal error")),
        httpx.Response(502, text="bad gateway"),
        httpx.Response(503, json=error_body("unavailable")),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
    ],
)
def test_reads_are_retried_after_server_and_connection_errors(failure: httpx.Response | Exception) -> None:
    recorder = Recorder(failure, httpx.Response(200, json=LISTED))
    with mock_client(recorder, retries=FAST_RETRIES) as client:
        assert list_messages.sync(client=client).objects == []
    assert [r.method for r in recorder.requests] == ["GET", "GET"]


def test_server_errors_can_be_left_alone() -> None:
    recorder = Recorder(
        httpx.Response(503, json=error_body("unavailable")), _too_many(), httpx.Response(200, json=LISTED)
    )
    policy = RetryPolicy(attempts=3, backoff=0.001, max_wait=0.01, server_errors=False)
    with mock_client(recorder, retries=policy) as client, pytest.raises(ServerError):
        list_messages.sync(client=client)
    assert len(recorder.requests) == 1


def test_no_policy_no_retries() -> None:
    recorder = Recorder(_too_many(), httpx.Response(200, json=LISTED))
    with mock_client(recorder) as client, pytest.raises(RateLimitError):
        list_messages.sync(client=client)
    assert len(recorder.requests) == 1


def test_async_429_then_success() -> None:
    recorder = Recorder(_too_many(), _too_many(), httpx.Response(202, json=SENT))

    async def send() -> SendMessageResponse:
        with mock_client(recorder, retries=FAST_RETRIES) as client:
            async with client:
                return await send_message.asyncio(client=client, body=BODY)

    assert isinstance(asyncio.run(send()), SendMessageResponse)
    assert len(recorder.requests) == 3


def test_async_5xx_on_a_send_is_not_retried() -> None:
    recorder = Recorder(httpx.Response(503, json=error_body("unavailable")), httpx.Response(202, json=SENT))

    async def send() -> SendMessageResponse:
        with mock_client(recorder, retries=FAST_RETRIES) as client:
            async with client:
                return await send_message.asyncio(client=client, body=BODY)

    with pytest.raises(ServerError):
        asyncio.run(send())
    assert len(recorder.requests) == 1


def test_policy_survives_with_headers_without_stacking() -> None:
    recorder = Recorder(_too_many(), httpx.Response(200, json=LISTED))
    with mock_client(recorder, retries=FAST_RETRIES) as client:
        derived = client.with_headers({"X-Trace": "1"})
        assert isinstance(derived, PlivoClient) and derived.retries == FAST_RETRIES
        transport = derived._httpx_args["transport"]
        assert isinstance(transport, RetryingTransport)
        assert not isinstance(transport.inner, RetryingTransport)
        list_messages.sync(client=derived)
    assert len(recorder.requests) == 2 and recorder.requests[-1].headers["x-trace"] == "1"


def test_retries_against_the_emulator(plivo_emulator: EmulatorHandle) -> None:
    # Nothing to retry here; the retrying transport must still send, authenticate and verify as usual.
    with PlivoClient(
        plivo_emulator.auth_id, plivo_emulator.auth_token, plivo_emulator.base_url, retries=FAST_RETRIES
    ) as client:
        sent = send_message.sync(client=client, body=BODY)
        got = get_message.sync(uuid.UUID(str(sent.message_uuid[0])), client=client)
    assert got.to_number == "14155550123"


@pytest.mark.parametrize(
    "kwargs", [{"attempts": -1}, {"backoff": -1.0}, {"max_wait": 0.0}, {"max_total_wait": 0.0}]
)
def test_policy_validation(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]  # one field at a time, each of its own type


def test_head_is_safe_and_retried_like_get() -> None:
    assert "HEAD" in SAFE_METHODS
    recorder = Recorder(httpx.Response(503), httpx.ReadTimeout("slow"), httpx.Response(200))
    with mock_client(recorder, retries=FAST_RETRIES) as client:
        assert client.get_httpx_client().head("/Message/").status_code == 200
    assert [r.method for r in recorder.requests] == ["HEAD"] * 3
