"""Run `plivo-emulator` under a CPU-time profiler: `profile_server.py OUT.prof MODE [emulator options]`.

MODE `startup` profiles everything from the first import; MODE `serving` starts profiling when the
app's lifespan starts (through the emulator's extension hook), so a profile under load is not mixed
with the spec loading of start-up. The profile (cProfile, timed with process CPU time so idle waits do
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
        from plivo_emulator import app, cli

        if mode == "serving":

            def install(runtime: Any) -> None:
                async def begin() -> None:
                    profiler.enable()

                runtime.hooks.startup.append(begin)

            app.EXTENSIONS.append(install)
        return cli.main(argv)
    finally:
        profiler.disable()
        profiler.dump_stats(out)


if __name__ == "__main__":
    raise SystemExit(main())
