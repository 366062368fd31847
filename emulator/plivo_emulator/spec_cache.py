"""A cache of parsed spec documents, so that start-up does not parse YAML again for a file it has
already read.

Parsing openapi.yaml is the largest single cost of starting the emulator (PyYAML builds every node
in Python, even with libyaml's C scanner); reading the same document back as JSON takes a fraction
of it. An entry is named by the SHA-256 of the file's bytes together with what else decides the
parse (PyYAML's version, its loader, the cache format), so an edited spec or another PyYAML never
reads an old entry: it just misses and writes its own. Entries are plain JSON (reading one runs no
code), written to a temporary file and renamed into place (readers never see half a file), and
only when the document survives a JSON round trip unchanged (YAML can hold dates and non-string
keys, which JSON cannot); any problem with the cache falls back to parsing the YAML.

Where: `$PLIVO_EMULATOR_CACHE_DIR` when set (`off` turns the cache off), else
`$XDG_CACHE_HOME/plivo-emulator`, else `~/.cache/plivo-emulator`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_ENV = "PLIVO_EMULATOR_CACHE_DIR"
# Change when what an entry holds changes.
CACHE_FORMAT = 1
# Entries written longer ago than this are removed whenever a new entry is written.
MAX_AGE_S = 30 * 24 * 3600


def cache_dir() -> Path | None:
    """The cache directory, or None when the cache is off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "plivo-emulator"


def entry_name(raw: bytes, parser_id: str) -> str:
    """The file name of the entry for these spec bytes parsed by this parser."""
    digest = hashlib.sha256(raw)
    digest.update(f"\0{parser_id}\0{CACHE_FORMAT}".encode())
    return f"spec-{digest.hexdigest()}.json"


def load_document(raw: bytes, parser_id: str, parse: Callable[[bytes], Any]) -> Any:
    """`parse(raw)`, or the document an earlier `parse` of the same bytes left in the cache."""
    folder = cache_dir()
    if folder is None:
        return parse(raw)
    entry = folder / entry_name(raw, parser_id)
    try:
        with entry.open("rb") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        pass  # missing, unreadable or damaged: parse, and write a fresh entry
    document = parse(raw)
    _store(folder, entry, document)
    return document


def _store(folder: Path, entry: Path, document: Any) -> None:
    try:
        text = json.dumps(document, separators=(",", ":"), ensure_ascii=False)
        if json.loads(text) != document:
            return  # not plain JSON data (dates, non-string keys): always parsed from YAML
    except (TypeError, ValueError):
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".spec-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, entry)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(folder, keep=entry)
    except OSError:
        pass  # a read-only or full disk only costs the next start-up a parse


def _prune(folder: Path, keep: Path) -> None:
    cutoff = time.time() - MAX_AGE_S
    for old in folder.glob("spec-*.json"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass
