"""Helpers of the proxy tests: an emulator and a proxy on 127.0.0.1 and free ports, always stopped."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plivo_emulator.auth import Account, Accounts
from plivo_emulator.config import Settings
from plivo_emulator.proxy.contract import Contract
from plivo_emulator.proxy.har import HarRecorder
from plivo_emulator.proxy.redact import Redactor
from plivo_emulator.proxy.report import Report
from plivo_emulator.proxy.server import ProxyApp, ProxyConfig, ProxyServer

ROOT = Path(__file__).resolve().parents[2]
SPEC = str(ROOT / "openapi.yaml")
# An Auth ID unlike the redaction placeholder (MAXXXXXXXXXXXXXXXXXX), so a recording can be searched for it
ACCOUNT = Account("MAPROXY12345678901AB", "proxy-secret-token-42")
BASIC = base64.b64encode(f"{ACCOUNT.auth_id}:{ACCOUNT.auth_token}".encode()).decode()


def emulator_settings() -> Settings:
    return Settings(
        spec_path=SPEC, accounts=Accounts([ACCOUNT]), validate_responses=True, allow_missing_handlers=True
    )


@dataclass
class Proxy:
    server: ProxyServer
    report: Report
    report_path: Path | None
    record_path: Path | None

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def account_url(self) -> str:
        return f"{self.server.base_url}/v1/Account/{ACCOUNT.auth_id}"


@contextmanager
def running_proxy(
    contract: Contract,
    upstream: str,
    *,
    strict: bool = False,
    callback_target: str | None = None,
    record: Path | None = None,
    report: Path | None = None,
) -> Iterator[Proxy]:
    redactor = Redactor()
    rep = Report(redactor, report)
    recorder = HarRecorder(record, redactor) if record else None
    app = ProxyApp(contract, ProxyConfig(upstream, callback_target, strict, 30.0), rep, redactor, recorder)
    with ProxyServer(app) as server:
        yield Proxy(server, rep, report, record)


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def exchanges(path: Path) -> list[dict[str, Any]]:
    return [line for line in lines(path) if "coverage" not in line]
