"""Emulator start-up: from starting the `plivo-emulator` command to its first answered HTTP request.

Timed as users start it (the installed command, a fresh database file), with the spec cache as it is
after a first start (warm), and with an empty one (cold: the first start after installing or editing
the spec). The process's own CPU time at its first answer is shown beside the wall time: on a busy
machine the wall time also holds the time other programs had the CPU.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

from procs import ROOT, child_env
from profiles import top_costs
from report import SectionResult, Table, at_most
from runctx import RunContext
from targets import start_emulator

NAME = "startup"
LIMIT_S = 0.300
CACHE_ENV = "PLIVO_EMULATOR_CACHE_DIR"


def _start(ctx: RunContext, cache: str) -> tuple[float, float]:
    """(wall seconds to the first answer, CPU seconds the process used by then)"""
    server = start_emulator(ctx.work, ctx.new_db(), env={CACHE_ENV: cache})
    try:
        return server.startup_s, server.proc.cpu_s()
    finally:
        server.stop()


def _spread(values: list[float]) -> str:
    return " / ".join(f"{v * 1000:.0f}" for v in (min(values), statistics.median(values), max(values)))


def _import_times(limit: int = 12) -> list[str]:
    """Import time (`python -X importtime`) by top-level package: each module's own time, added up."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import plivo_emulator.cli"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=child_env(),
    )
    by_package: dict[str, int] = {}
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        package = parts[2].strip().split(".")[0]
        by_package[package] = by_package.get(package, 0) + int(parts[0])
    total = sum(by_package.values())
    rows = sorted(by_package.items(), key=lambda kv: kv[1], reverse=True)[:limit]
    return [
        f"import time: {total / 1000:.0f} ms in all; top {limit} packages by their modules' own time:"
    ] + [f"  {us / 1000:7.1f} ms  {name}" for name, us in rows]


def _profile(ctx: RunContext) -> list[str]:
    prof = ctx.work / "emulator-startup.prof"
    start_emulator(
        ctx.work,
        ctx.new_db(),
        profile_to=prof,
        profile_mode="startup",
        env={CACHE_ENV: str(ctx.work / "cache")},
    ).stop()
    return _import_times() + top_costs(prof)


def run(ctx: RunContext) -> SectionResult:
    result = SectionResult("Emulator start-up (startup)")
    warm_cache = str(ctx.work / "cache")
    _start(ctx, warm_cache)  # untimed: bytecode caches and the spec cache, as after a first start
    warm = [_start(ctx, warm_cache) for _ in range(ctx.count(7, 3))]
    cold = [_start(ctx, str(ctx.work / f"empty-cache-{i}")) for i in range(ctx.count(3, 1))]
    wall = statistics.median(w for w, _ in warm)
    result.checks.append(
        at_most(
            NAME,
            "emulator start-up to first answered request (spec cache warm)",
            wall,
            LIMIT_S,
            f"{wall * 1000:.0f} ms (CPU {statistics.median(c for _, c in warm) * 1000:.0f} ms)",
            unit="s",
        )
    )
    result.tables.append(
        Table(
            "milliseconds from process start to the first answer (min / median / max)",
            ["spec cache", "runs", "wall ms", "process CPU ms"],
            [
                ["warm", str(len(warm)), _spread([w for w, _ in warm]), _spread([c for _, c in warm])],
                [
                    "cold (empty)",
                    str(len(cold)),
                    _spread([w for w, _ in cold]),
                    _spread([c for _, c in cold]),
                ],
            ],
        )
    )
    if ctx.profile and wall > LIMIT_S:
        result.add_profile("emulator start-up, imports included (CPU time)", lambda: _profile(ctx))
    return result
