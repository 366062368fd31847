"""scripts/spec_diff.py end to end in a scratch git repository: diff, gate, changelog and release."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import spec_diff
import yaml

# A git identity of its own, and none of the machine's configuration.
ENV = {
    "GIT_AUTHOR_NAME": "Spec Maintainer",
    "GIT_AUTHOR_EMAIL": "maintainer@example.com",
    "GIT_COMMITTER_NAME": "Spec Maintainer",
    "GIT_COMMITTER_EMAIL": "maintainer@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}
CHANGELOG = "# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-01-01\n\nThe first version.\n"


def spec(version: str, fields: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": fields}
    if required:
        schema["required"] = required
    return {
        "openapi": "3.1.0",
        "info": {"title": "scratch", "version": version},
        "paths": {
            "/Message/": {
                "post": {
                    "operationId": "sendMessage",
                    "requestBody": {"content": {"application/json": {"schema": schema}}},
                    "responses": {"202": {"description": "queued"}},
                }
            }
        },
    }


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root

    def git(self, *args: str) -> str:
        return subprocess.run(
            ["git", *args],
            cwd=self.root,
            env={**os.environ, **ENV},
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def write_spec(self, document: dict[str, Any]) -> None:
        (self.root / "openapi.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.git("rev-parse", "HEAD").strip()

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run the command in this process (as `python scripts/spec_diff.py --root ROOT ARGS` would)."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = spec_diff.main(["--root", str(self.root), *args])
        return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())

    @property
    def changelog(self) -> str:
        return (self.root / "CHANGELOG.md").read_text(encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """A repository with release 1.0.0 cut, recorded and tagged: sendMessage takes `src` and `text`."""
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)  # the differ's own git calls (the release tag) need an identity
    r = Repo(tmp_path)
    r.git("init", "-q", "-b", "main")
    r.write_spec(spec("1.0.0", {"src": {"type": "string"}, "text": {"type": "string"}}))
    (tmp_path / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    cut = r.commit("Release 1.0.0")
    done = r.run("release")
    assert done.returncode == 0, done.stderr
    assert f"Cut from commit `{cut}` (tag `spec-v1.0.0`)." in r.changelog
    assert r.git("rev-parse", "spec-v1.0.0^{commit}").strip() == cut
    r.commit("Record release 1.0.0")
    return r


def test_no_change_passes_the_gate_and_diffs_empty(repo: Repo) -> None:
    gate = repo.run("gate")
    assert gate.returncode == 0, gate.stderr
    assert "ok" in gate.stdout
    diff = repo.run("diff")
    assert (diff.returncode, diff.stdout) == (0, "")


def test_uncommitted_addition_needs_a_higher_version(repo: Repo) -> None:
    fields = {"src": {"type": "string"}, "text": {"type": "string"}, "url": {"type": "string"}}
    repo.write_spec(spec("1.0.0", fields))
    diff = repo.run("diff")
    assert diff.returncode == 0
    [line] = diff.stdout.splitlines()
    assert line.startswith("NON-BREAKING") and "sendMessage" in line and "`url`" in line
    rows = json.loads(repo.run("diff", "--format", "json").stdout)
    assert [sorted(r) for r in rows] == [["change", "class", "pointer", "where"]]
    assert rows[0]["class"] == "NON-BREAKING" and rows[0]["where"] == "sendMessage"
    assert rows[0]["pointer"].endswith("/schema/properties/url")
    gate = repo.run("gate")
    assert gate.returncode == 1
    assert "at least 1.1.0" in gate.stderr and "`url`" in gate.stderr
    repo.write_spec(spec("1.0.1", fields))
    assert repo.run("gate").returncode == 0  # a higher minor or patch version will do


def test_breaking_change_needs_a_major_version(repo: Repo) -> None:
    repo.write_spec(spec("1.1.0", {"src": {"type": "string"}}))
    diff = repo.run("diff")
    assert diff.returncode == 1
    assert diff.stdout.startswith("BREAKING") and "`text`" in diff.stdout
    gate = repo.run("gate")
    assert gate.returncode == 1
    assert "new major version" in gate.stderr and "2.0.0" in gate.stderr and "`text`" in gate.stderr
    refused = repo.run("changelog", "--no-package")
    assert refused.returncode == 1 and "## [1.1.0]" not in repo.changelog
    repo.write_spec(spec("2.0.0", {"src": {"type": "string"}}))
    assert repo.run("gate").returncode == 0


def test_changelog_release_and_next_gate(repo: Repo) -> None:
    fields = {"src": {"type": "string"}, "text": {"type": "string"}, "url": {"type": "string"}}
    repo.write_spec(spec("1.1.0", fields))
    (repo.root / "CHANGELOG.md").write_text(
        repo.changelog.replace("## [Unreleased]\n", "## [Unreleased]\n\nA note kept by the maintainer.\n"),
        encoding="utf-8",
    )
    written = repo.run("changelog", "--no-package")
    assert written.returncode == 0, written.stderr
    log = repo.changelog
    unreleased, new_section = log.index("## [Unreleased]"), log.index("## [1.1.0] - ")
    assert unreleased < new_section < log.index("## [1.0.0]")
    section = log[new_section : log.index("## [1.0.0]")]
    assert "A note kept by the maintainer." in section
    assert "### Added and changed" in section and "`url`" in section and "sendMessage" in section
    assert repo.run("changelog", "--no-package").returncode == 2  # written once; a second run refuses
    cut = repo.commit("Release 1.1.0")
    assert repo.run("release", "--no-tag").returncode == 0
    assert f"Cut from commit `{cut}`" in repo.changelog
    repo.commit("Record release 1.1.0")
    # The gate now compares with 1.1.0: the working tree is that release, so nothing needs a bump.
    gate = repo.run("gate")
    assert gate.returncode == 0 and "release 1.1.0" in gate.stdout


def test_release_refuses_an_uncommitted_spec(repo: Repo) -> None:
    repo.write_spec(spec("1.1.0", {"src": {"type": "string"}}))
    refused = repo.run("release")
    assert refused.returncode == 2 and "commit the release first" in refused.stderr


def test_gate_finds_the_release_without_tags_and_by_tag_without_the_commit(repo: Repo) -> None:
    repo.git("tag", "-d", "spec-v1.0.0")  # CI's fresh clone has no tags: the CHANGELOG record suffices
    assert repo.run("gate").returncode == 0
    # A record naming a commit this clone lacks falls back to the tag, and fails clearly without one.
    cut = repo.git("rev-parse", "HEAD~1").strip()
    text = repo.changelog.replace(cut, "0" * 40)
    (repo.root / "CHANGELOG.md").write_text(text, encoding="utf-8")
    missing = repo.run("gate")
    assert missing.returncode == 2 and "does not have" in missing.stderr and "spec-v1.0.0" in missing.stderr
    repo.git("tag", "spec-v1.0.0", cut)
    assert repo.run("gate").returncode == 0


def test_base_may_be_any_git_ref(repo: Repo) -> None:
    repo.write_spec(spec("2.0.0", {"src": {"type": "integer"}, "text": {"type": "string"}}))
    repo.commit("src becomes a number")
    repo.write_spec(spec("2.0.0", {"src": {"type": "integer"}, "text": {"type": "string"}}))
    assert repo.run("diff", "--base", "HEAD").stdout == ""
    changed = repo.run("diff", "--base", "HEAD~1")
    assert changed.returncode == 1 and "type of field `src`" in changed.stdout
    bad = repo.run("diff", "--base", "no-such-ref")
    assert bad.returncode == 2 and "no-such-ref" in bad.stderr
