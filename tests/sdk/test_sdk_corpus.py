"""Every request the official SDKs build for a messaging operation is accepted by the spec and the emulator.

corpus/<sdk>.json records the requests (see corpus_support.py); the Python and Node ones are captured
again here from the pinned SDKs and must equal the record, so the corpus follows an SDK upgrade.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import httpx
import node_sdk
import pytest
import python_sdk
from corpus_support import AUTH_ID, CORPUS, Entry, SpecChecker
from plivo_emulator.auth import Account, Accounts
from plivo_emulator.config import Settings
from plivo_emulator.server import EmulatorServer

SDKS = ("python", "node", "go")
ENTRIES = [e for sdk in SDKS for e in Entry.load(CORPUS / f"{sdk}.json")]
CHECKER = SpecChecker()


def _id(entry: Entry) -> str:
    return f"{entry.sdk}-{entry.function}-{entry.case}"


@pytest.mark.parametrize("entry", ENTRIES, ids=_id)
def test_spec_accepts_what_the_sdk_sends(entry: Entry) -> None:
    assert CHECKER.problems(entry) == []


def test_corpus_covers_each_sdk() -> None:
    for sdk in SDKS:
        entries = [e for e in ENTRIES if e.sdk == sdk]
        assert len({e.operation for e in entries}) >= 40, sdk
        assert all(e.repo == f"plivo/plivo-{sdk}" and e.path and e.function for e in entries)


def test_python_corpus_is_what_the_pinned_sdk_sends() -> None:
    recorded = Entry.load(CORPUS / "python.json")
    assert python_sdk.capture() == recorded


def test_node_corpus_is_what_the_pinned_sdk_sends() -> None:
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    assert node_sdk.available(), "node_modules/plivo is missing: run `make` (npm ci)"
    recorded = Entry.load(CORPUS / "node.json")
    assert node_sdk.capture() == recorded


@pytest.fixture(scope="module")
def emulator() -> Iterator[httpx.Client]:
    settings = Settings(
        accounts=Accounts([Account(AUTH_ID, "corpus-token")]),
        validate_responses=True,
    )
    with (
        EmulatorServer(settings) as server,
        httpx.Client(
            base_url=f"{server.base_url}/v1/Account/", auth=(AUTH_ID, "corpus-token"), timeout=30
        ) as client,
    ):
        yield client
        assert not server.runtime.response_failures, server.runtime.response_failures


def _unset(value: Any) -> bool:
    return value in ("", None, [], {})


@pytest.mark.parametrize("entry", ENTRIES, ids=_id)
def test_emulator_accepts_what_the_sdk_sends(emulator: httpx.Client, entry: Entry) -> None:
    """The resources the requests name do not exist, so 404 and business-rule 400s are expected; what
    may never happen is a 5xx, or a 400 that blames a field the SDK sent empty or null for 'unset'."""
    path = entry.url_path if entry.url_path.endswith("/") else entry.url_path + "/"
    kwargs: dict[str, Any] = {"params": [tuple(q) for q in entry.query]}
    if entry.body is not None:
        kwargs["json"] = entry.body
    response = emulator.request(entry.method, path, **kwargs)
    assert response.status_code < 500, response.text
    if response.status_code == 400 and isinstance(entry.body, dict):
        error = str(response.json().get("error", ""))
        blamed = error.split(":", 1)[0].split(".", 1)[0].split("[", 1)[0].strip()
        assert not (blamed in entry.body and _unset(entry.body[blamed])), error
