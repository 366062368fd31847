"""Client cost per call: CPU time in the client process for send + get, the emulator in another process."""

from __future__ import annotations

import asyncio
import cProfile
import statistics
import time
from collections.abc import Callable, Coroutine
from typing import Any

import clients
from clients import AsyncVariant, SyncVariant
from profiles import top_costs
from report import SectionResult, Table, at_least, at_most
from runctx import RunContext
from targets import start_emulator

NAME = "client"
HTTPX_LIMIT = 1.2
SDK_FACTOR = 2.0


def _sync_round(variant: SyncVariant, n: int) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(n):
        variant.pair()
    return (time.process_time() - cpu) / n, (time.perf_counter() - wall) / n


async def _async_round(variant: AsyncVariant, n: int) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(n):
        await variant.pair()
    return (time.process_time() - cpu) / n, (time.perf_counter() - wall) / n


def _rotate(items: list[Any], by: int) -> list[Any]:
    by %= len(items)
    return items[by:] + items[:by]


def _measure_sync(variants: list[SyncVariant], rounds: int, n: int) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {v.name: [] for v in variants}
    for v in variants:
        _sync_round(v, max(10, n // 5))  # warm-up: connections, imports, caches
    for r in range(rounds):
        for v in _rotate(variants, r):  # a different order each round, so drift hits all alike
            out[v.name].append(_sync_round(v, n))
    return out


async def _measure_async(
    variants: list[AsyncVariant], rounds: int, n: int
) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {v.name: [] for v in variants}
    for v in variants:
        await _async_round(v, max(10, n // 5))
    for r in range(rounds):
        for v in _rotate(variants, r):
            out[v.name].append(await _async_round(v, n))
    for v in variants:
        await v.close()
    return out


def _profile_sync(variant: SyncVariant, n: int) -> list[str]:
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(_sync_round, variant, n)
    return top_costs(profiler)


def _profile_async(make: Callable[[], Coroutine[Any, Any, Any]]) -> list[str]:
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(asyncio.run, make())
    return top_costs(profiler)


def run(ctx: RunContext) -> SectionResult:
    result = SectionResult("Client cost per call (client)")
    rounds, n = ctx.count(7, 2), ctx.count(200, 25)
    server = start_emulator(ctx.work, ctx.new_db())
    try:
        base = server.base_url
        sync_variants = [clients.generated_sync(base), clients.httpx_sync(base), clients.official_sdk(base)]
        timings = _measure_sync(sync_variants, rounds, n)
        async_variants = [clients.generated_async(base), clients.httpx_async(base)]
        timings.update(asyncio.run(_measure_async(async_variants, rounds, n)))
        # The least disturbed round: other programs on a shared machine only ever add to a round's time.
        cpu = {k: min(c for c, _ in v) for k, v in timings.items()}
        wall = {k: statistics.median(w for _, w in v) for k, v in timings.items()}

        gen_s, raw_s, sdk = (v.name for v in sync_variants)
        gen_a, raw_a = (v.name for v in async_variants)

        def us(name: str) -> str:
            return f"{cpu[name] * 1e6:,.0f} µs"

        result.checks += [
            at_most(
                NAME,
                "sync: generated client / raw httpx.Client, CPU per call",
                cpu[gen_s] / cpu[raw_s],
                HTTPX_LIMIT,
                f"{us(gen_s)} vs {us(raw_s)} per send+get",
            ),
            at_least(
                NAME,
                "sync: official SDK / generated client, CPU per call",
                cpu[sdk] / cpu[gen_s],
                SDK_FACTOR,
                f"{us(sdk)} vs {us(gen_s)} per send+get",
            ),
            at_most(
                NAME,
                "async: generated client / raw httpx.AsyncClient, CPU per call",
                cpu[gen_a] / cpu[raw_a],
                HTTPX_LIMIT,
                f"{us(gen_a)} vs {us(raw_a)} per send+get",
            ),
            at_least(
                NAME,
                "official SDK (sync only) / generated async client, CPU per call",
                cpu[sdk] / cpu[gen_a],
                SDK_FACTOR,
                f"{us(sdk)} vs {us(gen_a)} per send+get",
            ),
        ]
        result.tables.append(
            Table(
                f"CPU: the lowest of {rounds} rounds of {n} send+get pairs per client (wall: the median), "
                "rounds interleaved",
                ["client", "CPU µs per send+get", "CPU µs per call", "wall µs per send+get"],
                [
                    [
                        name,
                        f"{cpu[name] * 1e6:,.0f}",
                        f"{cpu[name] * 1e6 / 2:,.0f}",
                        f"{wall[name] * 1e6:,.0f}",
                    ]
                    for name in timings
                ],
            )
        )
        # A miss is profiled on our client: the profile shows how much is the generated layer and how
        # much the HTTP stack beneath it.
        sync_missed = any("async" not in c.name for c in result.missed)
        async_missed = any("async" in c.name for c in result.missed)
        if ctx.profile and sync_missed:
            what = f"client process, {gen_s}, {n} send+get pairs (CPU time)"
            result.add_profile(what, lambda: _profile_sync(clients.generated_sync(base), n))
        if ctx.profile and async_missed:
            variant = clients.generated_async(base)

            async def go() -> None:
                await _async_round(variant, n)
                await variant.close()

            what = f"client process, {gen_a}, {n} send+get pairs (CPU time)"
            result.add_profile(what, lambda: _profile_async(go))
        for v in sync_variants:
            v.close()
    finally:
        server.stop()
    return result
