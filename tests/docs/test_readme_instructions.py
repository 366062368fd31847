"""Every code block of README.md and emulator/README.md runs as written (readme_blocks.py says how
each language runs), so the instructions cannot drift from the code.

Where blocks run, and all that the runner changes in them:
- Shell blocks run in the repository (a checkout on which `make` has run) with a fresh virtualenv
  activated: the reader's own project environment. pip there finds packages only in dist/ and in a
  wheelhouse of the pinned third-party wheels (install_support.py), never in an index. Files a block
  leaves in the repository are removed after it.
- Ports 8787 to 8799 in a block become free ports (the same number the same port, within a block).
- `$REPO_URL`, the README's name for this repository's git URL, is a local git URL of a snapshot of
  the working tree.
- Python scripts run in that virtualenv against an emulator started on a free port with the README's
  placeholder credentials (`MAXXXXXXXXXXXXXXXXXX` / `your-auth-token`); a `PlivoClient` created
  without a base URL goes to that emulator instead of api.plivo.com.
- Python blocks that define `test_*` functions run as a pytest file in that virtualenv, with the
  installed `plivo_emulator` fixture.
- Blocks that use an official Plivo SDK (`import plivo` in Python, `require("plivo")` in `js`) run
  with the SDK this repository pins (the development environment's `plivo`, npm's `plivo` in
  node_modules) against an emulator with the default credentials the README names; the emulator's
  documented base `http://127.0.0.1:8787` becomes that emulator's. The block must print a message
  UUID.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from install_support import (
    LISTENING,
    REPO,
    Process,
    Venv,
    built_distributions,
    git_snapshot,
    make_venv,
    run,
    wheelhouse,
)
from plivo_emulator.config import Settings
from plivo_emulator.server import EmulatorServer
from readme_blocks import SHELL, Block, blocks, console_commands, make_targets

pytestmark = pytest.mark.timeout(1200)

READMES = (REPO / "README.md", REPO / "emulator" / "README.md")
BLOCKS = [block for readme in READMES for block in blocks(readme, REPO)]
DOCUMENTED_PORTS = re.compile(r"\b(87(?:8[7-9]|9[0-9]))\b")
AUTH_ID, AUTH_TOKEN = "MAXXXXXXXXXXXXXXXXXX", "your-auth-token"
PARSERS: dict[str, Callable[[str], object]] = {
    "json": json.loads,
    "yaml": yaml.safe_load,
    "toml": tomllib.loads,
}
# Blocks that cannot run here (a real Plivo account...) stay a handful.
MOST_NOT_RUN = 5
# What `make` builds stays in the repository for the next block.
MAKE_OUTPUTS = {".venv", "build", "dist", "node_modules"}

# Run before a Python block: PlivoClient without a base URL talks to the emulator of PLIVO_DOCS_BASE_URL.
PRELUDE = """
import os, runpy, sys
import plivo_messaging

_init = plivo_messaging.PlivoClient.__init__

def _local(self, *args, **kwargs):
    if len(args) < 3 and "base_url" not in kwargs:
        kwargs["base_url"] = os.environ["PLIVO_DOCS_BASE_URL"]
    _init(self, *args, **kwargs)

plivo_messaging.PlivoClient.__init__ = _local
runpy.run_path(sys.argv[1], run_name="__main__")
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _with_free_ports(code: str) -> str:
    ports: dict[str, str] = {}
    return DOCUMENTED_PORTS.sub(lambda match: ports.setdefault(match[1], str(_free_port())), code)


@pytest.fixture(scope="session")
def user_venv(tmp_path_factory: pytest.TempPathFactory) -> Venv:
    distributions = built_distributions()
    wheelhouse(distributions)
    venv = make_venv(tmp_path_factory.mktemp("reader") / "venv")
    venv.pip_install(
        str(distributions["client wheel"]), f"{distributions['emulator wheel']}[pytest]", cwd=REPO
    )
    return venv


@pytest.fixture(scope="session")
def repo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return git_snapshot(tmp_path_factory.mktemp("git") / "plivo-messaging-openapi")


@pytest.fixture(scope="module")
def docs_emulator(user_venv: Venv, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    command: list[str | Path] = [
        user_venv.bin / "plivo-emulator",
        "--port",
        "0",
        "--auth-id",
        AUTH_ID,
        "--auth-token",
        AUTH_TOKEN,
    ]
    process = Process(command, cwd=tmp_path_factory.mktemp("emulator"), env=user_venv.env())
    try:
        yield process.wait_for(LISTENING).group(1)
    finally:
        process.stop()


@pytest.fixture(scope="module")
def default_emulator() -> Iterator[str]:
    """An emulator with the credentials a reader gets by default (`plivo-emulator` without options)."""
    with EmulatorServer(Settings()) as server:
        yield server.base_url


@pytest.fixture
def repository_left_clean() -> Iterator[None]:
    """Removes what a block left in the repository: new files git sees, and new top-level entries
    (such as an ignored emulator.db), except what `make` builds."""

    def untracked() -> set[str]:
        listed = run(["git", "ls-files", "-z", "--others", "--exclude-standard"], cwd=REPO).stdout
        names = set(filter(None, listed.split("\0"))) | {entry.name for entry in REPO.iterdir()}
        return {name for name in names if name.split("/")[0] not in MAKE_OUTPUTS}

    before = untracked()
    yield
    for name in sorted(untracked() - before):
        path = REPO / name
        if path.is_file() or path.is_symlink():
            path.unlink()
        elif path.is_dir():
            subprocess.run(["rm", "-rf", str(path)], check=True)


def _bash(code: str, env: dict[str, str], timeout: float = 900) -> None:
    result = subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + code],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"exit {result.returncode}:\n{code}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    )


def _run_console(block: Block, env: dict[str, str]) -> None:
    commands = console_commands(_with_free_ports(block.code))
    assert commands, f"{block.name}: a console block without a `$ ` command"
    servers: list[Process] = []
    try:
        for command in commands:
            if command.is_server:
                server = Process(command.text, cwd=REPO, env=env)
                servers.append(server)
                server.wait_for(LISTENING)
            else:
                _bash(command.text, env)
    finally:
        for server in servers:
            server.stop()


def _run_python(block: Block, venv: Venv, base_url: str, tmp_path: Path) -> None:
    if block.defines_tests():
        (tmp_path / "test_readme_example.py").write_text(block.code, encoding="utf-8")
        result = venv.run(
            venv.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path, check=False
        )
        assert result.returncode == 0 and " passed" in result.stdout, result.stdout + result.stderr
        return
    (tmp_path / "example.py").write_text(block.code, encoding="utf-8")
    (tmp_path / "prelude.py").write_text(PRELUDE, encoding="utf-8")
    env = venv.env(PLIVO_DOCS_BASE_URL=base_url)
    result = run([venv.python, "prelude.py", "example.py"], cwd=tmp_path, env=env, check=False)
    assert result.returncode == 0, f"{block.name}:\n{result.stdout}\n{result.stderr}"


OFFICIAL_SDK = re.compile(r"^import plivo$|require\(\"plivo\"\)", re.MULTILINE)
DOCUMENTED_BASE = "http://127.0.0.1:8787"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _run_official_sdk(block: Block, base_url: str, tmp_path: Path) -> None:
    code = block.code.replace(DOCUMENTED_BASE, base_url)
    if block.language == "python":
        (tmp_path / "example.py").write_text(code, encoding="utf-8")
        command = [str(REPO / ".venv" / "bin" / "python"), "example.py"]
        env = None
    else:
        (tmp_path / "example.js").write_text(code, encoding="utf-8")
        command = ["node", "example.js"]
        env = {**os.environ, "NODE_PATH": str(REPO / "node_modules")}
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0 and UUID.search(result.stdout), (
        f"{block.name}:\n{result.stdout}\n{result.stderr}"
    )


def test_readmes_have_blocks() -> None:
    assert {block.path for block in BLOCKS} == set(READMES)


@pytest.mark.parametrize("target", sorted({t for readme in READMES for t in make_targets(readme)}))
def test_named_make_targets_exist(target: str) -> None:
    """`make X` in the text names a target of the Makefile (a dry run, so nothing is built)."""
    result = run(["make", "--dry-run", "--no-print-directory", target], cwd=REPO, check=False)
    assert "No rule to make target" not in result.stderr and result.returncode == 0, result.stderr


def test_blocks_not_run_are_few_and_say_why() -> None:
    skipped = [f"{block.name}: {block.not_run}" for block in BLOCKS if block.not_run]
    print("\n".join(["blocks not run:", *skipped]))
    assert len(skipped) <= MOST_NOT_RUN, skipped


@pytest.mark.usefixtures("repository_left_clean")
@pytest.mark.parametrize("block", BLOCKS, ids=[block.name for block in BLOCKS])
def test_block_runs(block: Block, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if block.not_run:
        pytest.skip(f"not-run: {block.not_run}")
    if block.language == "text":
        pytest.skip("output shown to the reader")
    if block.language in ("json", "yaml", "toml"):
        PARSERS[block.language](block.code)
        return
    if block.language in ("python", "js") and OFFICIAL_SDK.search(block.code):
        _run_official_sdk(block, request.getfixturevalue("default_emulator"), tmp_path)
        return
    assert block.language in SHELL | {"console", "python"}, (
        f"{block.name}: no runner for a {block.language or 'plain'} block; give it a language or mark it "
        "<!-- not-run: REASON -->"
    )
    venv: Venv = request.getfixturevalue("user_venv")
    if block.language == "python":
        _run_python(block, venv, request.getfixturevalue("docs_emulator"), tmp_path)
        return
    env = venv.env(REPO_URL=request.getfixturevalue("repo_url"))
    if block.language == "console":
        _run_console(block, env)
    else:
        _bash(_with_free_ports(block.code), env)
