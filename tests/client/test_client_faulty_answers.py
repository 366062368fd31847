"""Faulty answers: `*_detailed` hands back the Response, `sync`/`asyncio` raise only PlivoError subclasses,
transport failures are wrapped, and no quoted body or header shows the credentials."""

from __future__ import annotations

import asyncio
import base64
import json
import traceback
import uuid
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from client_support import API_ID, AUTH_ID, AUTH_TOKEN, BASE_URL, SENDER, Recorder, error_body, mock_client
from plivo_messaging import (
    BadRequestError,
    ConflictError,
    InvalidResponseError,
    PlivoClient,
    PlivoConnectionError,
    PlivoError,
    PlivoTimeoutError,
    ServerError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    send_bulk,
)
from plivo_messaging.api.messages import get_message, list_messages, send_message
from plivo_messaging.errors import UnexpectedStatus
from plivo_messaging.models import MessageList, SendMessageRequest

BODY = SendMessageRequest(src=SENDER, dst="14155550123", text="hi")
BASIC = base64.b64encode(f"{AUTH_ID}:{AUTH_TOKEN}".encode()).decode()
SECRETS = (AUTH_TOKEN, BASIC, f"{AUTH_ID}:{AUTH_TOKEN}")


def _shown(error: BaseException) -> str:
    """Everything a log line or a printed traceback could show of an error, its causes included."""
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    if isinstance(error, PlivoError):
        parts += [error.message, error.url, repr(error.headers), error.content.decode("utf-8", "replace")]
    return "\n".join(parts)


def _client_for(answers: Recorder, **options: Any) -> PlivoClient:
    return PlivoClient(AUTH_ID, AUTH_TOKEN, BASE_URL, httpx_args={"transport": answers.transport}, **options)


def _assert_redacted(error: BaseException) -> None:
    shown = _shown(error)
    for secret in SECRETS:
        assert secret not in shown


NOT_JSON_ERRORS = [
    httpx.Response(400, text="dst is not a valid number", headers={"Content-Type": "text/plain"}),
    httpx.Response(401),
    httpx.Response(404, html="<html><body><h1>404 Not Found</h1></body></html>"),
    httpx.Response(500, html="<html><body>Internal Server Error</body></html>"),
    httpx.Response(429, text="Too many requests", headers={"Retry-After": "1"}),
    httpx.Response(400, json=["a list, not an error object"]),
]


def _status_and_type(answer: httpx.Response) -> str:
    return f"{answer.status_code}-{answer.headers.get('content-type')}"


@pytest.mark.parametrize("answer", NOT_JSON_ERRORS, ids=_status_and_type)
def test_detailed_returns_the_response_when_an_error_body_does_not_parse(answer: httpx.Response) -> None:
    with mock_client(Recorder(answer)) as client:
        response = send_message.sync_detailed(client=client, body=BODY)
    assert (response.status_code, response.content, response.parsed) == (
        answer.status_code,
        answer.content,
        None,
    )


@pytest.mark.parametrize("answer", NOT_JSON_ERRORS[:5], ids=lambda r: str(r.status_code))
def test_async_detailed_returns_the_response_too(answer: httpx.Response) -> None:
    async def call() -> Any:
        async with _client_for(Recorder(answer)) as c:
            return await get_message.asyncio_detailed(uuid.uuid4(), client=c)

    response = asyncio.run(call())
    assert (response.status_code, response.parsed) == (answer.status_code, None)


def test_detailed_parses_a_success_body_that_fits_and_not_one_that_does_not() -> None:
    good = {"api_id": API_ID, "meta": {"limit": 20, "offset": 0}, "objects": []}
    answers = Recorder(httpx.Response(200, json=good), httpx.Response(200, json={"meta": "x"}))
    with mock_client(answers) as client:
        assert isinstance(list_messages.sync_detailed(client=client).parsed, MessageList)
        assert list_messages.sync_detailed(client=client).parsed is None


def test_detailed_takes_a_status_http_does_not_name() -> None:
    answers = Recorder(httpx.Response(520, text="origin error"), httpx.Response(299), httpx.Response(520))
    with mock_client(answers) as client:
        response = list_messages.sync_detailed(client=client)
        assert response.status_code == 520 and response.parsed is None
        assert list_messages.sync_detailed(client=client).status_code == 299
        with pytest.raises(ServerError):
            list_messages.sync(client=client)


BAD_SUCCESS = [
    httpx.Response(202),
    httpx.Response(202, text="queued"),
    httpx.Response(202, html="<html>Accepted</html>"),
    httpx.Response(202, json={"api_id": 5}),
    httpx.Response(202, json={"api_id": "not-a-uuid", "message": "queued", "message_uuid": ["x"]}),
    httpx.Response(202, json=[1, 2]),
    httpx.Response(202, content=b"[" * 100_000),
    httpx.Response(202, content=b"\xff\xfe\x00garbage"),
]


@pytest.mark.parametrize("answer", BAD_SUCCESS, ids=lambda r: r.content[:20].decode("latin-1") or "empty")
def test_success_body_that_does_not_parse_raises_invalid_response(answer: httpx.Response) -> None:
    with mock_client(Recorder(answer)) as client, pytest.raises(InvalidResponseError) as caught:
        send_message.sync(client=client, body=BODY)
    error = caught.value
    assert (error.status_code, error.method) == (202, "POST")
    assert error.url.endswith("/Message/")
    assert error.__cause__ is not None and not isinstance(error.__cause__, PlivoError)
    assert error.reason and "not the documented response" in str(error)
    assert error.content == answer.content
    _assert_redacted(error)


def test_list_of_the_wrong_shape_raises_invalid_response_sync_and_async() -> None:
    for body in ({"meta": "x"}, {"api_id": API_ID, "meta": {}, "objects": "none"}, {"objects": [{"x": 1}]}):
        answer = httpx.Response(200, json=body)
        with mock_client(Recorder(answer)) as client, pytest.raises(InvalidResponseError):
            list_messages.sync(client=client)

        async def call(answer: httpx.Response = answer) -> None:
            async with _client_for(Recorder(answer)) as client:
                await list_messages.asyncio(client=client)

        with pytest.raises(InvalidResponseError):
            asyncio.run(call())


def test_bulk_results_are_models_or_plivo_errors() -> None:
    answers = Recorder(
        httpx.Response(202, json={"api_id": 5}),
        httpx.ConnectError("refused"),
        httpx.Response(202, text="ok"),
        httpx.Response(400, text="bad"),
    )

    async def run() -> list[Any]:
        async with _client_for(answers) as c:
            return await send_bulk(c, [BODY] * 4, concurrency=1)

    results = asyncio.run(run())
    kinds = [InvalidResponseError, PlivoConnectionError, InvalidResponseError, BadRequestError]
    assert [type(r) for r in results] == kinds
    assert isinstance(results[1].__cause__, httpx.ConnectError)


@pytest.mark.parametrize(
    ("failure", "cls"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), PlivoConnectionError),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), PlivoConnectionError),
        (httpx.ReadError("reset"), PlivoConnectionError),
        (httpx.ConnectTimeout("timed out"), PlivoTimeoutError),
        (httpx.ReadTimeout("timed out"), PlivoTimeoutError),
        (httpx.PoolTimeout("no connection"), PlivoTimeoutError),
    ],
)
def test_transport_failures_are_wrapped(failure: httpx.HTTPError, cls: type[PlivoConnectionError]) -> None:
    calls: list[Callable[[PlivoClient], object]] = [
        lambda c: send_message.sync(client=c, body=BODY),
        lambda c: send_message.sync_detailed(client=c, body=BODY),
    ]
    for call in calls:
        with mock_client(Recorder(failure)) as client, pytest.raises(cls) as caught:
            call(client)
        error = caught.value
        assert error.__cause__ is failure
        assert error.status_code is None and error.method == "POST" and error.url.endswith("/Message/")
        assert str(failure) in str(error)

    async def call_async() -> None:
        async with _client_for(Recorder(failure)) as c:
            await list_messages.asyncio(client=c)

    with pytest.raises(cls):
        asyncio.run(call_async())


def test_a_garbled_encoding_is_a_connection_error() -> None:
    def garbled(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip"))

    with mock_client(Recorder(garbled)) as client, pytest.raises(PlivoConnectionError) as caught:
        list_messages.sync(client=client)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


def test_a_real_timeout_is_a_plivo_timeout() -> None:
    """No mock: a listening socket that never answers, and a short client timeout."""
    import socket

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        client = PlivoClient(AUTH_ID, AUTH_TOKEN, f"http://127.0.0.1:{port}", timeout=0.2)
        with client, pytest.raises(PlivoTimeoutError) as caught:
            list_messages.sync(client=client)
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)


def _echo(request: httpx.Request) -> httpx.Response:
    """A misbehaving proxy: answers 502 with the request's headers in the body and in its own headers."""
    dumped = "\n".join(f"{k}: {v}" for k, v in request.headers.items())
    echoed = {"X-Echo": request.headers["authorization"]}
    return httpx.Response(502, text=f"upstream failed for\n{dumped}", headers=echoed)


def test_echoed_credentials_are_redacted_from_error_text_headers_and_content() -> None:
    with mock_client(Recorder(_echo)) as client, pytest.raises(ServerError) as caught:
        list_messages.sync(client=client)
    error = caught.value
    assert "[REDACTED]" in str(error) and "[REDACTED]" in error.headers["x-echo"]
    assert "upstream failed" in str(error)
    _assert_redacted(error)


@pytest.mark.parametrize(
    "body",
    [
        {"api_id": API_ID, "error": f"bad token {AUTH_TOKEN}"},
        {"api_id": API_ID, "error": {"Authorization": [f"Basic {BASIC}"]}},
        {"api_id": f"{AUTH_TOKEN}", "error": "x"},
    ],
)
def test_json_error_quoting_the_token_is_redacted(body: dict[str, Any]) -> None:
    with mock_client(Recorder(httpx.Response(403, json=body))) as client, pytest.raises(PlivoError) as caught:
        list_messages.sync(client=client)
    _assert_redacted(caught.value)


def test_invalid_success_quoting_the_token_is_redacted_in_the_cause_too() -> None:
    # The token where a date belongs: the date parser's own message would quote it.
    record = {"api_id": API_ID, "message_uuid": str(uuid.uuid4()), "message_time": f"Basic {BASIC}"}
    answer = httpx.Response(200, json=record)
    with mock_client(Recorder(answer)) as client, pytest.raises(InvalidResponseError) as caught:
        get_message.sync(uuid.uuid4(), client=client)
    _assert_redacted(caught.value)
    answer = httpx.Response(202, content=json.dumps({"x": AUTH_TOKEN}).encode())
    with mock_client(Recorder(answer)) as client, pytest.raises(InvalidResponseError) as caught:
        send_message.sync(client=client, body=BODY)
    _assert_redacted(caught.value)


def test_unexpected_status_is_a_redacted_plivo_error() -> None:
    # What `*_detailed` raises with raise_on_unexpected_status=True for a status the operation does not
    # declare (once every operation declares `default`, no status is undeclared).
    request = httpx.Request("GET", f"{BASE_URL}/Message/", headers={"Authorization": f"Basic {BASIC}"})
    answer = httpx.Response(418, text=f"you sent Basic {BASIC}", request=request)
    error = UnexpectedStatus.for_response(answer)
    assert isinstance(error, PlivoError) and error.status_code == 418
    assert error.content == b"you sent [REDACTED]"
    _assert_redacted(error)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (418, PlivoError),
        (302, UnexpectedResponseError),
    ],
)
def test_more_statuses_have_their_class(status: int, cls: type[PlivoError]) -> None:
    answer = httpx.Response(status, json=error_body("no"))
    with mock_client(Recorder(answer)) as client, pytest.raises(PlivoError) as caught:
        list_messages.sync(client=client)
    assert type(caught.value) is cls and caught.value.error == "no"


def test_asdict_of_the_client_does_not_show_the_token() -> None:
    client = PlivoClient(AUTH_ID, AUTH_TOKEN, BASE_URL)
    derived = client.with_headers({"X-Trace": "1"})
    for shown in (attrs.asdict(client), attrs.asdict(derived), attrs.astuple(client)):
        text = f"{shown} {json.dumps(shown, default=str)}"
        for secret in SECRETS:
            assert secret not in text
    # The credentials still reach the server, also through the derived client.
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(404, json=error_body("no such message"))

    with derived.with_headers({}) as again:
        again.get_httpx_client()._transport = httpx.MockTransport(handler)
        with pytest.raises(PlivoError):
            list_messages.sync(client=again)
    assert seen == [f"Basic {BASIC}"]


def test_a_redirect_to_no_url_is_a_redacted_connection_error() -> None:
    # httpx reads the Location of every 3xx, followed or not; one that is no URL fails before the
    # exception can name its request, so the credentials come from the client.
    answer = httpx.Response(301, headers={"Location": f"{AUTH_ID}:{AUTH_TOKEN}"})
    with mock_client(Recorder(answer)) as client, pytest.raises(PlivoConnectionError) as caught:
        get_message.sync(uuid.uuid4(), client=client)
    assert isinstance(caught.value.__cause__, httpx.InvalidURL)
    assert caught.value.method == "GET" and "/Message/" in caught.value.url
    _assert_redacted(caught.value)


def test_headers_that_are_not_ascii_are_kept_as_sent() -> None:
    answer = httpx.Response(404, headers=[(b"X-Server", b"caf\xe9"), (b"X-Echo", BASIC.encode())])
    with mock_client(Recorder(lambda request: answer)) as client, pytest.raises(PlivoError) as caught:
        list_messages.sync(client=client)
    assert caught.value.headers.raw[0] == (b"X-Server", b"caf\xe9")
    _assert_redacted(caught.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32-le", "utf-8"])
def test_an_echo_in_another_encoding_is_redacted_too(encoding: str) -> None:
    body = f"upstream said: Authorization: Basic {BASIC} ({AUTH_TOKEN})".encode(encoding)
    with (
        mock_client(Recorder(httpx.Response(502, content=body))) as client,
        pytest.raises(ServerError) as caught,
    ):
        list_messages.sync(client=client)
    error = caught.value
    assert "upstream said" in str(error) and "[REDACTED]" in str(error)
    for secret in SECRETS:
        for form in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            assert secret.encode(form) not in error.content
    _assert_redacted(error)


def test_a_secret_at_the_cut_leaves_no_prefix() -> None:
    body = json.dumps({"api_id": API_ID, "error": ["x" * 490 + AUTH_TOKEN]})
    with mock_client(Recorder(httpx.Response(400, text=body))) as client, pytest.raises(PlivoError) as caught:
        list_messages.sync(client=client)
    assert AUTH_TOKEN[:6] not in str(caught.value)
