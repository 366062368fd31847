"""The pytest plugin's `plivo_emulator` fixture, exercised in a separate pytest run."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

from emulator_support import SPEC, cli_env

INNER = """
import dataclasses

import httpx

from plivo_emulator.context import Result


def test_send_and_inspect(plivo_emulator):
    assert plivo_emulator.base_url.startswith("http://127.0.0.1:")
    resp = httpx.post(
        plivo_emulator.account_url("Message/"),
        auth=plivo_emulator.auth,
        json={"src": "14155550100", "dst": "14155550123", "text": "from the plugin"},
    )
    assert resp.status_code == 202
    [message] = plivo_emulator.messages()
    assert message["_text"] == "from the plugin"
    assert plivo_emulator.message(resp.json()["message_uuid"][0])["to_number"] == "14155550123"


def test_store_is_fresh(plivo_emulator):
    assert plivo_emulator.messages() == []
    resp = httpx.get(plivo_emulator.account_url("Message/"), auth=plivo_emulator.auth)
    assert resp.json()["meta"]["total_count"] == 0


def test_reset(plivo_emulator):
    httpx.post(
        plivo_emulator.account_url("Message/"),
        auth=plivo_emulator.auth,
        json={"src": "14155550100", "dst": "14155550123", "text": "x"},
    )
    plivo_emulator.reset()
    assert plivo_emulator.messages() == []


def test_answer_outside_spec_fails_the_test(plivo_emulator, monkeypatch):
    ops = plivo_emulator.runtime.operations
    broken = dataclasses.replace(ops["listMessages"], handler=lambda ctx: Result({"objects": 1}))
    monkeypatch.setitem(ops, "listMessages", broken)
    httpx.get(plivo_emulator.account_url("Message/"), auth=plivo_emulator.auth)
"""


def test_fixture_in_a_pytest_run(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text(INNER)
    installed = any(ep.name == "plivo_emulator" for ep in entry_points(group="pytest11"))
    plugin = [] if installed else ["-p", "plivo_emulator.pytest_plugin"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *plugin, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=cli_env(PLIVO_EMULATOR_SPEC=SPEC, PLIVO_EMULATOR_ALLOW_MISSING_HANDLERS="1"),
        timeout=120,
    )
    out = result.stdout + result.stderr
    assert "4 passed, 1 error" in out, out
    assert "the emulator answered outside the spec" in out, out
    assert "listMessages -> 200" in out, out
