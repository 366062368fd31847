#!/usr/bin/env python3
"""Fail, with a `diff -ru`, when generated/plivo-messaging is not what the pipeline makes from its inputs.

Regenerates into a temporary directory (openapi.yaml, generator-config.yaml and overrides/ of this
checkout) and compares. Tool caches and build output are ignored.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import derive_client_spec
import generate

IGNORED = [*generate.JUNK, "*.pyc", "*.egg-info", "build", "dist"]


def _python_diff(old: Path, new: Path) -> str:
    """Unified diff of two trees, for machines without diff(1)."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: Path) -> None:
        for name in sorted(cmp.left_only):
            out.append(f"Only in {old / rel}: {name}\n")
        for name in sorted(cmp.right_only):
            out.append(f"Only in {new / rel}: {name}\n")
        for name in sorted(cmp.diff_files):
            a, b = old / rel / name, new / rel / name
            out.extend(
                difflib.unified_diff(
                    a.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True),
                    b.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True),
                    str(a),
                    str(b),
                )
            )
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, rel / name)

    walk(filecmp.dircmp(old, new, ignore=IGNORED), Path())
    return "".join(out)


def tree_diff(old: Path, new: Path) -> str:
    """`diff -ru` of two trees ('' when equal)."""
    if shutil.which("diff") is None:
        return _python_diff(old, new)
    cmd = ["diff", "-ru", *(f"--exclude={pattern}" for pattern in IGNORED), str(old), str(new)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode > 1:
        raise RuntimeError(proc.stderr)
    return proc.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=generate.ROOT / "openapi.yaml")
    parser.add_argument("--generated", type=Path, default=generate.DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    committed: Path = args.generated.resolve()
    with tempfile.TemporaryDirectory(prefix="plivo-messaging-check-") as tmp:
        fresh = Path(tmp) / committed.name
        try:
            generate.generate(args.spec.resolve(), fresh, Path(tmp) / "client-openapi.json")
        except (generate.GenerationError, derive_client_spec.DeriveError) as err:
            print(f"check-generated: generation failed: {err}", file=sys.stderr)
            return 1
        if not committed.is_dir():
            print(f"check-generated: {committed} does not exist; run `make generate`", file=sys.stderr)
            return 1
        diff = tree_diff(committed, fresh)
    if diff:
        sys.stdout.write(diff)
        shown = committed.relative_to(generate.ROOT) if committed.is_relative_to(generate.ROOT) else committed
        print(
            f"\ncheck-generated: {shown} differs from what openapi.yaml, generator-config.yaml and"
            " overrides/ produce.\n"
            "Run `make generate` and commit the result (never edit generated files by hand).",
            file=sys.stderr,
        )
        return 1
    print(f"check-generated: {committed.name} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
