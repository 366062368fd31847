"""Releases of the contract: recorded in CHANGELOG.md, read back from git, and the version gate.

A release is a `## [X.Y.Z] - date` section of CHANGELOG.md holding the line

    Cut from commit `<40 hex digits>` (tag `spec-vX.Y.Z`).

The record is enough in any clone with history (CI's fresh clone has no tags); the tag is a convenience
where tags are kept, and is used when the recorded commit is missing.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

from specdiff.model import Node, Severity, SpecDiffError
from specdiff.report import Entry

HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?P<rest>.*)$", re.MULTILINE)
RECORD = re.compile(r"^Cut from commit `(?P<commit>[0-9a-f]{7,40})`", re.MULTILINE)
VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
TAG_PREFIX = "spec-v"
SPEC = "openapi.yaml"

Version = tuple[int, int, int]


def parse_version(text: str) -> Version:
    match = VERSION.match(str(text))
    if not match:
        raise SpecDiffError(f"{text!r} is not a MAJOR.MINOR.PATCH version")
    return int(match[1]), int(match[2]), int(match[3])


def show_version(version: Version) -> str:
    return ".".join(map(str, version))


@dataclass(frozen=True)
class Section:
    version: str  # as written: a version, or "Unreleased"
    start: int  # offset of the heading
    body_start: int  # offset just after the heading line
    end: int  # offset of the next heading (or the end)
    commit: str | None


@dataclass(frozen=True)
class Release:
    version: Version
    commit: str


def sections(changelog: str) -> list[Section]:
    heads = list(HEADING.finditer(changelog))
    out: list[Section] = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(changelog)
        body_start = head.end() + 1 if head.end() < len(changelog) else head.end()
        record = RECORD.search(changelog, body_start, end)
        out.append(
            Section(head["version"], head.start(), body_start, end, record["commit"] if record else None)
        )
    return out


def releases(changelog: str) -> list[Release]:
    """Recorded releases, newest version first."""
    found = [Release(parse_version(s.version), s.commit) for s in sections(changelog) if s.commit]
    return sorted(found, key=lambda r: r.version, reverse=True)


def record_line(version: str, commit: str) -> str:
    return f"Cut from commit `{commit}` (tag `{TAG_PREFIX}{version}`)."


def add_record(changelog: str, version: str, commit: str) -> str:
    """Put the release record of `version` at the top of its section."""
    for s in sections(changelog):
        if s.version == version:
            if s.commit:
                raise SpecDiffError(f"CHANGELOG.md already records release {version} (commit {s.commit})")
            return f"{changelog[: s.body_start]}\n{record_line(version, commit)}\n{changelog[s.body_start :]}"
    raise SpecDiffError(f"CHANGELOG.md has no section for {version}: write it first (make changelog)")


# --- git --------------------------------------------------------------------------------------------


def git(root: Path, *args: str) -> str:
    proc = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SpecDiffError(f"git {' '.join(args)}: {proc.stderr.strip() or proc.stdout.strip()}")
    return proc.stdout


def has_commit(root: Path, ref: str) -> bool:
    try:
        git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except SpecDiffError:
        return False
    return True


def release_commit(root: Path, release: Release) -> str:
    """The commit of a release: the recorded one, else the tag; a clear error when the clone has neither."""
    if has_commit(root, release.commit):
        return release.commit
    tag = f"{TAG_PREFIX}{show_version(release.version)}"
    if has_commit(root, tag):
        return git(root, "rev-parse", f"{tag}^{{commit}}").strip()
    raise SpecDiffError(
        f"release {show_version(release.version)} was cut from commit {release.commit}, which this clone "
        f"does not have (a shallow clone?), and there is no tag {tag}: fetch the full history "
        "(git fetch --unshallow)"
    )


def load_spec(text: str, origin: str) -> Node:
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        raise SpecDiffError(f"{origin} is not valid YAML: {err}") from err


def spec_at(root: Path, ref: str) -> Node:
    return load_spec(git(root, "show", f"{ref}:{SPEC}"), f"{SPEC} at {ref}")


def last_release(root: Path) -> tuple[Release, str]:
    """The newest recorded release and the commit to read it from."""
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    found = releases(changelog)
    if not found:
        raise SpecDiffError(
            "CHANGELOG.md records no release (a 'Cut from commit' line); see README, Releasing"
        )
    return found[0], release_commit(root, found[0])


# --- the gate ---------------------------------------------------------------------------------------


def needed_version(base: Version, entries: list[Entry]) -> Version:
    """The smallest version the changes allow after `base`."""
    classes = {e.cls for e in entries}
    if Severity.BREAKING in classes:
        return base[0] + 1, 0, 0
    if Severity.NON_BREAKING in classes:
        return base[0], base[1] + 1, 0
    if classes:
        return base[0], base[1], base[2] + 1
    return base


def gate(base: Version, current: Version, entries: list[Entry]) -> str | None:
    """Why `current` is not a version these changes may ship as (None when it may).

    Breaking changes need a higher major version; any other change a higher version (minor or patch).
    """
    breaking = [e for e in entries if e.cls is Severity.BREAKING]
    if current < base:
        return f"info.version {show_version(current)} is lower than the last release {show_version(base)}"
    if breaking and current[0] <= base[0]:
        return (
            f"{len(breaking)} breaking change(s) since release {show_version(base)} need a new major version "
            f"(info.version is {show_version(current)}; at least {base[0] + 1}.0.0)"
        )
    if entries and current == base:
        return (
            f"{len(entries)} change(s) since release {show_version(base)} need a higher info.version "
            f"(at least {show_version(needed_version(base, entries))})"
        )
    return None
