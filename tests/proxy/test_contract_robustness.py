"""Whatever crosses the proxy, checking it never raises: every request and every answer ends as
findings, so the proxy always forwards (or, strict, answers 400) and never fails itself."""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plivo_emulator.proxy.contract import Contract, HttpRequest, HttpResponse
from plivo_emulator.proxy.drift import replay_files
from plivo_emulator.proxy.har import HarError
from plivo_emulator.proxy.redact import Redactor
from plivo_emulator.proxy.report import Report
from proxy_support import ACCOUNT

segments = st.sampled_from(
    ["v1", "Account", ACCOUNT.auth_id, "Message", "Media", "Powerpack", "10dlc", "Brand", "Campaign",
     "Number", "4d7b2e91-6a0d-11ef-b4c2-0242ac110002", "", "%00", "..", "ü", "Import"]
)  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)
bodies = st.one_of(st.binary(max_size=200), json_values.map(lambda v: json.dumps(v).encode()))
media_types = st.sampled_from(
    ["", "application/json", "multipart/form-data; boundary=x", "multipart/form-data", "text/plain",
     "application/x-www-form-urlencoded", "application/xml", "application/json; charset=latin-1"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["api", "callback"]),
    method=st.sampled_from(["GET", "POST", "DELETE", "PUT", "PATCH", "HEAD"]),
    path=st.lists(segments, max_size=8).map(lambda parts: "/" + "/".join(parts)),
    query=st.text(max_size=30),
    request_type=media_types,
    request_body=bodies,
    status=st.integers(100, 599),
    response_type=media_types,
    response_body=bodies,
)
def test_checking_never_raises(
    contract: Contract,
    kind: str,
    method: str,
    path: str,
    query: str,
    request_type: str,
    request_body: bytes,
    status: int,
    response_type: str,
    response_body: bytes,
) -> None:
    request = HttpRequest(method, path, query, (("content-type", request_type),), request_body)
    checked, operation = asyncio.run(contract.check(kind, request))
    contract.check_answer(
        operation, HttpResponse(status, (("content-type", response_type),), response_body), checked
    )
    assert checked.status == status
    assert all(f.pointer == "" or f.pointer.startswith("/") for f in checked.findings)


entries = st.fixed_dictionaries(
    {},
    optional={
        "request": st.fixed_dictionaries(
            {},
            optional={
                "method": json_values,
                "url": st.text(max_size=40)
                | st.just(f"https://api.plivo.com/v1/Account/{ACCOUNT.auth_id}/Message/"),
                "headers": json_values,
                "postData": st.fixed_dictionaries(
                    {}, optional={"text": json_values, "_encoding": json_values}
                ),
            },
        ),
        "response": st.fixed_dictionaries(
            {},
            optional={"status": json_values, "content": json_values, "headers": json_values},
        ),
        "_plivoKind": st.sampled_from(["api", "callback"]),
        "_plivoBlocked": json_values,
        "time": json_values,
    },
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(log=st.lists(entries | json_values, max_size=3))
def test_drift_reads_any_file_or_says_why(contract: Contract, log: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "any.har"
        path.write_text(json.dumps({"log": {"entries": log}}), encoding="utf-8")
        report = Report(Redactor())
        try:
            asyncio.run(replay_files(contract, report, [path]))
        except HarError as exc:
            assert str(exc)
        report.summary()
