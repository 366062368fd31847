"""The contract suite can fail: schemathesis, configured as in schemathesis.toml, finds each defect
planted here on purpose, in a copy of the spec or in an emulator wrapped to misbehave.

Each test is a strict expected failure: it passes only while schemathesis raises the named kind of
failure; a run that finds nothing (or something else) fails the suite. The emulator runs in process
(ASGI), without a port.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import hypothesis
import pytest
import schemathesis
import yaml
from contract_support import (
    MAIN,
    SPEC,
    CaseCounter,
    basic_header,
    config_data,
    emulator_settings,
    load_config,
    profile_from_env,
    too_few_cases,
)
from plivo_emulator import create_app
from schemathesis.core.failures import AcceptedNegativeData, Failure, FailureGroup
from schemathesis.generation import GenerationMode
from schemathesis.openapi.checks import (
    IgnoredAuth,
    JsonSchemaError,
    RejectedPositiveData,
    UndefinedStatusCode,
)
from schemathesis.specs.openapi.schemas import OpenApiSchema
from starlette.types import ASGIApp, Receive, Scope, Send

Document = dict[str, Any]
Breakage = Callable[[Document], None]


def spec_copy(*breakages: Breakage) -> Document:
    document: Document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    broken = copy.deepcopy(document)
    for breakage in breakages:
        breakage(broken)
    return broken


def schema_for(document: Document, app: ASGIApp, token: str = MAIN.auth_token) -> OpenApiSchema:
    profile = profile_from_env({})
    profile = type(profile)(**{**profile.__dict__, "credentials": (MAIN.auth_id, token)})
    schema = schemathesis.openapi.from_dict(document, config=load_config(profile))
    schema.app = app  # requests go to the app in process, as with schemathesis.openapi.from_asgi
    return schema


def run_until(
    schema: OpenApiSchema, operation_id: str, mode: GenerationMode, expected: type[Failure]
) -> None:
    """Generate cases for one operation until schemathesis reports failures; re-raise them only if
    `expected` is among them (any other outcome is an ordinary test failure)."""
    operation = schema.find_operation_by_id(operation_id)
    # Operations built while the schema loaded (for the dependency analysis) predate `schema.app`.
    operation.app = schema.app
    strategy = operation.as_strategy(generation_mode=mode, path_parameters={"auth_id": MAIN.auth_id})

    @hypothesis.settings(
        max_examples=300,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[hypothesis.Phase.generate],
        # HTTP calls in process are slower than hypothesis expects of a test; other checks stay on
        suppress_health_check=[hypothesis.HealthCheck.too_slow],
    )
    @hypothesis.given(case=strategy)
    def explore(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate()

    try:
        explore()
    except FailureGroup as group:
        kinds = sorted(type(failure).__name__ for failure in group.exceptions)
        assert expected.__name__ in kinds, f"schemathesis reported {kinds}, not {expected.__name__}"
        raise
    pytest.fail(f"schemathesis found nothing wrong with {operation_id}")


def emulator() -> ASGIApp:
    return create_app(emulator_settings())


def without_auth_check(app: ASGIApp) -> ASGIApp:
    """An emulator that lets requests without credentials through, as the account under test."""
    header = (b"authorization", basic_header(MAIN).encode("ascii"))

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not any(name == b"authorization" for name, _ in scope["headers"]):
            scope = {**scope, "headers": [*scope["headers"], header]}
        await app(scope, receive, send)

    return wrapped


def answering(status: int, method: str, path_suffix: str, app: ASGIApp) -> ASGIApp:
    """An emulator that answers `status` (with Plivo's error body) to every `method` request whose
    path ends with `path_suffix`, whatever it carries."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == method and scope["path"].endswith(path_suffix):
            body = b'{"api_id": "5c1b1b1e-6a0e-11ef-9d1e-0242ac110002", "error": "refused"}'
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    return wrapped


def total_count_is_a_string(document: Document) -> None:
    document["components"]["schemas"]["PaginationMeta"]["properties"]["total_count"] = {"type": "string"}


def no_documented_404(document: Document) -> None:
    responses = document["paths"]["/v1/Account/{auth_id}/Powerpack/{powerpack_uuid}/"]["get"]["responses"]
    del responses["404"]
    responses.pop("default", None)  # a `default` response documents every other status


def powerpacks_need_a_team(document: Document) -> None:
    request = document["components"]["schemas"]["CreatePowerpackRequest"]
    request["properties"]["team"] = {"type": "string", "minLength": 1}
    request["required"] = [*request["required"], "team"]


@pytest.mark.xfail(strict=True, raises=FailureGroup, reason="a response field of the wrong type")
def test_a_response_field_of_the_wrong_type_is_reported() -> None:
    schema = schema_for(spec_copy(total_count_is_a_string), emulator())
    run_until(schema, "listPowerpacks", GenerationMode.POSITIVE, JsonSchemaError)


@pytest.mark.xfail(strict=True, raises=FailureGroup, reason="a status the spec does not declare")
def test_an_undocumented_status_is_reported() -> None:
    schema = schema_for(spec_copy(no_documented_404), emulator())
    run_until(schema, "getPowerpack", GenerationMode.POSITIVE, UndefinedStatusCode)


@pytest.mark.xfail(strict=True, raises=FailureGroup, reason="the server accepts a body the spec forbids")
def test_an_accepted_invalid_body_is_reported() -> None:
    schema = schema_for(spec_copy(powerpacks_need_a_team), emulator())
    run_until(schema, "createPowerpack", GenerationMode.NEGATIVE, AcceptedNegativeData)


@pytest.mark.xfail(strict=True, raises=FailureGroup, reason="the server does not check credentials")
def test_a_missing_auth_check_is_reported() -> None:
    schema = schema_for(spec_copy(), without_auth_check(emulator()))
    run_until(schema, "listPowerpacks", GenerationMode.POSITIVE, IgnoredAuth)


@pytest.mark.xfail(strict=True, raises=FailureGroup, reason="credentials the API refuses")
def test_a_wrong_token_fails_the_run() -> None:
    schema = schema_for(spec_copy(), emulator(), token="not-the-token")
    run_until(schema, "listPowerpacks", GenerationMode.POSITIVE, RejectedPositiveData)


@pytest.mark.xfail(strict=True, raises=FailureGroup, reason="400 to valid input without a stated reason")
def test_a_400_to_valid_input_without_a_stated_reason_fails_the_run() -> None:
    schema = schema_for(spec_copy(), answering(400, "GET", "/Powerpack/", emulator()))
    run_until(schema, "listPowerpacks", GenerationMode.POSITIVE, RejectedPositiveData)


@pytest.mark.xfail(strict=True, raises=FailureGroup, reason="404 where the path names no resource")
def test_a_404_where_the_path_names_no_resource_fails_the_run() -> None:
    schema = schema_for(spec_copy(), answering(404, "GET", "/Powerpack/", emulator()))
    run_until(schema, "listPowerpacks", GenerationMode.POSITIVE, RejectedPositiveData)


@pytest.mark.xfail(strict=True, raises=FailureGroup, reason="403, which the emulator never answers")
def test_a_403_from_the_emulator_fails_the_run() -> None:
    schema = schema_for(spec_copy(), answering(403, "POST", "/Message/", emulator()))
    run_until(schema, "sendMessage", GenerationMode.POSITIVE, RejectedPositiveData)


def test_an_operation_without_cases_fails_the_floor() -> None:
    profile = profile_from_env({})
    counter = CaseCounter()
    for phase, floor in profile.min_per_operation.items():
        for _ in range(floor):
            counter.record(phase, "GET /a")
    assert too_few_cases(counter, ["GET /a"], profile, whole_run=False) == []
    problems = too_few_cases(counter, ["GET /a", "GET /b"], profile, whole_run=False)
    assert problems and all(problem.startswith("GET /b: 0 ") for problem in problems)
    assert len(problems) == len(profile.min_per_operation) >= 2


def test_a_live_run_also_accepts_403() -> None:
    live = profile_from_env({"PLIVO_CONTRACT_LIVE": "1"})
    data = config_data(live)
    sections = [data, *data["operations"]]
    lists = [
        s["checks"]["positive_data_acceptance"]["expected-statuses"]
        for s in sections
        if "positive_data_acceptance" in s.get("checks", {})
    ]
    assert lists and all("403" in statuses for statuses in lists)
    emulated = config_data(profile_from_env({}))
    assert all(
        "403" not in s.get("checks", {}).get("positive_data_acceptance", {}).get("expected-statuses", [])
        for s in [emulated, *emulated["operations"]]
    )


def test_a_run_without_final_states_fails() -> None:
    profile = profile_from_env({})
    counter = CaseCounter()
    counter.record_states({"objects": [{"message_state": "delivered"}], "registration_status": "ACTIVE"})
    problems = too_few_cases(counter, [], profile, whole_run=True)
    assert "no response showed a failed message" in problems
    assert "no response showed a rejected review" in problems
    assert not any("delivered" in p or "approved" in p for p in problems)
