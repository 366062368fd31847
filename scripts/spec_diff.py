#!/usr/bin/env python3
"""Classify the changes of openapi.yaml for client users, gate releases on them, write the changelog.

  spec_diff.py diff [--base REF] [--format text|json]   one line per change; exit 1 when one is BREAKING
  spec_diff.py gate                                     info.version is high enough for the changes since
                                                        the last release
  spec_diff.py changelog [--base REF]                   write the CHANGELOG.md section of info.version
  spec_diff.py release                                  record HEAD as the release of info.version

The working tree's openapi.yaml (committed or not) is compared with the one at REF; REF defaults to the
last release recorded in CHANGELOG.md. Exit status 2 means the comparison itself failed.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from specdiff import diff_documents
from specdiff.changelog import insert, package_changes, section
from specdiff.model import Severity, SpecDiffError
from specdiff.releases import (
    SPEC,
    TAG_PREFIX,
    add_record,
    gate,
    git,
    has_commit,
    last_release,
    load_spec,
    needed_version,
    parse_version,
    show_version,
    spec_at,
)
from specdiff.report import Entry, as_json, as_text, group, summary

ROOT = Path(__file__).resolve().parent.parent


def _base(root: Path, ref: str | None) -> tuple[str, str]:
    """The git ref to compare with, and how to name it."""
    if ref:
        return ref, ref
    release, commit = last_release(root)
    return commit, f"release {show_version(release.version)} ({commit[:12]})"


def _entries(root: Path, ref: str) -> tuple[list[Entry], dict[str, object]]:
    new = load_spec((root / SPEC).read_text(encoding="utf-8"), SPEC)
    return group(diff_documents(spec_at(root, ref), new)), new


def _version(spec: dict[str, object]) -> str:
    info = spec.get("info")
    return str(info.get("version")) if isinstance(info, dict) else ""


def cmd_diff(args: argparse.Namespace) -> int:
    ref, name = _base(args.root, args.base)
    entries, _ = _entries(args.root, ref)
    if args.format == "json":
        print(as_json(entries))
    elif entries:
        print(as_text(entries))
    print(f"{SPEC} compared with {name}: {summary(entries)}", file=sys.stderr)
    return 1 if any(e.cls is Severity.BREAKING for e in entries) else 0


def cmd_gate(args: argparse.Namespace) -> int:
    release, commit = last_release(args.root)
    entries, spec = _entries(args.root, commit)
    current = parse_version(_version(spec))
    problem = gate(release.version, current, entries)
    name = f"release {show_version(release.version)} ({commit[:12]})"
    if problem is None:
        print(f"spec gate: {SPEC} {show_version(current)} against {name}: {summary(entries)}: ok")
        return 0
    print(f"spec gate: {problem}", file=sys.stderr)
    needy = [e for e in entries if e.cls is Severity.BREAKING] or entries
    if needy:
        print(f"changes since {name} that need the bump:", file=sys.stderr)
        print(as_text(needy), file=sys.stderr)
    print(
        "bump info.version in openapi.yaml, then run `make changelog` (see README, Releasing)",
        file=sys.stderr,
    )
    return 1


def cmd_changelog(args: argparse.Namespace) -> int:
    ref, name = _base(args.root, args.base)
    entries, spec = _entries(args.root, ref)
    version = _version(spec)
    base_version = parse_version(_version(spec_at(args.root, ref)))
    problem = gate(base_version, parse_version(version), entries)
    if problem is not None:
        print(f"changelog: {problem}", file=sys.stderr)
        print(
            f"changelog: these changes need {show_version(needed_version(base_version, entries))}",
            file=sys.stderr,
        )
        return 1
    path = args.root / "CHANGELOG.md"
    insert(path.read_text(encoding="utf-8"), version, "")  # refuses an existing section before the slow part
    package = [] if args.no_package else package_changes(args.root, ref, args.package)
    text = section(version, entries, package, datetime.datetime.now(datetime.UTC).date())
    path.write_text(insert(path.read_text(encoding="utf-8"), version, text), encoding="utf-8")
    print(
        f"CHANGELOG.md: wrote the section for {version} ({summary(entries)} against {name}; "
        f"{len(package)} change(s) of the Python client); edit it, then commit it with {SPEC}"
    )
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    root: Path = args.root
    spec_text = (root / SPEC).read_text(encoding="utf-8")
    version = _version(load_spec(spec_text, SPEC))
    parse_version(version)
    if git(root, "show", f"HEAD:{SPEC}") != spec_text:
        raise SpecDiffError(f"{SPEC} differs from HEAD's: commit the release first, then record it")
    head = git(root, "rev-parse", "HEAD").strip()
    path = root / "CHANGELOG.md"
    path.write_text(add_record(path.read_text(encoding="utf-8"), version, head), encoding="utf-8")
    tag = f"{TAG_PREFIX}{version}"
    if not args.no_tag:
        if has_commit(root, tag):
            if git(root, "rev-parse", f"{tag}^{{commit}}").strip() != head:
                raise SpecDiffError(f"tag {tag} exists and names another commit")
        else:
            git(root, "tag", "-a", tag, "-m", f"openapi.yaml {version}", head)
    tagged = "" if args.no_tag else f" and tagged {tag}"
    print(
        f"release {version}: recorded commit {head} in CHANGELOG.md{tagged}; "
        "commit CHANGELOG.md (and push the tag where tags are kept)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    sub = parser.add_subparsers(dest="command", required=True)
    diff = sub.add_parser("diff", help="classify the changes since BASE")
    diff.add_argument("--base", help="git ref to compare with (default: the last release)")
    diff.add_argument("--format", choices=("text", "json"), default="text")
    diff.set_defaults(run=cmd_diff)
    sub.add_parser("gate", help="check info.version against the changes since the last release").set_defaults(
        run=cmd_gate
    )
    log = sub.add_parser("changelog", help="write the CHANGELOG.md section of info.version")
    log.add_argument("--base", help="git ref to compare with (default: the last release)")
    log.add_argument(
        "--package",
        type=Path,
        default=ROOT / "generated" / "plivo-messaging" / "plivo_messaging",
        help="today's generated package (default: generated/plivo-messaging/plivo_messaging)",
    )
    log.add_argument("--no-package", action="store_true", help="leave out the Python client's changes")
    log.set_defaults(run=cmd_changelog)
    release = sub.add_parser("release", help="record HEAD as the release of info.version")
    release.add_argument("--no-tag", action="store_true", help="do not create the spec-v<version> tag")
    release.set_defaults(run=cmd_release)
    args = parser.parse_args(argv)
    args.root = args.root.resolve()
    try:
        code: int = args.run(args)
    except SpecDiffError as err:
        print(f"spec_diff: {err}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
