"""Helpers more than one part of the suite uses (client and generation tests)."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def mypy_strict(directory: Path, target: str = ".") -> subprocess.CompletedProcess[str]:
    """`mypy --strict` over `target` in `directory`, with the interpreter (and packages) running the tests."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", target],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


@contextmanager
def serve_http(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve `handler` from a thread on 127.0.0.1 (a free port); yields the base URL, always stops."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
