"""The proxy walk-through in the root README runs as written (on free ports, in a scratch directory)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from proxy_support import ROOT

README = ROOT / "README.md"


def _walkthrough() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Checking against the real API: proxy and drift") :]
    match = re.search(r"```sh\n(.*?)```", section, re.S)
    assert match, "the README lost its proxy walk-through"
    return match.group(1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_readme_walkthrough_runs(tmp_path: Path) -> None:
    script = _walkthrough()
    script = script.replace("8787", str(_free_port())).replace("8788", str(_free_port()))
    script = script.replace(".venv/bin/", f"{Path(sys.executable).parent}/")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLIVO_AUTH", "PLIVO_EMULATOR"))}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "emulator"), env.get("PYTHONPATH", "")) if p)
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "sendMessage: 1 call(s) [202x1]" in done.stdout
    assert "0 request violation(s), 0 response violation(s)" in done.stdout
    assert re.search(r"coverage: 1 of \d+ operations and webhooks exercised", done.stdout)
    assert "emulator-auth-token" not in (tmp_path / "traffic.har").read_text(encoding="utf-8")
