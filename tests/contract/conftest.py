"""Fixtures of the contract tests: the target (the emulator for the session, or Plivo's API) and the
case counter the run reports at its end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from contract_support import (
    COUNTER,
    LIVE_URL,
    Profile,
    current_profile,
    current_schema,
    emulator_settings,
    too_few_cases,
)
from plivo_emulator.server import EmulatorServer

PROFILE = current_profile()


def pytest_report_header(config: pytest.Config) -> str:
    return PROFILE.describe()


@pytest.fixture(scope="session")
def contract_profile() -> Profile:
    return PROFILE


@pytest.fixture(scope="session")
def contract_emulator(contract_profile: Profile) -> Iterator[EmulatorServer | None]:
    """The emulator on 127.0.0.1 and a free port for the session (none in live runs)."""
    if contract_profile.live:
        if not contract_profile.has_credentials:
            pytest.skip("contract-live needs PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN of a real Plivo account")
        yield None
        return
    with EmulatorServer(emulator_settings()) as server:
        yield server


@pytest.fixture(scope="session")
def contract_base_url(contract_emulator: EmulatorServer | None) -> str:
    """Where the generated requests go: the emulator, or Plivo's API."""
    return LIVE_URL if contract_emulator is None else contract_emulator.base_url


# Operations whose contract test was selected in this session (after -k and the like).
SELECTED: set[str] = set()


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.option.collectonly:
        return
    SELECTED.update(
        str(getattr(item, "operation_label", ""))
        for item in session.items
        if getattr(item, "originalname", "") == "test_operation" and getattr(item, "operation_label", None)
    )


def _problems() -> list[str]:
    operations = sum(1 for _ in current_schema().get_all_operations())
    return too_few_cases(COUNTER, SELECTED, PROFILE, whole_run=len(SELECTED) >= operations)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if SELECTED and _problems() and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int) -> None:
    if not SELECTED:
        return
    phases = ", ".join(f"{phase} {count}" for phase, count in sorted(COUNTER.by_phase.items()))
    terminalreporter.write_sep("-", "schemathesis")
    terminalreporter.write_line(PROFILE.describe())
    terminalreporter.write_line(
        f"generated cases: {COUNTER.total} ({phases}) over {len(COUNTER.by_operation)} operations"
    )
    for problem in _problems():
        terminalreporter.write_line(f"FAILED: {problem}", red=True)
