#!/usr/bin/env python3
"""Benchmarks: the emulator next to Prism and bare Starlette, client cost per call, bulk sending, the
pipeline's speed and the store's scaling. Prints a table of targets (measured ratio, MET/MISSED) and,
for a full run, writes it with the details to bench/RESULTS.md.

    python bench/run.py                     everything (what `make bench` runs)
    python bench/run.py --quick             a short smoke run of everything (writes no RESULTS.md)
    python bench/run.py --only http,client  some sections
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from loadgen import LoadGenerator
from procs import BENCH
from report import (
    SUMMARY_HEADER,
    SectionResult,
    busy_warning,
    machine_lines,
    summary_rows,
    text_table,
    write_results,
)
from runctx import RunContext
from targets import PRISM_BIN, prism_version

# Section name -> module with `run(ctx) -> SectionResult`; imported only when it runs.
SECTIONS = {
    "http": "section_http",
    "client": "section_client",
    "bulk": "section_bulk",
    "startup": "section_startup",
    "pipeline": "section_pipeline",
    "scaling": "section_scaling",
    "import": "section_import",
}
RESULTS = BENCH / "RESULTS.md"

METHOD = """
- Every server runs as its own process on 127.0.0.1, one at a time under load, while the load comes
  from another process: wrk (one thread, so the server keeps the other core; a Lua script,
  `bench/wrk_request.lua`, sets the method, the JSON body and the HTTP Basic header), or
  `bench/pyload.py` where wrk cannot be installed. Both report through the same result line.
- The emulator is started as users start it: the `plivo-emulator` command (one uvicorn worker, uvloop
  and httptools, `--db` on a fresh file, response validation off). Prism (`@stoplight/prism-cli`, pinned
  in `bench/package.json`) mocks the same `openapi.yaml`; the bare Starlette app (`bench/bare_app.py`)
  runs the same kind of routes on the same uvicorn settings and is the ceiling. Access logging is off on
  all three, so no server pays for a log line per request.
- Throughput: 10 connections, each sending its next request when the previous answer arrives; a
  warm-up, then a timed run, repeated (three times in a full run): min / median / max are shown and
  targets use the median. Repetitions and request kinds take turns over the three servers, so the
  machine's background load meets all of them alike. Latency percentiles are of those same requests.
- Client cost: the emulator runs in another process; the client process measures its own CPU time
  (`time.process_time`) over N send+get pairs, so the server's work (and waiting for it) is not
  counted. Every client sends the same JSON body and checks what comes back. Rounds are interleaved in
  a rotating order; the lowest CPU time of a client's rounds is compared (other programs on a shared
  machine only ever add to a round), wall time (median) is shown for reference.
- Bulk: messages per second of the whole bulk send (one destination each), divided by the emulator's
  POST requests per second measured with wrk in the same run.
- Start-up: the `plivo-emulator` command from process start to its first answered HTTP request, with
  the spec cache warm (as after a first start) and empty; the process's CPU time at that moment beside.
- Pipeline: `scripts/generate.py` (what `make generate` runs) into a temporary directory.
- Scaling: the SQLite file is seeded through the emulator's store API, then the `plivo-emulator`
  command is started on it and measured over HTTP with one connection (latency without queueing);
  RSS is read from /proc after the requests.
- This machine sets PYTHONDONTWRITEBYTECODE; it is removed for the measured programs (emulator,
  bare app, generator) and an untimed first start writes the bytecode caches, so start-up and
  generation are timed as on an ordinary Python installation, not recompiling every module.
- Client import: each sample is a fresh interpreter timing its own import statement
  (`time.perf_counter()`), ours (`plivo_messaging` plus one operation module) and the official SDK's
  `import plivo` taking turns in the same venv, bytecode caches written by an untimed first run.
- A missed target is profiled with cProfile (CPU time where the process would otherwise be seen
  waiting) and its top costs are listed under the section.
"""


def _tool_versions(loads: LoadGenerator, sections: list[str]) -> dict[str, str]:
    """Versions of the outside programs this run used."""
    facts: dict[str, str] = {}
    if loads.used:
        facts["load generator"] = loads.describe()
    node = shutil.which("node")
    if "http" in sections and node and PRISM_BIN.exists():
        version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
        facts["node"] = version.stdout.strip()
        facts["Prism"] = prism_version()
    return facts


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="short smoke run: fewer requests, shorter loads")
    parser.add_argument("--only", default="", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument(
        "--loadgen",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="load generator (auto: wrk, installed with apt-get when root and missing)",
    )
    parser.add_argument("--no-profile", action="store_true", help="do not profile what misses its target")
    parser.add_argument(
        "--keep-work",
        action="store_true",
        help="keep the temporary directory (servers' logs, databases, profiles)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=None,
        help="write RESULTS.md here (default: bench/RESULTS.md for a full run, else none)",
    )
    args = parser.parse_args(argv)
    args.sections = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    if args.results is None and not args.quick and not args.only:
        args.results = RESULTS
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # Uses the http section's ceiling when bulk runs too, so http goes first.
    order = [s for s in SECTIONS if s in args.sections]
    load_at_start = os.getloadavg()
    ctx = RunContext(quick=args.quick, loads=LoadGenerator(args.loadgen), profile=not args.no_profile)
    results: list[SectionResult] = []
    started = time.perf_counter()
    try:
        for name in order:
            print(f"bench: {name} ...", flush=True)
            section_started = time.perf_counter()
            run_section: Callable[[RunContext], SectionResult] = importlib.import_module(SECTIONS[name]).run
            results.append(run_section(ctx))
            print(f"bench: {name} done in {time.perf_counter() - section_started:.1f} s", flush=True)
    finally:
        if args.keep_work:
            print(f"bench: servers' logs, databases and profiles kept in {ctx.work}")
        else:
            shutil.rmtree(ctx.work, ignore_errors=True)
    load_at_end = os.getloadavg()
    # after Prism may have been installed
    machine = machine_lines(load_at_start, _tool_versions(ctx.loads, order), load_at_end)
    warning = busy_warning(load_at_start, load_at_end)
    if warning:
        print("\n" + "\n".join(warning))
    print("\n" + "\n".join(machine) + "\n")
    print(text_table(SUMMARY_HEADER, summary_rows(results)))
    for section in results:
        for table in section.tables:
            print(f"\n{section.name}: {table.title}\n{text_table(table.header, table.rows)}")
        for note in section.notes:
            print(f"note: {note}")
    for section in results:
        for what, lines in section.profiles:
            print(f"\nprofile: {what}\n" + "\n".join(lines))
    missed = sum(len(s.missed) for s in results)
    print(f"\n{missed} target(s) missed; {time.perf_counter() - started:.0f} s in all")
    if args.results is not None:
        write_results(args.results, results, machine, METHOD, warning)
        print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
