"""Emulator throughput and latency under 10 connections, next to Prism and a bare Starlette app."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from functools import partial

from loadgen import Load, LoadResult
from profiles import top_costs
from report import Check, SectionResult, Table, at_least, at_most, not_measured
from runctx import RunContext, message_path, send_body, send_one
from targets import MESSAGES_PATH, Server, ensure_prism, start_bare, start_emulator, start_prism

NAME = "http"
CONNECTIONS = 10
P99_FACTOR = 1.5  # emulator p99 <= this times bare Starlette's p99, same request kind, same run
BARE_SHARE = 0.40
CEILING_KEY = "emulator_post_rps"


@dataclass(frozen=True)
class Kind:
    label: str
    method: str
    destinations: int  # 0 for GET
    prism_factor: float  # emulator rps >= this times Prism's
    bare_share: float | None  # emulator rps >= this share of bare Starlette's (None: shown only)

    def load(self, server: Server, uuid: str, duration: float) -> Load:
        if self.method == "GET":
            return Load(server.base_url, "GET", [message_path(uuid)], None, CONNECTIONS, duration)
        return Load(
            server.base_url, "POST", [MESSAGES_PATH], send_body(self.destinations), CONNECTIONS, duration
        )


KINDS = (
    Kind("GET message", "GET", 0, 3.0, BARE_SHARE),
    Kind("POST send, 1 destination", "POST", 1, 3.0, BARE_SHARE),
    Kind("POST send, 10 destinations", "POST", 10, 1.0, None),
)


@dataclass(frozen=True)
class Cell:
    """One request kind on one server: every repetition of its measurement."""

    runs: tuple[LoadResult, ...]

    @property
    def rps(self) -> float:
        return statistics.median(r.rps for r in self.runs)

    @property
    def p50_ms(self) -> float:
        return statistics.median(r.p50_ms for r in self.runs)

    @property
    def p99_ms(self) -> float:
        return statistics.median(r.p99_ms for r in self.runs)

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.runs)

    @property
    def requests(self) -> int:
        return sum(r.requests for r in self.runs)

    @property
    def error_share(self) -> float:
        return self.errors / max(1, self.requests)

    def spread(self, values: list[float], fmt: str) -> str:
        """min / median / max"""
        return " / ".join(format(v, fmt) for v in (min(values), statistics.median(values), max(values)))


def _measure(ctx: RunContext, load: Load) -> LoadResult:
    warm = ctx.pick(2.0, 1.0)
    ctx.load(Load(load.base_url, load.method, load.paths, load.body, load.connections, warm))
    return ctx.load(load)


def _checks(kind: Kind, results: dict[str, Cell], prism_problem: str | None) -> list[Check]:
    """Targets on the medians of the repetitions."""
    emu = results["emulator"]
    checks: list[Check] = []
    prism = results.get("Prism")
    name = f"{kind.label}: emulator rps / Prism rps"
    target = f">= {kind.prism_factor:g}x"
    if prism is None:
        checks.append(not_measured(NAME, name, target, prism_problem or "Prism did not run"))
    elif prism.error_share > 0.01:
        why = f"Prism failed {prism.errors} requests or connections ({prism.requests} answered)"
        checks.append(not_measured(NAME, name, target, why))
    else:
        checks.append(
            at_least(
                NAME, name, emu.rps / prism.rps, kind.prism_factor, f"{emu.rps:,.0f} vs {prism.rps:,.0f} rps"
            )
        )
    bare = results["bare Starlette"]
    name = f"{kind.label}: emulator rps / bare Starlette rps"
    measured = f"{emu.rps:,.0f} vs {bare.rps:,.0f} rps"
    if kind.bare_share is None:
        checks.append(Check(NAME, name, measured, "-", f"{emu.rps / bare.rps * 100:.0f} %", None))
    else:
        checks.append(at_least(NAME, name, emu.rps / bare.rps, kind.bare_share, measured, unit="%"))
    if kind.method == "GET" or kind.destinations == 1:
        checks.append(
            at_most(
                NAME,
                f"{kind.label}: emulator p99 / bare Starlette p99",
                emu.p99_ms / bare.p99_ms,
                P99_FACTOR,
                f"{emu.p99_ms:.2f} vs {bare.p99_ms:.2f} ms",
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
    repetitions = ctx.count(3, 1)
    servers: list[Server] = []
    prism_problem = ensure_prism()
    runs: dict[Kind, dict[str, list[LoadResult]]] = {k: {} for k in KINDS}
    try:
        servers.append(start_emulator(ctx.work, ctx.new_db()))
        if prism_problem is None:
            servers.append(start_prism(ctx.work))
        servers.append(start_bare(ctx.work))
        uuid = send_one(servers[0].port)[0]
        # Repetitions outside, request kinds, then servers inside: every server meets the same moments
        # of the machine's load.
        for _ in range(repetitions):
            for kind in KINDS:
                for s in servers:
                    r = _measure(ctx, kind.load(s, uuid, duration))
                    runs[kind].setdefault(s.name, []).append(r)
                    if r.errors:
                        state = "still running" if s.proc.popen.poll() is None else "exited"
                        result.notes.append(
                            f"{s.name}, {kind.label}: {r.errors} errors ({state}); its log ends: "
                            f"{s.proc.log_tail(3)!r}"
                        )
    finally:
        for server in servers:
            server.stop()

    measured = {k: {name: Cell(tuple(rs)) for name, rs in by.items()} for k, by in runs.items()}
    rows: list[list[str]] = []
    for kind, by_server in measured.items():
        for name, c in by_server.items():
            rows.append(
                [
                    kind.label,
                    name,
                    c.spread([r.rps for r in c.runs], ",.0f"),
                    c.spread([r.p50_ms for r in c.runs], ".2f"),
                    c.spread([r.p99_ms for r in c.runs], ".2f"),
                    f"{c.requests:,}",
                    str(c.errors),
                ]
            )
        result.checks += _checks(kind, by_server, prism_problem)
    result.tables.append(
        Table(
            f"{CONNECTIONS} connections, {duration:g} s per measurement after a warm-up, "
            f"{repetitions} repetition(s) per cell (min / median / max; targets use the median), "
            f"load from {ctx.loads.tool}",
            ["request", "server", "rps", "p50 ms", "p99 ms", "requests", "errors"],
            rows,
        )
    )
    ctx.shared[CEILING_KEY] = measured[KINDS[1]]["emulator"].rps

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
