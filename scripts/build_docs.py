#!/usr/bin/env python3
"""Render an OpenAPI file as one self-contained HTML page (`make docs`).

usage: build_docs.py SPEC OUTPUT

Runs the Redocly CLI pinned in package-lock.json (`redocly build-docs`) with the Redoc bundle inlined
and its telemetry and update check off, so the build needs no network and the page loads nothing
from outside: no script, style or font. The one remote resource the renderer's bundle still asks for
is Redocly's attribution logo (an <img> from its CDN, added after the page loads); it is swapped for
the same words as an inline SVG. The swap fails loudly if a renderer update moves the logo, and the
docs test opens the page in Chromium and fails on any request that leaves the file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
LOGOS = ("https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg")
LOCAL_LOGO = "data:image/svg+xml," + quote(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">'
    '<text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>',
    safe="",
)
QUIET = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_UPDATE_NOTIFIER": "1",
}


class DocsError(Exception):
    """The page could not be built; the message says why."""


def build(spec: Path, output: Path) -> Path:
    if not REDOCLY.exists():
        raise DocsError(f"{REDOCLY.relative_to(ROOT)} is missing: run `make` (npm ci) first")
    output.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(REDOCLY), "build-docs", str(spec), "--inlineBundle", "--output", str(output)],
        cwd=ROOT,
        env={**os.environ, **QUIET},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise DocsError(f"redocly build-docs {spec} failed:\n{result.stdout}{result.stderr}")
    page = output.read_text(encoding="utf-8")
    for logo in LOGOS:
        if logo not in page:
            raise DocsError(f"the renderer no longer refers to {logo}: review scripts/build_docs.py")
        page = page.replace(logo, LOCAL_LOGO)
    output.write_text(page, encoding="utf-8")
    return output


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        page = build(Path(argv[0]), Path(argv[1]))
    except DocsError as error:
        print(f"build_docs: {error}", file=sys.stderr)
        return 1
    print(f"{page}: {page.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
