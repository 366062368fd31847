"""Where `scripts/generate.py` spends its time: `profile_generate.py OUTDIR`.

Runs the generation twice into OUTDIR: once timing each step (deriving the client spec, each tool run),
once with the openapi-python-client step under cProfile. Prints one `BENCH_STEPS {json}` line with the
step times and the profile's path.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import generate  # noqa: E402  (scripts/ is put on the path just above)

STEP_NAMES = {"openapi_python_client": "openapi-python-client generate", "ruff": "ruff"}


def main() -> int:
    out = Path(sys.argv[1])
    steps: list[tuple[str, float]] = []
    prof = out / "openapi-python-client.prof"
    profile_next = False
    run_tool = generate._run
    derive = generate.derive

    def timed_run(cmd: list[str], cwd: Path) -> None:
        label = STEP_NAMES.get(cmd[2], cmd[2]) + (f" {cmd[3]}" if cmd[2] == "ruff" else "")
        if profile_next and cmd[2] == "openapi_python_client":
            cmd = [cmd[0], "-m", "cProfile", "-o", str(prof), *cmd[1:]]
        started = time.perf_counter()
        run_tool(cmd, cwd)
        steps.append((label, time.perf_counter() - started))

    def timed_derive(spec: Path, client_spec: Path) -> int:
        started = time.perf_counter()
        paths = derive(spec, client_spec)
        steps.append(("derive the client spec (in process)", time.perf_counter() - started))
        return paths

    generate._run = timed_run
    generate.derive = timed_derive
    started = time.perf_counter()
    generate.generate(ROOT / "openapi.yaml", out / "plivo-messaging", out / "client-openapi.json")
    total = time.perf_counter() - started
    timed = list(steps)
    profile_next = True
    generate.generate(ROOT / "openapi.yaml", out / "plivo-messaging-profiled", out / "client-openapi.json")
    print("BENCH_STEPS " + json.dumps({"total": total, "steps": timed, "profile": str(prof)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
