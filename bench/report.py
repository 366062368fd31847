"""Results: targets with their measured ratio and MET/MISSED, detail tables, the RESULTS.md file."""

from __future__ import annotations

import os
import platform
import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from procs import ROOT


@dataclass(frozen=True)
class Check:
    section: str
    name: str
    measured: str  # the numbers the ratio comes from
    target: str  # e.g. ">= 3.00x"
    ratio: str  # the measured ratio, in the target's terms
    met: bool | None  # None: nothing to meet (information, or not measured)
    note: str = ""

    @property
    def status(self) -> str:
        if self.met is None:
            return "not measured" if self.note.startswith("not measured") else "info"
        return "MET" if self.met else "MISSED"


def at_least(section: str, name: str, value: float, floor: float, measured: str, unit: str = "x") -> Check:
    """`value` must be >= `floor` (ratios given as x, or as % when unit is '%')."""
    shown = f"{value * 100:.0f} %" if unit == "%" else f"{value:.2f}x"
    target = f">= {floor * 100:.0f} %" if unit == "%" else f">= {floor:g}x"
    return Check(section, name, measured, target, shown, value >= floor)


def at_most(section: str, name: str, value: float, ceiling: float, measured: str, unit: str = "x") -> Check:
    if unit == "x":
        return Check(section, name, measured, f"<= {ceiling:g}x", f"{value:.2f}x", value <= ceiling)
    return Check(
        section, name, measured, f"<= {ceiling:g} {unit}", f"{value / ceiling:.2f} of limit", value <= ceiling
    )


def not_measured(section: str, name: str, target: str, why: str) -> Check:
    return Check(section, name, "-", target, "-", None, f"not measured: {why}")


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class SectionResult:
    name: str
    checks: list[Check] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    profiles: list[tuple[str, list[str]]] = field(default_factory=list)  # (what was profiled, top costs)

    @property
    def missed(self) -> list[Check]:
        return [c for c in self.checks if c.met is False]

    def add_profile(self, what: str, make: Callable[[], list[str]]) -> None:
        """Profile with `make`; a profile that fails is reported as such, never ending the run."""
        try:
            lines = make()
        except Exception as exc:  # the measurement stands without its profile
            lines = [f"profiling failed: {type(exc).__name__}: {str(exc)[-600:]}"]
        self.profiles.append((what, lines))


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_commit() -> str:
    """The commit measured, marked when the working tree differs from it."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
    if head.returncode != 0:
        return "unknown (not a git checkout)"
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return head.stdout.strip() + (" with uncommitted changes" if dirty.stdout.strip() else "")


def _loads(load: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.2f}" for v in load)


def busy_warning(load_start: tuple[float, float, float], load_end: tuple[float, float, float]) -> list[str]:
    """A warning for the top of RESULTS.md when other programs had the machine: before the run, more
    than half a core's worth of load (the benchmark itself then runs nothing); after it, more than
    the cores (the benchmark keeps at most about two programs busy)."""
    cores = os.cpu_count() or 1
    if load_start[0] <= cores / 2 and load_end[0] <= cores:
        return []
    return [
        f"> **Warning: the machine was busy.** Load average (1 min) was {load_start[0]:.2f} before the run "
        f"and {load_end[0]:.2f} after it, on {cores} cores: other programs took CPU time from the measured "
        "ones, so absolute numbers are low and spread is wide. Ratios of programs measured side by side "
        "are fairer than absolute numbers, but a busy machine does not slow every program alike.",
        "",
    ]


def machine_lines(
    load: tuple[float, float, float],
    extra: dict[str, str],
    load_end: tuple[float, float, float] | None = None,
) -> list[str]:
    facts = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "git commit": git_commit(),
        "CPU": cpu_model(),
        "cores": str(os.cpu_count()),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "OS": f"{platform.system()} {platform.release()}",
        "load average at start (1/5/15 min)": _loads(load),
        **({"load average at the end (1/5/15 min)": _loads(load_end)} if load_end else {}),
        **extra,
    }
    return [f"- {k}: {v}" for k, v in facts.items()]


def command_line() -> str:
    argv = " ".join(shlex.quote(a) for a in ["python", "bench/run.py", *sys.argv[1:]])
    return f"make bench ({argv})" if os.environ.get("MAKELEVEL") and len(sys.argv) == 1 else argv


def _widths(rows: list[list[str]]) -> list[int]:
    return [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]


def text_table(header: list[str], rows: list[list[str]]) -> str:
    every = [header, *rows]
    widths = _widths(every)
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in every]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def md_table(header: list[str], rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


SUMMARY_HEADER = ["section", "measurement", "measured", "target", "ratio", "result"]


def summary_rows(sections: list[SectionResult]) -> list[list[str]]:
    return [
        [
            c.section,
            c.name,
            c.note if c.met is None and c.note else c.measured + (f"; {c.note}" if c.note else ""),
            c.target,
            c.ratio,
            c.status,
        ]
        for s in sections
        for c in s.checks
    ]


def write_results(
    path: Path,
    sections: list[SectionResult],
    machine: list[str],
    method: str,
    warning: list[str] | None = None,
) -> None:
    checks = [c for s in sections for c in s.checks]
    met = sum(1 for c in checks if c.met)
    missed = sum(1 for c in checks if c.met is False)
    out = [
        "# Benchmark results",
        "",
        *(warning or []),
        "Written by `bench/run.py`; every number below comes from the one run described here, with all",
        "compared programs measured side by side on the same machine.",
        "",
        f"Command: `{command_line()}`",
        "",
        "Machine:",
        "",
        *machine,
        "",
        f"## Summary: {met} targets met, {missed} missed",
        "",
        md_table(SUMMARY_HEADER, summary_rows(sections)),
        "",
        "## Method",
        "",
        method.strip(),
        "",
    ]
    for section in sections:
        if not (section.tables or section.notes or section.profiles):
            continue
        out += [f"## {section.name}", ""]
        for table in section.tables:
            out += [f"{table.title}:", "", md_table(table.header, table.rows), ""]
        out += [f"- {n}" for n in section.notes]
        if section.notes:
            out.append("")
        for what, lines in section.profiles:
            out += [f"Profile: {what}", "", "```", *lines, "```", ""]
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
