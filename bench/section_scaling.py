"""Scaling: get and list latency, and the emulator's memory, with 1k, 10k and 100k stored messages.

The database is seeded through the emulator's own store API (copies of a message the emulator itself
created, each with a new uuid, destination and time within the list's 24-hour window, so the default
list has every stored message to count), then measured through HTTP against the CLI started on it.
"""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from loadgen import Load, LoadResult
from plivo_emulator import clock
from plivo_emulator.config import Settings
from plivo_emulator.server import EmulatorServer
from profiles import top_costs
from report import Check, SectionResult, Table, at_most
from runctx import RunContext, message_path, send_one
from targets import MESSAGES_PATH, Server, start_emulator

NAME = "scaling"
GROWTH_LIMIT = 2.0  # p50 at the largest size / p50 at the smallest; linear would be the size ratio
BATCH = 10_000
SAMPLE_IDS = 1000


def seed(db: Path, count: int) -> list[str]:
    """Fill `db` with `count` messages; returns the uuids."""
    with EmulatorServer(Settings(db=str(db))) as server:
        send_one(server.port)
        store = server.runtime.store
        [template] = store.all_messages()
        account = server.runtime.settings.accounts.primary.auth_id
        now = server.runtime.clock.now()
        spread = min(1.0, 20 * 3600 / count)  # seconds between messages, all within the last 20 hours
        uuids: list[str] = [template["message_uuid"]]
        batch: list[tuple[str, str, dict[str, Any]]] = []
        for i in range(count - 1):
            moment = now - timedelta(seconds=(count - i) * spread)
            new = str(uuid.uuid4())
            dst = f"1415{i % 10_000_000:07d}"
            doc = {
                **template,
                "message_uuid": new,
                "to_number": dst,
                "_destination": dst,
                "resource_uri": template["resource_uri"].replace(template["message_uuid"], new),
                "message_time": clock.message_time(moment),
                "message_updated_time": clock.message_time(moment, micro=True),
            }
            batch.append((account, clock.sort_key(moment), doc))
            uuids.append(new)
            if len(batch) == BATCH:
                store.insert_messages(batch)
                batch = []
        if batch:
            store.insert_messages(batch)
    return uuids


def _loads(server: Server, uuids: list[str], seconds: float) -> dict[str, Load]:
    sample = random.Random(7).sample(uuids, min(SAMPLE_IDS, len(uuids)))
    # One connection: the latency of a request on its own, without queueing behind others.
    return {
        "get": Load(server.base_url, "GET", [message_path(u) for u in sample], None, 1, seconds),
        "list": Load(server.base_url, "GET", [MESSAGES_PATH], None, 1, seconds),
    }


def run(ctx: RunContext) -> SectionResult:
    result = SectionResult("Scaling with stored messages (scaling)")
    sizes = (1_000, 10_000) if ctx.quick else (1_000, 10_000, 100_000)
    seconds = ctx.pick(4.0, 1.0)
    measured: dict[int, dict[str, LoadResult]] = {}
    memory: dict[int, tuple[int, int, float]] = {}
    dbs: dict[int, tuple[Path, list[str]]] = {}
    for size in sizes:
        db = ctx.new_db()
        uuids = seed(db, size)
        dbs[size] = (db, uuids)
        server = start_emulator(ctx.work, db)
        try:
            measured[size] = {}
            for what, load in _loads(server, uuids, seconds).items():
                ctx.load(Load(load.base_url, load.method, load.paths, None, 1, min(1.0, seconds)))
                measured[size][what] = ctx.load(load)
            rss, peak = server.proc.rss_kib()
            memory[size] = (rss, peak, db.stat().st_size / 2**20)
        finally:
            server.stop()
        errors = sum(r.errors for r in measured[size].values())
        if errors:
            raise RuntimeError(f"scaling: {errors} errors at {size} messages")

    rows = []
    for size in sizes:
        get, lst = measured[size]["get"], measured[size]["list"]
        rss, peak, db_mib = memory[size]
        rows.append(
            [
                f"{size:,}",
                f"{get.p50_ms:.2f}",
                f"{get.p99_ms:.2f}",
                f"{lst.p50_ms:.2f}",
                f"{lst.p99_ms:.2f}",
                f"{rss / 1024:.0f}",
                f"{peak / 1024:.0f}",
                f"{db_mib:.0f}",
            ]
        )
    result.tables.append(
        Table(
            f"1 connection, {seconds:g} s per measurement; "
            f"get = GET by id over {SAMPLE_IDS} random stored ids; "
            "list = default GET /Message/ (20 newest of the 24-hour window, with its total count)",
            [
                "messages",
                "get p50 ms",
                "get p99 ms",
                "list p50 ms",
                "list p99 ms",
                "RSS MiB",
                "peak RSS MiB",
                "db MiB",
            ],
            rows,
        )
    )

    small, large = sizes[0], sizes[-1]
    factor = large // small
    for what in ("get", "list"):
        a, b = measured[small][what], measured[large][what]
        result.checks.append(
            at_most(
                NAME,
                f"{what} p50 at {large:,} / at {small:,} messages (linear = {factor}x)",
                b.p50_ms / a.p50_ms,
                GROWTH_LIMIT,
                f"{b.p50_ms:.2f} vs {a.p50_ms:.2f} ms",
            )
        )
    rss_small, rss_large = memory[small][0], memory[large][0]
    result.checks.append(
        Check(
            NAME,
            f"emulator RSS at {large:,} / at {small:,} messages",
            f"{rss_large / 1024:.0f} vs {rss_small / 1024:.0f} MiB",
            "-",
            f"{rss_large / rss_small:.2f}x",
            None,
        )
    )

    for what in ("get", "list") if ctx.profile else ():
        if any(c.met is False and c.name.startswith(what) for c in result.checks):
            db, uuids = dbs[large]
            result.add_profile(
                f"emulator serving {what} with {large:,} messages (CPU time)",
                partial(_profile, ctx, db, uuids, what),
            )
    return result


def _profile(ctx: RunContext, db: Path, uuids: list[str], what: str) -> list[str]:
    prof = ctx.work / f"emulator-scaling-{what}.prof"
    server = start_emulator(ctx.work, db, profile_to=prof)
    try:
        ctx.load(_loads(server, uuids, ctx.pick(5.0, 2.0))[what])
    finally:
        server.stop()
    return top_costs(prof)
