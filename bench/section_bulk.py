"""Bulk: many messages through the async bulk path into the emulator, against its POST ceiling."""

from __future__ import annotations

import asyncio
import cProfile
import importlib
import importlib.util
import time
from collections.abc import Awaitable, Callable

from plivo_messaging import PlivoClient
from plivo_messaging.api.messages import send_message
from plivo_messaging.models import SendMessageRequest, SendMessageResponse
from procs import AUTH_ID, AUTH_TOKEN
from profiles import top_costs
from report import SectionResult, Table, at_least
from runctx import DESTINATIONS, SRC, TEXT, RunContext
from section_http import post_ceiling
from targets import start_emulator

NAME = "bulk"
SHARE = 0.50
CONCURRENCY = 10  # as many requests in flight as the ceiling's connections


# The client's bulk helper: `await send_bulk(client, messages, concurrency=N)` -> one result per message,
# the SendMessageResponse or the exception its send raised.
SendBulk = Callable[..., Awaitable[list[object]]]


def bulk_helper() -> SendBulk | None:
    """`plivo_messaging.bulk.send_bulk` when the client has it."""
    if importlib.util.find_spec("plivo_messaging.bulk") is None:
        return None
    helper: SendBulk = importlib.import_module("plivo_messaging.bulk").send_bulk
    return helper


def _requests(count: int) -> list[SendMessageRequest]:
    return [
        SendMessageRequest(dst=DESTINATIONS[i % len(DESTINATIONS)], src=SRC, text=f"{TEXT} #{i}")
        for i in range(count)
    ]


async def _gather_send(base_url: str, bodies: list[SendMessageRequest]) -> list[object]:
    """What a user without the helper writes: asyncio.gather under a semaphore over the async send."""
    client = PlivoClient(AUTH_ID, AUTH_TOKEN, base_url=base_url)
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(body: SendMessageRequest) -> object:
        async with gate:
            return await send_message.asyncio(client=client, body=body)

    try:
        return list(await asyncio.gather(*(one(b) for b in bodies), return_exceptions=True))
    finally:
        await client.get_async_httpx_client().aclose()


async def _helper_send(helper: SendBulk, base_url: str, bodies: list[SendMessageRequest]) -> list[object]:
    client = PlivoClient(AUTH_ID, AUTH_TOKEN, base_url=base_url)
    return await helper(client, bodies, concurrency=CONCURRENCY)


def send_all(base_url: str, count: int, use_helper: bool = True) -> tuple[int, float, str]:
    """(messages accepted, seconds, what sent them); the helper when asked for and available."""
    bodies = _requests(count)
    helper = bulk_helper() if use_helper else None
    started = time.perf_counter()
    if helper is not None:
        results = asyncio.run(_helper_send(helper, base_url, bodies))
        how = f"plivo_messaging.bulk.send_bulk(concurrency={CONCURRENCY})"
    else:
        results = asyncio.run(_gather_send(base_url, bodies))
        how = f"asyncio.gather + Semaphore({CONCURRENCY}) over send_message.asyncio"
    seconds = time.perf_counter() - started
    return sum(isinstance(r, SendMessageResponse) for r in results), seconds, how


def _send_into_fresh_emulator(ctx: RunContext, count: int, use_helper: bool) -> tuple[float, float, str]:
    """(seconds, messages/s, what sent them), into an emulator with an empty store."""
    server = start_emulator(ctx.work, ctx.new_db())
    try:
        sent, seconds, how = send_all(server.base_url, count, use_helper)
    finally:
        server.stop()
    if sent != count:
        raise RuntimeError(f"bulk: only {sent} of {count} messages were accepted ({how})")
    return seconds, count / seconds, how


def run(ctx: RunContext) -> SectionResult:
    result = SectionResult("Bulk send (bulk)")
    count = ctx.count(10_000, 500)
    ceiling = post_ceiling(ctx)
    seconds, rate, how = _send_into_fresh_emulator(ctx, count, use_helper=True)
    rows = [[how, f"{seconds:.2f}", f"{rate:,.0f}", f"{rate / ceiling * 100:.0f} %"]]
    if bulk_helper() is not None:
        # The plain loop for reference: what the helper's own work (retry transport, workers) costs.
        plain = _send_into_fresh_emulator(ctx, count, use_helper=False)
        rows.append([plain[2], f"{plain[0]:.2f}", f"{plain[1]:,.0f}", f"{plain[1] / ceiling * 100:.0f} %"])
    result.checks.append(
        at_least(
            NAME,
            "bulk messages/s / emulator POST ceiling (rps)",
            rate / ceiling,
            SHARE,
            f"{rate:,.0f} msg/s vs {ceiling:,.0f} rps",
            unit="%",
        )
    )
    result.tables.append(
        Table(
            f"{count:,} messages, one destination each, into an emulator with an empty store; "
            f"ceiling: the emulator's POST rps under wrk in this run ({ceiling:,.0f})",
            ["sent with", "seconds", "messages/s", "of the ceiling"],
            rows,
        )
    )
    if bulk_helper() is None:
        result.notes.append(
            "plivo_messaging.bulk is not in the client yet; measured with the plain "
            "asyncio.gather + semaphore loop a user would write."
        )
    if result.missed and ctx.profile:
        profiles: list[list[str]] = []

        def both() -> list[str]:
            prof = ctx.work / "emulator-bulk.prof"
            server = start_emulator(ctx.work, ctx.new_db(), profile_to=prof)
            profiler = cProfile.Profile(time.process_time)
            try:
                profiler.runcall(send_all, server.base_url, ctx.count(3000, 300))
            finally:
                server.stop()
            profiles.append(top_costs(prof))
            return top_costs(profiler)

        result.add_profile("client process during the bulk send (CPU time)", both)
        if profiles:
            result.profiles.append(("emulator process during the bulk send (CPU time)", profiles[0]))
    return result
