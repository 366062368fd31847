"""Client cold import: `plivo_messaging` plus one operation module against the official SDK's `import plivo`.

Each sample is a fresh interpreter (`python -c ...`) that times its own import statement with
`time.perf_counter()`, so interpreter start-up is left out of the ratio (the process's wall time is shown
beside it). The programs take turns, in a rotating order, so background load meets them alike; an untimed
first run of each writes the bytecode caches, as an installed package has them.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

from procs import ROOT, child_env
from report import Check, SectionResult, Table, at_most
from runctx import RunContext

NAME = "import"
RATIO_LIMIT = 1.0
_TIMER = "import time as _t\n_s = _t.perf_counter()\n{code}\nprint(_t.perf_counter() - _s)\n"


@dataclass(frozen=True)
class Program:
    name: str
    code: str  # the statements timed inside the fresh interpreter


OURS = Program(
    "plivo_messaging + api.messages.send_message",
    "import plivo_messaging\nfrom plivo_messaging.api.messages import send_message",
)
SDK = Program("official SDK: import plivo", "import plivo")
# For reference, not a target: the import and a client constructed (neither library connects yet).
OURS_READY = Program(
    "plivo_messaging + send_message + PlivoClient(...)",
    OURS.code + "\nplivo_messaging.PlivoClient('MAXXXXXXXXXXXXXXXXXX', 'token')",
)
SDK_READY = Program(
    "official SDK: import plivo + plivo.RestClient(...)",
    "import plivo\nplivo.RestClient('MAXXXXXXXXXXXXXXXXXX', 'token')",
)
PROGRAMS = [OURS, SDK, OURS_READY, SDK_READY]


def _run(program: Program) -> tuple[float, float]:
    """(seconds the timed statements took, seconds the whole process took)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _TIMER.format(code=program.code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=child_env(),
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{program.name} failed: {done.stderr[-800:]}")
    return float(done.stdout.strip().splitlines()[-1]), wall


def measure(repetitions: int) -> dict[str, list[tuple[float, float]]]:
    samples: dict[str, list[tuple[float, float]]] = {p.name: [] for p in PROGRAMS}
    for program in PROGRAMS:
        _run(program)  # untimed: writes the bytecode caches
    for rep in range(repetitions):
        shift = rep % len(PROGRAMS)
        for program in PROGRAMS[shift:] + PROGRAMS[:shift]:
            samples[program.name].append(_run(program))
    return samples


def _import_profile() -> list[str]:
    """The modules whose own import time is largest (`python -X importtime`), for a missed target."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", OURS.code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=child_env(),
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            rows.append((int(parts[0]), int(parts[1]), parts[2].strip()))
    total = sum(own for own, _, _ in rows)
    lines = [f"python -X importtime: {total / 1000:.1f} ms in {len(rows)} modules; top 15 by own time:"]
    lines += [
        f"  {own / 1000:7.2f} ms own, {cum / 1000:7.2f} ms with imports  {name}"
        for own, cum, name in sorted(rows, reverse=True)[:15]
    ]
    return lines


def _ms(values: list[float]) -> str:
    return f"{min(values) * 1e3:.1f} / {statistics.median(values) * 1e3:.1f} / {max(values) * 1e3:.1f}"


def run(ctx: RunContext) -> SectionResult:
    result = SectionResult("Client cold import (import)")
    repetitions = ctx.count(21, 5)
    samples = measure(repetitions)
    timed = {name: [t for t, _ in values] for name, values in samples.items()}
    ours, sdk = statistics.median(timed[OURS.name]), statistics.median(timed[SDK.name])
    ready, sdk_ready = statistics.median(timed[OURS_READY.name]), statistics.median(timed[SDK_READY.name])
    result.checks.append(
        at_most(
            NAME,
            "cold import, package + one operation module / official SDK's import plivo (medians)",
            ours / sdk,
            RATIO_LIMIT,
            f"{ours * 1e3:.1f} vs {sdk * 1e3:.1f} ms",
        )
    )
    result.checks.append(
        Check(
            NAME,
            "import and construct a client / the official SDK's (medians)",
            f"{ready * 1e3:.1f} vs {sdk_ready * 1e3:.1f} ms",
            "-",
            f"{ready / sdk_ready:.2f}x",
            None,
        )
    )
    result.tables.append(
        Table(
            f"{repetitions} fresh interpreters per program, interleaved; ms as min / median / max",
            ["program", "timed statements (ms)", "whole process (ms)"],
            [[name, _ms(timed[name]), _ms([w for _, w in samples[name]])] for name in samples],
        )
    )
    if ctx.profile and result.missed:
        result.add_profile(f"{OURS.name}: import time per module", _import_profile)
    return result
