"""Run `plivo-emulator` under a CPU-time profiler: `profile_server.py OUT.prof MODE [emulator options]`.

MODE `startup` profiles everything from the first import; MODE `serving` starts profiling when the
emulator announces that it serves, so a profile under load is not mixed with the spec loading of
start-up. The profile (cProfile, timed with process CPU time so idle waits do
not count) is written to OUT.prof when the emulator stops (SIGINT).
"""

from __future__ import annotations

import cProfile
import sys
import time
from typing import Any


def main() -> int:
    out, mode, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
    profiler = cProfile.Profile(time.process_time)
    if mode == "startup":
        profiler.enable()
    try:
        from plivo_emulator import cli

        if mode == "serving":
            announce = cli._announce

            def begin(*args: Any) -> None:
                announce(*args)
                profiler.enable()

            cli._announce = begin  # type: ignore[assignment]
        return cli.main(argv)
    finally:
        profiler.disable()
        profiler.dump_stats(out)


if __name__ == "__main__":
    raise SystemExit(main())
