"""Pipeline: client generation time, contract suite speed (emulator start-up: section_startup.py)."""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from procs import BENCH, ROOT, child_env
from profiles import top_costs
from report import Check, SectionResult, Table, at_most, not_measured
from runctx import RunContext

NAME = "pipeline"
GENERATE_LIMIT_S = 5.0
CONTRACT_DIR = ROOT / "tests" / "contract"
# The count of generated cases the contract suite prints at the end ("generated cases: N (...)"); without
# it, pytest's own summary.
_CASES = re.compile(r"generated cases:\s*(\d[\d,]*)", re.IGNORECASE)
_PASSED = re.compile(r"(\d+) passed")


def _generate_once() -> float:
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        argv = [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--output",
            str(Path(tmp) / "plivo-messaging"),
            "--client-spec",
            str(Path(tmp) / "client-openapi.json"),
        ]
        started = time.perf_counter()
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False, env=child_env())
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"scripts/generate.py failed: {done.stderr[-800:]}")
    return seconds


def _generate_profile(ctx: RunContext) -> list[str]:
    out = ctx.work / "generate-profile"
    out.mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, str(BENCH / "profile_generate.py"), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=child_env(),
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH_STEPS ")), None)
    if line is None:
        return [f"profiling failed: {done.stderr[-500:]}"]
    data = json.loads(line.removeprefix("BENCH_STEPS "))
    lines = [f"wall time by step (one unprofiled run, {data['total']:.2f} s in all):"]
    lines += [f"  {seconds:6.2f} s  {label}" for label, seconds in data["steps"]]
    lines += [
        "openapi-python-client step (cProfile):",
        *top_costs(Path(data["profile"]), clock="wall time", markers=("openapi_python_client/", "ruamel/")),
    ]
    return lines


def _contract(ctx: RunContext) -> tuple[Check, list[str]]:
    name = "contract suite speed (cases/s)"
    if not CONTRACT_DIR.is_dir():
        return not_measured(NAME, name, "-", "tests/contract does not exist yet"), []
    if ctx.quick:
        return not_measured(NAME, name, "-", "skipped by --quick"), []
    argv = [sys.executable, "-m", "pytest", str(CONTRACT_DIR), "-q", "-p", "no:cacheprovider"]
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False, env=child_env())
    seconds = time.perf_counter() - started
    output = done.stdout + done.stderr
    cases = [int(m.group(1).replace(",", "")) for m in _CASES.finditer(output)]
    passed = [int(m.group(1)) for m in _PASSED.finditer(output)]
    if cases:
        count, what = cases[-1], "generated cases"
    elif passed:
        count, what = passed[-1], "pytest tests (the suite printed no case count)"
    else:
        return not_measured(
            NAME, name, "-", f"no case count in the suite's output (exit {done.returncode})"
        ), []
    summary = next((line.strip("= ") for line in reversed(output.splitlines()) if " in " in line), "")
    check = Check(NAME, name, f"{count:,} {what} in {seconds:.1f} s", "-", f"{count / seconds:,.1f}/s", None)
    notes = [
        f"contract suite: `pytest tests/contract` with its default (bounded, `ci`) profile: {count:,} {what} "
        f"in {seconds:.1f} s wall time, collection and the emulator's start included; pytest: {summary}."
    ]
    if done.returncode != 0:
        notes.append(
            f"the contract suite exited {done.returncode} (failures are the suite's business here; "
            "only its speed is measured)."
        )
    return check, notes


def run(ctx: RunContext) -> SectionResult:
    result = SectionResult("Pipeline (pipeline)")
    if not ctx.quick:
        _generate_once()  # untimed: leaves the bytecode caches a developer's second run has
    generate_runs = [_generate_once() for _ in range(ctx.count(3, 1))]
    gen = statistics.median(generate_runs)
    result.checks.append(
        at_most(
            NAME,
            "make generate wall time (scripts/generate.py, temp output)",
            gen,
            GENERATE_LIMIT_S,
            f"{gen:.2f} s",
            unit="s",
        )
    )
    contract, notes = _contract(ctx)
    result.checks.append(contract)
    result.notes += notes
    result.tables.append(
        Table(
            "each run",
            ["measurement", "runs", "median", "all runs"],
            [
                [
                    "scripts/generate.py",
                    str(len(generate_runs)),
                    f"{gen:.2f} s",
                    ", ".join(f"{s:.2f}" for s in generate_runs),
                ],
            ],
        )
    )
    if gen > GENERATE_LIMIT_S and ctx.profile:
        result.add_profile("scripts/generate.py", lambda: _generate_profile(ctx))
    return result
