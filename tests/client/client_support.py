"""Helpers shared by the client tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
from plivo_messaging import PlivoClient, RetryPolicy

AUTH_ID = "MAXXXXXXXXXXXXXXXXXX"
AUTH_TOKEN = "client-test-secret-token"
BASE_URL = "https://api.plivo.test"
API_ID = "5b2e5a86-8a4b-11ef-9a2b-0242ac110004"
SENDER = "14155550100"

Handler = Callable[[httpx.Request], httpx.Response]

# Retries without real waiting: the tests check what is retried, not how long it waits.
FAST_RETRIES = RetryPolicy(attempts=3, backoff=0.001, max_wait=0.01)


def destination(index: int) -> str:
    """A distinct ordinary (not magic) US number per index."""
    return f"1415666{index:04d}"


def error_body(text: str) -> dict[str, str]:
    return {"api_id": API_ID, "error": text}


class Recorder:
    """An httpx MockTransport handler that answers from a script and keeps every request."""

    def __init__(self, *answers: httpx.Response | Exception | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        # The last answer repeats once the script runs out.
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            # A Response object can be returned once; hand out a copy each time.
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        return answer(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


@contextmanager
def mock_client(recorder: Recorder, *, retries: RetryPolicy | None = None) -> Iterator[PlivoClient]:
    with PlivoClient(
        AUTH_ID, AUTH_TOKEN, BASE_URL, httpx_args={"transport": recorder.transport}, retries=retries
    ) as client:
        yield client
