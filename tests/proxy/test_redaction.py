"""No credential survives into a recording, whatever the token is and wherever it appears."""

from __future__ import annotations

import base64
import json
import string
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plivo_emulator.proxy.contract import HttpRequest, HttpResponse
from plivo_emulator.proxy.har import HarRecorder, Recorded, read_har
from plivo_emulator.proxy.redact import Redactor

tokens = st.text(alphabet=string.ascii_letters + string.digits + "-_.~+/=!$*:@ ", min_size=20, max_size=48)
auth_ids = st.from_regex(r"\A(MA|SA)[A-Z0-9]{18}\Z")


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (str(k), *_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(auth_id=auth_ids, token=tokens)
def test_recording_holds_no_credential(tmp_path: Path, auth_id: str, token: str) -> None:
    basic = base64.b64encode(f"{auth_id}:{token}".encode()).decode()
    path = f"/v1/Account/{auth_id}/Message/"
    request = HttpRequest(
        method="POST",
        path=path,
        query=f"auth_token={quote_plus(token)}&note={quote(token, safe='')}",
        headers=(
            ("Authorization", f"Basic {basic}"),
            ("Content-Type", "application/json"),
            ("X-Id", auth_id),
        ),
        body=json.dumps({"text": f"id {auth_id} token {token}", "auth_token": token}).encode(),
    )
    response = HttpResponse(
        200,
        (("Content-Type", "application/json"), ("Location", f"https://example.com/{auth_id}/{quote(token)}")),
        json.dumps({"resource_uri": f"{path}x/", "echo": token, "pair": f"{auth_id}:{token}"}).encode(),
    )
    har = tmp_path / f"{auth_id}.har"
    redactor = Redactor()
    redactor.learn(request.path, request.headers, request.query, request.body, "application/json")
    recorder = HarRecorder(har, redactor)
    url = f"https://api.plivo.com{path}?{request.query}"
    recorder.add(Recorded("api", url, request, response, 0.0, 0.01))
    recorder.flush()

    raw = har.read_text(encoding="utf-8")
    decoded = _strings(json.loads(raw))
    forms = {token, basic, auth_id, quote(token, safe=""), quote_plus(token), json.dumps(token)[1:-1]}
    for form in forms:
        assert form not in raw
        assert not any(form in s for s in decoded)
    # still a recording drift can read, routed to the same operation
    (entry,) = read_har(har)
    assert entry.request.path == path.replace(auth_id, auth_id[:2] + "X" * 18)
    assert entry.response is not None and entry.response.status == 200
