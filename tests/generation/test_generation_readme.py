"""The usage example in README.md runs against the generated client and type-checks."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import plivo_messaging
import pytest
from generation_support import REPO, operations
from shared_support import mypy_strict

EXAMPLE = re.search(r"```python\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.DOTALL)


def _example() -> str:
    assert EXAMPLE, "README.md has no python example"
    return EXAMPLE.group(1)


def _spec_server(request: httpx.Request) -> httpx.Response:
    """Answer like the spec says: the documented success example of the matching operation."""
    for op in operations():
        pattern = "[^/]+".join(map(re.escape, re.split(r"\{[^}]+\}", op.path)))
        if request.method == op.method and re.fullmatch(pattern, request.url.path):
            example = op.success_examples[0] if op.success_examples else None
            return httpx.Response(op.success_status, json=example)
    return httpx.Response(404, json={"api_id": "2d5c1c1e-8a4b-11ef-9a2b-0242ac110004", "error": "not found"})


def test_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real = plivo_messaging.PlivoClient

    def offline(*args: Any, **kwargs: Any) -> plivo_messaging.PlivoClient:
        return real(*args, httpx_args={"transport": httpx.MockTransport(_spec_server)}, **kwargs)

    monkeypatch.setattr(plivo_messaging, "PlivoClient", offline)
    exec(compile(_example(), "<README.md example>", "exec"), {})
    assert capsys.readouterr().out.strip(), "the example printed nothing"


def test_example_type_checks(tmp_path: Path) -> None:
    (tmp_path / "example.py").write_text(_example(), encoding="utf-8")
    result = mypy_strict(tmp_path, "example.py")
    assert result.returncode == 0, result.stdout + result.stderr
