#!/usr/bin/env python3
"""Run one build step and record how long it took; `--report` prints the steps of this make run.

usage: timed.py LABEL -- COMMAND [ARG ...]     (run COMMAND, log LABEL and its duration)
       timed.py --report                        (print the log as a table, then clear it)
Standard library only: it also times the step that creates the virtualenv.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

LOG = Path(__file__).resolve().parent.parent / "build" / "make-steps.tsv"


def run(label: str, command: list[str]) -> int:
    print(f"==> {label}", flush=True)
    started = time.perf_counter()
    code = subprocess.call(command)
    elapsed = time.perf_counter() - started
    status = "ok" if code == 0 else f"FAILED (exit {code})"
    print(f"    {label}: {status} in {elapsed:.1f} s", flush=True)
    LOG.parent.mkdir(parents=True, exist_ok=True)
    with LOG.open("a", encoding="utf-8") as log:
        log.write(f"{label}\t{elapsed:.1f}\t{status}\n")
    return code


def report() -> int:
    if not LOG.exists():
        print("make: nothing to do, everything is up to date")
        return 0
    rows = [line.split("\t") for line in LOG.read_text(encoding="utf-8").splitlines() if line]
    LOG.unlink()
    width = max(len(row[0]) for row in rows)
    print("\nDone:")
    for label, seconds, status in rows:
        print(f"  {label:<{width}}  {seconds:>6} s  {status}")
    print(f"  {'total':<{width}}  {sum(float(row[1]) for row in rows):>6.1f} s")
    return 0


def main(argv: list[str]) -> int:
    if argv == ["--report"]:
        return report()
    if len(argv) < 3 or argv[1] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    return run(argv[0], argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
