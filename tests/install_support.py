"""Fresh virtual environments that install this repository's distributions as a user would (from
dist/, from a checkout, from git), and emulators started as a user starts them; used by the packaging
tests and the README runner.

No install here reaches a package index: pip runs with its configuration files ignored, `--no-index`,
and finds packages only in dist/ and in a wheelhouse of the pinned third-party wheels (runtime
dependencies, the `pytest` extra and the build backends). The wheelhouse is the one step that uses an
index, once, at the versions of constraints.txt, and is kept in build/ between runs.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "dist"
WHEELHOUSE = REPO / "build" / "wheelhouse"
CONSTRAINTS = REPO / "constraints.txt"
# What an isolated build of either distribution needs (their [build-system] requires).
BUILD_BACKENDS = ("hatchling==1.33.0", "pyyaml==6.0.4")
TIMEOUT = 600  # seconds for one install or build; generous, the machine may be shared
LISTENING = re.compile(r"listening on (http://\S+)")


def spec_version() -> str:
    """The spec's info.version: the version of both distributions."""
    document = yaml.load((REPO / "openapi.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return str(document["info"]["version"])


def run(
    command: Sequence[str | Path],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = TIMEOUT,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=dict(env) if env is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check:
        assert result.returncode == 0, (
            f"{' '.join(map(str, command))} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    return result


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: no variables of this test run's virtualenv or pip setup."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "PYTEST_", "COV_"))
    }
    env.update(extra)
    return env


def offline_pip_env(**extra: str) -> dict[str, str]:
    """pip that reads no configuration file and finds packages only in dist/ and the wheelhouse."""
    return clean_env(
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=f"{DIST} {WHEELHOUSE}",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        **extra,
    )


def built_distributions() -> dict[str, Path]:
    """`make dist` (a no-op when dist/ is current), then the four files of the spec's version."""
    run(["make", "--no-print-directory", "dist"], cwd=REPO)
    version = spec_version()
    files = {
        "client wheel": DIST / f"plivo_messaging-{version}-py3-none-any.whl",
        "client sdist": DIST / f"plivo_messaging-{version}.tar.gz",
        "emulator wheel": DIST / f"plivo_messaging_emulator-{version}-py3-none-any.whl",
        "emulator sdist": DIST / f"plivo_messaging_emulator-{version}.tar.gz",
    }
    missing = [str(path) for path in files.values() if not path.is_file()]
    assert not missing, f"make dist did not build {missing}"
    return files


def wheelhouse(distributions: Mapping[str, Path]) -> Path:
    """Third-party wheels for installing the distributions and building them from source."""
    wanted = [
        *BUILD_BACKENDS,
        str(distributions["client wheel"]),
        f"{distributions['emulator wheel']}[pytest]",
    ]
    record = "\n".join([*wanted[:2], CONSTRAINTS.read_text(encoding="utf-8")])
    stamp = WHEELHOUSE / ".requirements"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == record:
        return WHEELHOUSE
    shutil.rmtree(WHEELHOUSE, ignore_errors=True)
    WHEELHOUSE.mkdir(parents=True)
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--only-binary",
            ":all:",
            "--dest",
            WHEELHOUSE,
            "-c",
            CONSTRAINTS,
            "--find-links",
            DIST,
            *wanted,
        ],
        cwd=REPO,
    )
    # Only third-party wheels stay: each install form must bring this repository's own packages.
    for own in WHEELHOUSE.glob("plivo_messaging*"):
        own.unlink()
    stamp.write_text(record, encoding="utf-8")
    return WHEELHOUSE


def copy_working_tree(destination: Path) -> Path:
    """The repository's tracked and new (not ignored) files as they are now, without .git."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO).stdout
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


def git_snapshot(destination: Path) -> str:
    """A git repository holding the working tree as it is, committed; its URL for `git+URL`."""
    copy_working_tree(destination)
    git = ["git", "-c", "user.name=snapshot", "-c", "user.email=snapshot@example.invalid"]
    run([*git, "init", "--quiet"], cwd=destination)
    run([*git, "add", "--all"], cwd=destination)
    run([*git, "commit", "--quiet", "--message", "snapshot"], cwd=destination)
    # With a host: the requirement parser of the pip a fresh Python 3.11 venv has (23.2) refuses a
    # git+file:/// URL without one; git reads file://localhost/PATH as the local path.
    return f"file://localhost{destination}"


@dataclass(frozen=True)
class Venv:
    path: Path

    @property
    def bin(self) -> Path:
        return self.path / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    def env(self, **extra: str) -> dict[str, str]:
        """A shell with this virtualenv activated, pip offline."""
        return offline_pip_env(
            VIRTUAL_ENV=str(self.path), PATH=f"{self.bin}{os.pathsep}{os.environ.get('PATH', '')}", **extra
        )

    def run(self, *command: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        return run(command, cwd=cwd, env=self.env(), check=check)

    def pip_install(self, *requirements: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return self.run(self.python, "-m", "pip", "install", "--quiet", *requirements, cwd=cwd)


def make_venv(path: Path) -> Venv:
    run([sys.executable, "-m", "venv", path], cwd=path.parent, env=clean_env())
    return Venv(path)


class Process:
    """A server started in the background; its output is read continuously so it never blocks."""

    def __init__(self, command: Sequence[str | Path] | str, *, cwd: Path, env: Mapping[str, str]) -> None:
        self.popen = subprocess.Popen(
            command if isinstance(command, str) else [str(part) for part in command],
            shell=isinstance(command, str),
            executable="/bin/bash" if isinstance(command, str) else None,
            cwd=cwd,
            env=dict(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its own process group, so `make emulator` and its child both stop
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.output: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.popen.stdout is not None
        for line in self.popen.stdout:
            self.output.append(line)
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, pattern: re.Pattern[str], timeout: float = 180) -> re.Match[str]:
        """The first output line matching `pattern`; fails if the process ends or times out first."""
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(
                    f"no line matching {pattern.pattern} in {timeout} s:\n{self.text}"
                ) from None
            if line is None:
                raise AssertionError(f"exited {self.popen.wait()} before {pattern.pattern}:\n{self.text}")
            match = pattern.search(line)
            if match:
                return match

    @property
    def text(self) -> str:
        return "".join(self.output)

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM to the process group, as a terminal's Ctrl-C reaches every process of the job."""
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=timeout)
        return self.popen.returncode


@contextmanager
def emulator(venv: Venv, *options: str, cwd: Path) -> Iterator[tuple[str, Process]]:
    """`plivo-emulator --port 0 OPTIONS` of `venv`; yields its base URL and the process, then stops it."""
    process = Process([venv.bin / "plivo-emulator", "--port", "0", *options], cwd=cwd, env=venv.env())
    try:
        yield process.wait_for(LISTENING).group(1), process
    finally:
        status = process.stop()
    assert status == 0, f"plivo-emulator exited {status}:\n{process.text}"
