"""Clients run through the proxy unchanged, with the emulator as upstream: the official `plivo` SDK
and the generated client get the emulator's answers, and the proxy finds nothing outside the spec.
The recording holds no credential, and `drift` over it reproduces the live report line for line."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import plivo  # type: ignore[import-untyped]  # the SDK ships no type information
import plivo.rest.client  # type: ignore[import-untyped]
import pytest
from plivo import exceptions
from plivo_emulator.proxy.contract import Contract
from plivo_emulator.proxy.drift import replay_files
from plivo_emulator.proxy.redact import Redactor
from plivo_emulator.proxy.report import Report
from plivo_emulator.server import EmulatorServer
from plivo_messaging import PlivoClient
from plivo_messaging.api.messages import get_message, list_messages, send_message
from plivo_messaging.api.powerpacks import create_powerpack, delete_powerpack, get_powerpack
from plivo_messaging.exceptions import NotFoundError
from plivo_messaging.models import CreatePowerpackRequest, SendMessageRequest
from proxy_support import ACCOUNT, BASIC, Proxy, exchanges, running_proxy


@pytest.fixture
def proxy(contract: Contract, emu: EmulatorServer, tmp_path: Path) -> Iterator[Proxy]:
    with running_proxy(
        contract, emu.base_url, record=tmp_path / "traffic.har", report=tmp_path / "live.jsonl"
    ) as running:
        yield running


def _no_findings(proxy: Proxy) -> dict[str, Any]:
    counts = proxy.report.counts()
    assert sum(counts.values()) == 0, proxy.report.summary()
    return counts


def _drift_lines(contract: Contract, har: Path, out: Path) -> list[dict[str, Any]]:
    report = Report(Redactor(), out)
    asyncio.run(replay_files(contract, report, [har]))
    report.close()
    return exchanges(out)


def test_official_sdk_through_the_proxy(
    proxy: Proxy, contract: Contract, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(plivo.rest.client, "PLIVO_API_BASE_URI", f"{proxy.base_url}/v1/Account")
    with plivo.RestClient(ACCOUNT.auth_id, ACCOUNT.auth_token) as sdk:
        sent = sdk.messages.create(src="14155550100", dst="14155550101<14155550102", text="Through the proxy")
        assert len(sent.message_uuid) == 2
        message = sdk.messages.get(sent.message_uuid[0])
        assert message.to_number == "14155550101"
        listed = sdk.messages.list(limit=5, message_direction="outbound")
        assert {m.message_uuid for m in listed} == set(sent.message_uuid)
        pack = sdk.powerpacks.create(name="proxy-pack")
        assert sdk.powerpacks.get(pack["uuid"]).name == "proxy-pack"
        with pytest.raises(exceptions.ResourceNotFoundError):
            sdk.messages.get("5b40a428-bfc7-4daf-9d3c-7b8e7d0f1a2b")
    proxy.server.stop()

    _no_findings(proxy)
    live = exchanges(proxy.report_path or Path())
    assert [(e["operation"], e["status"]) for e in live] == [
        ("sendMessage", 202),
        ("getMessage", 200),
        ("listMessages", 200),
        ("createPowerpack", 200),
        ("getPowerpack", 200),
        ("getMessage", 404),
    ]
    assert proxy.record_path is not None
    recorded = proxy.record_path.read_text(encoding="utf-8")
    for secret in (ACCOUNT.auth_token, BASIC, ACCOUNT.auth_id):
        assert secret not in recorded
    assert len(json.loads(recorded)["log"]["entries"]) == len(live)
    assert _drift_lines(contract, proxy.record_path, tmp_path / "drift.jsonl") == live


def test_generated_client_through_the_proxy(proxy: Proxy, contract: Contract, tmp_path: Path) -> None:
    with PlivoClient(ACCOUNT.auth_id, ACCOUNT.auth_token, base_url=proxy.base_url) as client:
        sent = send_message.sync(
            client=client, body=SendMessageRequest(src="14155550100", dst="14155550123", text="Hi")
        )
        got = get_message.sync(client=client, message_uuid=sent.message_uuid[0])
        assert got.message_uuid == sent.message_uuid[0]
        page = list_messages.sync(client=client, message_direction="outbound", limit=20)
        assert [m.message_uuid for m in page.objects] == sent.message_uuid
        pack = create_powerpack.sync(client=client, body=CreatePowerpackRequest(name="generated-pack"))
        pack_uuid = UUID(pack.uuid)
        assert get_powerpack.sync(client=client, powerpack_uuid=pack_uuid).name == "generated-pack"
        delete_powerpack.sync(client=client, powerpack_uuid=pack_uuid)
        with pytest.raises(NotFoundError):
            get_powerpack.sync(client=client, powerpack_uuid=pack_uuid)
    proxy.server.stop()

    _no_findings(proxy)
    live = exchanges(proxy.report_path or Path())
    assert [e["operation"] for e in live] == [
        "sendMessage",
        "getMessage",
        "listMessages",
        "createPowerpack",
        "getPowerpack",
        "deletePowerpack",
        "getPowerpack",
    ]
    assert proxy.record_path is not None
    recorded = proxy.record_path.read_text(encoding="utf-8")
    assert ACCOUNT.auth_token not in recorded and BASIC not in recorded and ACCOUNT.auth_id not in recorded
    assert _drift_lines(contract, proxy.record_path, tmp_path / "drift.jsonl") == live
