"""Top costs of a cProfile profile, as lines for RESULTS.md."""

from __future__ import annotations

import cProfile
import pstats
import re
from pathlib import Path

from procs import ROOT

# Where a function lives, shortened: the package path after site-packages, or the repository path.
_SITE = re.compile(r".*/(?:site|dist)-packages/")
PROJECT_MARKERS = ("plivo_emulator/", "plivo_messaging/", "scripts/", "bench/")


def _where(filename: str, line: int, func: str) -> str:
    if filename == "~":  # a built-in function
        return func.strip("<>")
    short = _SITE.sub("", filename)
    short = short.replace(str(ROOT) + "/", "")
    short = re.sub(r".*/lib/python3\.\d+/", "", short)
    return f"{func} ({short}:{line})"


def top_costs(
    source: Path | cProfile.Profile,
    limit: int = 12,
    own_limit: int = 12,
    clock: str = "CPU time",
    markers: tuple[str, ...] = PROJECT_MARKERS,
) -> list[str]:
    """The functions with the most self time, then those of `markers` (by default the project's own
    code) with the most inclusive time: together they say where the time goes and through which path."""
    stats = pstats.Stats(source) if isinstance(source, cProfile.Profile) else pstats.Stats(str(source))
    entries = stats.stats  # type: ignore[attr-defined]  # documented data, missing from the stubs
    total = sum(v[2] for v in entries.values()) or 1e-9
    rows = sorted(entries.items(), key=lambda kv: kv[1][2], reverse=True)
    lines = [f"{clock} profiled: {total:.2f} s; top {limit} by self time:"]
    for (filename, line, func), (_, calls, tottime, _cum, _) in rows[:limit]:
        lines.append(f"  {tottime / total * 100:5.1f} %  {calls:>9} calls  {_where(filename, line, func)}")
    own = [
        (key, value)
        for key, value in entries.items()
        if any(m in key[0] for m in markers) and key[2] not in ("<module>",)
    ]
    own.sort(key=lambda kv: kv[1][3], reverse=True)
    if own:
        lines.append(
            f"{'project' if markers == PROJECT_MARKERS else ', '.join(markers)} functions by "
            f"inclusive time, top {own_limit}:"
        )
        for (filename, line, func), (_, calls, _tt, cumtime, _) in own[:own_limit]:
            lines.append(
                f"  {cumtime / total * 100:5.1f} %  {calls:>9} calls  {_where(filename, line, func)}"
            )
    return lines
