"""Write the CHANGELOG.md section of a new contract version from the classified diff and the package diff."""

from __future__ import annotations

import datetime
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from specdiff import api_surface
from specdiff.model import Severity, SpecDiffError
from specdiff.releases import sections
from specdiff.report import Entry

PACKAGE = "plivo_messaging"
# What the generation pipeline reads; taken from the base commit so the old package is built as it was.
PIPELINE = ("openapi.yaml", "generator-config.yaml", "scripts", "overrides")
HEADINGS = {
    Severity.BREAKING: "Breaking",
    Severity.NON_BREAKING: "Added and changed",
    Severity.DOCS: "Documentation",
}


def generate_at(root: Path, ref: str, workdir: Path) -> Path:
    """Generate the client package as commit `ref` generated it; return the package directory."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "--", *PIPELINE], cwd=root, capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise SpecDiffError(f"git archive {ref}: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(workdir, filter="data")
    out = workdir / "out"
    # Only options every version of generate.py has; the rest of its defaults point inside `workdir`.
    command = [
        sys.executable,
        str(workdir / "scripts" / "generate.py"),
        "--spec",
        str(workdir / "openapi.yaml"),
    ]
    proc = subprocess.run(
        [*command, "--output", str(out)], cwd=workdir, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SpecDiffError(f"generating the client at {ref} failed:\n{proc.stdout}{proc.stderr}")
    return out / PACKAGE


def package_changes(root: Path, base: str, current_package: Path) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="specdiff-") as tmp:
        old = api_surface.read_package(generate_at(root, base, Path(tmp)))
    return api_surface.compare(old, api_surface.read_package(current_package))


def section(version: str, entries: list[Entry], package: list[str], today: datetime.date) -> str:
    """The Markdown section for `version`: contract changes by class, then the Python client's."""
    out = [f"## [{version}] - {today.isoformat()}", ""]
    for cls, heading in HEADINGS.items():
        chosen = [e for e in entries if e.cls is cls]
        if not chosen:
            continue
        out += [f"### {heading}", ""]
        # One line per sentence: the same change in many operations (a new shared error status) is one.
        places: dict[str, list[Entry]] = {}
        for e in chosen:
            places.setdefault(e.change, []).append(e)
        for change, same in places.items():
            wheres = sorted({w for e in same for w in e.wheres})
            shown = ", ".join(wheres[:6]) + (f" and {len(wheres) - 6} more" if len(wheres) > 6 else "")
            pointer = f" (`{same[0].pointer}`)" if len(same) == 1 else ""
            out.append(f"- {shown}: {change}{pointer}.")
        out.append("")
    if package:
        out += ["### Python client (`plivo_messaging`)", ""]
        out += [f"- {line}" for line in package]
        out.append("")
    if not entries and not package:
        out += ["No change of the contract.", ""]
    return "\n".join(out) + "\n"


def insert(changelog: str, version: str, text: str) -> str:
    """Put `text` after the `[Unreleased]` section, moving what that section held into the new one."""
    found = sections(changelog)
    if any(s.version == version for s in found):
        raise SpecDiffError(f"CHANGELOG.md already has a section for {version}; remove it to write it again")
    unreleased = next((s for s in found if s.version.lower() == "unreleased"), None)
    if unreleased is None:
        at = found[0].start if found else len(changelog)
        return changelog[:at] + text + "\n" + changelog[at:]
    notes = changelog[unreleased.body_start : unreleased.end].strip()
    if notes:
        heading, _, rest = text.partition("\n\n")
        text = f"{heading}\n\n{notes}\n\n{rest}"
    head = changelog[: unreleased.body_start]
    return f"{head}\n{text}{changelog[unreleased.end :]}"
