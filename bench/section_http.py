"""Emulator throughput and latency under 10 connections, next to Prism and a bare Starlette app."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from loadgen import Load, LoadResult
from profiles import top_costs
from report import Check, SectionResult, Table, at_least, at_most, not_measured
from runctx import RunContext, message_path, send_body, send_one
from targets import MESSAGES_PATH, Server, ensure_prism, start_bare, start_emulator, start_prism

NAME = "http"
CONNECTIONS = 10
P99_LIMIT_MS = 5.0
PRISM_FACTOR = 3.0
BARE_SHARE = 0.40
CEILING_KEY = "emulator_post_rps"


@dataclass(frozen=True)
class Kind:
    label: str
    method: str
    destinations: int  # 0 for GET

    def load(self, server: Server, uuid: str, duration: float) -> Load:
        if self.method == "GET":
            return Load(server.base_url, "GET", [message_path(uuid)], None, CONNECTIONS, duration)
        return Load(
            server.base_url, "POST", [MESSAGES_PATH], send_body(self.destinations), CONNECTIONS, duration
        )


KINDS = (
    Kind("GET message", "GET", 0),
    Kind("POST send, 1 destination", "POST", 1),
    Kind("POST send, 10 destinations", "POST", 10),
)


def _measure(ctx: RunContext, load: Load) -> LoadResult:
    warm = ctx.pick(2.0, 1.0)
    ctx.load(Load(load.base_url, load.method, load.paths, load.body, load.connections, warm))
    return ctx.load(load)


def _checks(kind: Kind, results: dict[str, LoadResult], prism_problem: str | None) -> list[Check]:
    emu = results["emulator"]
    checks: list[Check] = []
    prism = results.get("Prism")
    name = f"{kind.label}: emulator rps / Prism rps"
    if prism is None:
        checks.append(not_measured(NAME, name, f">= {PRISM_FACTOR:g}x", prism_problem or "Prism did not run"))
    elif prism.error_share > 0.01:
        checks.append(
            not_measured(
                NAME,
                name,
                f">= {PRISM_FACTOR:g}x",
                f"Prism failed {prism.errors} requests or connections ({prism.requests} answered)",
            )
        )
    else:
        checks.append(
            at_least(NAME, name, emu.rps / prism.rps, PRISM_FACTOR, f"{emu.rps:,.0f} vs {prism.rps:,.0f} rps")
        )
    bare = results["bare Starlette"]
    checks.append(
        at_least(
            NAME,
            f"{kind.label}: emulator rps / bare Starlette rps",
            emu.rps / bare.rps,
            BARE_SHARE,
            f"{emu.rps:,.0f} vs {bare.rps:,.0f} rps",
            unit="%",
        )
    )
    checks.append(
        at_most(
            NAME,
            f"{kind.label}: emulator p99 latency",
            emu.p99_ms,
            P99_LIMIT_MS,
            f"{emu.p99_ms:.2f} ms (p50 {emu.p50_ms:.2f} ms)",
            unit="ms",
        )
    )
    if emu.error_share > 0:
        checks = [
            Check(
                c.section,
                c.name,
                c.measured,
                c.target,
                c.ratio,
                False,
                f"the emulator answered {emu.errors} errors",
            )
            for c in checks
        ]
    return checks


def profile(ctx: RunContext, kind: Kind, seconds: float) -> list[str]:
    """The emulator's top costs while serving `kind` (CPU profile of the server process)."""
    prof = ctx.work / f"emulator-{kind.method}-{kind.destinations}.prof"
    server = start_emulator(ctx.work, ctx.new_db(), profile_to=prof)
    try:
        uuid = send_one(server.port)[0]
        ctx.load(kind.load(server, uuid, seconds))
    finally:
        server.stop()
    return top_costs(prof)


def run(ctx: RunContext) -> SectionResult:
    result = SectionResult("Emulator throughput and latency (http)")
    duration = ctx.pick(10.0, 2.0)
    servers: list[Server] = []
    prism_problem = ensure_prism()
    try:
        servers.append(start_emulator(ctx.work, ctx.new_db()))
        if prism_problem is None:
            servers.append(start_prism(ctx.work))
        servers.append(start_bare(ctx.work))
        uuid = send_one(servers[0].port)[0]
        measured: dict[Kind, dict[str, LoadResult]] = {}
        # Request kinds outside, servers inside: every server meets the same moment of the machine's load.
        for kind in KINDS:
            measured[kind] = {s.name: _measure(ctx, kind.load(s, uuid, duration)) for s in servers}
            for s in servers:
                if measured[kind][s.name].errors:
                    state = "still running" if s.proc.popen.poll() is None else "exited"
                    result.notes.append(
                        f"{s.name}, {kind.label}: {measured[kind][s.name].errors} errors "
                        f"({state}); its log ends: {s.proc.log_tail(3)!r}"
                    )
    finally:
        for server in servers:
            server.stop()

    rows: list[list[str]] = []
    for kind, by_server in measured.items():
        for name, r in by_server.items():
            rows.append(
                [
                    kind.label,
                    name,
                    f"{r.rps:,.0f}",
                    f"{r.p50_ms:.2f}",
                    f"{r.p99_ms:.2f}",
                    f"{r.requests:,}",
                    str(r.errors),
                ]
            )
        result.checks += _checks(kind, by_server, prism_problem)
    result.tables.append(
        Table(
            f"{CONNECTIONS} connections, {duration:g} s per measurement after a warm-up, "
            f"load from {ctx.loads.tool}",
            ["request", "server", "rps", "p50 ms", "p99 ms", "requests", "errors"],
            rows,
        )
    )
    ctx.shared[CEILING_KEY] = measured[KINDS[1]]["emulator"].rps
    if any(c.met is False and c.name.endswith("p99 latency") for c in result.checks):
        # Closed loop: each connection waits for its answer, so the mean latency is connections / rps.
        means = ", ".join(
            f"{k.label} {CONNECTIONS / by['emulator'].rps * 1000:.1f} ms" for k, by in measured.items()
        )
        result.notes.append(
            f"With {CONNECTIONS} connections each waiting for its answer, the mean latency is "
            f"{CONNECTIONS} / rps whatever the server does ({means}); a p99 of {P99_LIMIT_MS:g} ms needs "
            f"well over {CONNECTIONS / P99_LIMIT_MS * 1000:,.0f} rps, so the p99 target is a throughput "
            "target in disguise."
        )

    missed_kinds = (
        [k for k in KINDS if any(c.met is False and c.name.startswith(k.label) for c in result.checks)]
        if ctx.profile
        else []
    )
    for kind in missed_kinds:
        result.add_profile(
            f"emulator serving {kind.label} ({CONNECTIONS} connections)",
            partial(profile, ctx, kind, ctx.pick(6.0, 2.0)),
        )
    return result


def post_ceiling(ctx: RunContext) -> float:
    """The emulator's POST (one destination) rps: from this run's http section, else measured now."""
    if CEILING_KEY not in ctx.shared:
        server = start_emulator(ctx.work, ctx.new_db())
        try:
            ctx.shared[CEILING_KEY] = _measure(ctx, KINDS[1].load(server, "", ctx.pick(6.0, 2.0))).rps
        finally:
            server.stop()
    return ctx.shared[CEILING_KEY]
