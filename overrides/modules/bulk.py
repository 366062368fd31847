"""Send many messages at once with the async client.

    results = await send_bulk(client, [SendMessageRequest(src=..., dst=..., text=...), ...], concurrency=10)
    for request, result in zip(requests, results):
        if isinstance(result, PlivoError):
            ...  # BadRequestError, RateLimitError, PlivoConnectionError, InvalidResponseError ...

At most `concurrency` requests are in flight. Rate limiting (429) is retried by the client's
`RetryPolicy`; a client without one is used through a copy with the default policy, so a burst that
meets Plivo's rate limit slows down instead of failing. A send that fails otherwise (4xx, 5xx,
connection error, an answer that does not parse) is not retried, since it may have been processed:
its `PlivoError` is its result.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import cast

from attrs import evolve

from .api.messages import send_message
from .exceptions import PlivoError
from .models.send_message_request import SendMessageRequest
from .models.send_message_response import SendMessageResponse
from .plivo_client import PlivoClient
from .retries import RetryPolicy

__all__ = ["BulkResult", "send_bulk"]

BulkResult = SendMessageResponse | PlivoError
"""One message's outcome: the API's answer, or the `PlivoError` its send raised."""


async def send_bulk(
    client: PlivoClient,
    messages: Iterable[SendMessageRequest],
    *,
    concurrency: int = 10,
) -> list[BulkResult]:
    """Send every message, `concurrency` at a time; results in the order of `messages`.

    Args:
        client: The account to send from. Used as it is when it has a `RetryPolicy` (it may already be
            open with `async with`); otherwise a copy with `RetryPolicy()` is opened and closed here.
        messages: What to send, one request each.
        concurrency: Most requests in flight at once (at least 1).

    Returns:
        For each message, in order: the `SendMessageResponse`, or the `PlivoError` raised by its send
        (the status's subclass for an error answer, `PlivoConnectionError`/`PlivoTimeoutError` when no
        answer came, `InvalidResponseError` for a success answer that does not parse).
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    pending = list(messages)
    results: list[BulkResult | None] = [None] * len(pending)
    queue = iter(enumerate(pending))

    async def worker(sender: PlivoClient) -> None:
        # Workers share one iterator: each takes the next message as soon as it is free.
        for index, body in queue:
            try:
                results[index] = await send_message.asyncio(client=sender, body=body)
            except PlivoError as error:  # this message's result, not the batch's
                results[index] = error

    async def run(sender: PlivoClient) -> None:
        await asyncio.gather(*(worker(sender) for _ in range(min(concurrency, len(pending)))))

    if client.retries is not None:
        await run(client)
    else:
        async with evolve(client, retries=RetryPolicy()) as sender:
            await run(sender)
    return [cast(BulkResult, result) for result in results]  # every index was filled by a worker
