"""The endpoint template handles any declared statuses, not only today's: a scratch copy of the spec gains
409/422/`default` error responses on every operation and extra success statuses (200 besides 202 for
linking campaign numbers, a bodiless 204 besides 200 for deleting a Powerpack); the client generated from
it returns each success model (None for the bodiless one) and raises the right PlivoError for the rest."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from generation_support import HTTP_METHODS, REPO, SPEC

ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/ApiErrorResponse"}}}


def _variant_spec() -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            responses = operation["responses"]
            responses["409"] = {"description": "Conflict.", "content": ERROR}
            responses["422"] = {"description": "Unprocessable.", "content": ERROR}
            responses["default"] = {"description": "Any other error.", "content": ERROR}
            if operation["operationId"] == "linkCampaignNumbers":
                responses["200"] = copy.deepcopy(responses["202"])
            if operation["operationId"] == "deletePowerpack":
                responses["204"] = {"description": "Deleted; no body."}
    return spec


# Runs against the scratch package (its own import path), so the installed client is not in the way.
CHECKS = r"""
import json, typing, uuid
import httpx
from plivo_messaging import PlivoClient, PlivoError
from plivo_messaging.api.tendlc_campaigns import link_campaign_numbers
from plivo_messaging.api.powerpacks import delete_powerpack
from plivo_messaging.api.messages import list_messages
from plivo_messaging.models import LinkCampaignNumbersRequest

API_ID = "5b2e5a86-8a4b-11ef-9a2b-0242ac110004"
answers = []
def handler(request):
    return answers.pop(0)
client = PlivoClient("MAXXXXXXXXXXXXXXXXXX", "scratch-token", "https://api.plivo.test",
                     httpx_args={"transport": httpx.MockTransport(handler)})
out = {}
def outcome(call, answer):
    answers.append(answer)
    try:
        value = call()
    except PlivoError as error:
        return type(error).__name__
    return "None" if value is None else type(value).__name__
numbers = LinkCampaignNumbersRequest(numbers=["14155550100"])
link = lambda: link_campaign_numbers.sync("CMX4T8Q", client=client, body=numbers)
linked = {"api_id": API_ID, "message": "received"}
out["link 200"] = outcome(link, httpx.Response(200, json=linked))
out["link 202"] = outcome(link, httpx.Response(202, json=linked))
out["link 201"] = outcome(link, httpx.Response(201, json=linked))
delete = lambda: delete_powerpack.sync(uuid.uuid4(), client=client)
out["delete 200"] = outcome(delete, httpx.Response(200, json={"api_id": API_ID, "response": "success"}))
out["delete 204"] = outcome(delete, httpx.Response(204))
out["delete 200 garbage"] = outcome(delete, httpx.Response(200, text="deleted"))
lst = lambda: list_messages.sync(client=client)
for status in (404, 409, 422, 418, 503, 599):
    out[f"list {status}"] = outcome(lst, httpx.Response(status, json={"api_id": API_ID, "error": "no"}))
out["list 409 html"] = outcome(lst, httpx.Response(409, html="<html>conflict</html>"))
answers.append(httpx.Response(418, html="<html>teapot</html>"))
detailed = list_messages.sync_detailed(client=client)
out["detailed 418 html"] = [detailed.status_code, detailed.parsed]
answers.append(httpx.Response(418, json={"api_id": API_ID, "error": "teapot"}))
out["detailed 418 json"] = type(list_messages.sync_detailed(client=client).parsed).__name__
def names(function):
    hint = typing.get_type_hints(function)["return"]
    return sorted(getattr(t, "__name__", str(t)) for t in (typing.get_args(hint) or [hint]))
out["annotations"] = [names(link_campaign_numbers.sync), names(delete_powerpack.sync)]
print(json.dumps(out, default=str))
"""


@pytest.fixture(scope="module")
def scratch_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("variants")
    spec = work / "openapi.json"
    spec.write_text(json.dumps(_variant_spec()), encoding="utf-8")
    output = work / "plivo-messaging"
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "generate.py"),
            "--spec",
            str(spec),
            "--output",
            str(output),
            "--client-spec",
            str(work / "client-openapi.json"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return output


def test_any_declared_status_is_handled(scratch_client: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(scratch_client)}
    done = subprocess.run(
        [sys.executable, "-c", CHECKS], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out.pop("annotations") == [["LinkCampaignNumbersResponse"], ["DeleteSuccessResponse", "NoneType"]]
    assert out == {
        "link 200": "LinkCampaignNumbersResponse",
        "link 202": "LinkCampaignNumbersResponse",
        "link 201": "UnexpectedResponseError",
        "delete 200": "DeleteSuccessResponse",
        "delete 204": "None",
        "delete 200 garbage": "InvalidResponseError",
        "list 404": "NotFoundError",
        "list 409": "ConflictError",
        "list 422": "UnprocessableEntityError",
        "list 418": "PlivoError",
        "list 503": "ServerError",
        "list 599": "ServerError",
        "list 409 html": "ConflictError",
        "detailed 418 html": [418, None],
        "detailed 418 json": "ApiErrorResponse",
    }


def test_the_scratch_client_passes_mypy_strict(scratch_client: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "plivo_messaging"],
        cwd=scratch_client,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
