"""The checks catch what they claim to: each test breaks a copy of the document one way and expects the
matching problem to be reported (and not just any problem)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_checks import (
    Operation,
    Row,
    check_coverage,
    check_examples,
    check_openapi_valid,
    check_operations,
    check_pagination,
    check_refs,
    check_unused_components,
    check_webhooks,
    deref,
    list_operations,
    load_spec,
    operations,
)
from spec_env import Spectral

Document = dict[str, Any]
Check = Callable[[Document], list[str]]


def first_operation(spec: Document) -> Operation:
    found = next(operations(spec), None)
    assert found is not None, "the document has no operations to break"
    return found


def new_problems(check: Check, spec: Document, breaker: Callable[[Document], None]) -> str:
    """Problems the check reports on a broken copy and not on the document itself, as one text."""
    broken = copy.deepcopy(spec)
    breaker(broken)
    before = set(check(spec))
    return "\n".join(p for p in check(broken) if p not in before)


def test_duplicate_keys_are_refused() -> None:
    text = "paths:\n  /v1/Account/{auth_id}/Message/: {}\n  /v1/Account/{auth_id}/Message/: {}\n"
    with pytest.raises(yaml.YAMLError, match=re.escape("duplicate key '/v1/Account/{auth_id}/Message/'")):
        load_spec(text)
    assert load_spec("a: 1\nb: {a: 2}\n") == {"a": 1, "b": {"a": 2}}


def test_missing_operation_id_is_reported(spec: Document, rows: list[Row]) -> None:
    target = first_operation(spec)

    def breaker(doc: Document) -> None:
        del doc["paths"][target.path][target.method]["operationId"]

    assert "no operationId" in new_problems(lambda d: check_operations(d, rows), spec, breaker)
    assert "not in the table" not in new_problems(lambda d: check_coverage(d, rows), spec, breaker)
    assert "the table says" in new_problems(lambda d: check_coverage(d, rows), spec, breaker)


def test_bad_response_example_is_reported(spec: Document) -> None:
    target = next(
        (
            (op, status, media)
            for op in operations(spec)
            for status, response in (op.op.get("responses") or {}).items()
            if "$ref" not in response
            for media, holder in (response.get("content") or {}).items()
            if "example" in holder and (deref(spec, holder.get("schema")) or {}).get("type") == "object"
        ),
        None,
    )
    assert target is not None, "no operation has an inline response example of an object to break"
    op, status, media = target

    def breaker(doc: Document) -> None:
        doc["paths"][op.path][op.method]["responses"][status]["content"][media]["example"] = 42

    found = new_problems(lambda d: check_examples(d)[1], spec, breaker)
    assert f"responses > {status} > content > {media} > example" in found
    assert "is not of type 'object'" in found


def test_bad_schema_example_is_reported(spec: Document) -> None:
    def breaker(doc: Document) -> None:
        doc["components"]["schemas"]["Uuid"]["examples"] = ["not-a-uuid"]

    found = new_problems(lambda d: check_examples(d)[1], spec, breaker)
    assert "components > schemas > Uuid > examples > 0" in found
    assert "not-a-uuid" in found


def test_bad_default_is_reported(spec: Document) -> None:
    def breaker(doc: Document) -> None:
        doc["components"]["schemas"]["CallbackMethod"]["default"] = "PUT"

    found = new_problems(lambda d: check_examples(d)[1], spec, breaker)
    assert "components > schemas > CallbackMethod > default" in found
    assert "'PUT' is not one of" in found


def test_examples_are_counted(spec: Document) -> None:
    def breaker(doc: Document) -> None:
        doc["components"]["schemas"]["Uuid"]["examples"].append("0b8f1c52-8b41-4a0e-9a47-7d1c8a1f0b6e")

    broken = copy.deepcopy(spec)
    breaker(broken)
    assert check_examples(broken)[0] == check_examples(spec)[0] + 1


def test_dangling_ref_is_reported(spec: Document) -> None:
    target = first_operation(spec)

    def breaker(doc: Document) -> None:
        responses = doc["paths"][target.path][target.method]["responses"]
        responses["400"] = {"$ref": "#/components/responses/NoSuchResponse"}

    found = new_problems(check_refs, spec, breaker)
    assert "#/components/responses/NoSuchResponse does not resolve" in found
    assert new_problems(check_openapi_valid, spec, breaker)


def test_unused_schemas_are_reported(spec: Document) -> None:
    def breaker(doc: Document) -> None:
        # Orphan is referenced only by another unused schema, which does not make it used.
        doc["components"]["schemas"]["Orphan"] = {"type": "string"}
        doc["components"]["schemas"]["OrphanHolder"] = {
            "type": "object",
            "properties": {"orphan": {"$ref": "#/components/schemas/Orphan"}},
        }

    found = new_problems(check_unused_components, spec, breaker)
    assert "components > schemas > Orphan is not used" in found
    assert "components > schemas > OrphanHolder is not used" in found


def test_missing_error_response_is_reported(spec: Document, rows: list[Row]) -> None:
    target = first_operation(spec)

    def breaker(doc: Document) -> None:
        responses = doc["paths"][target.path][target.method]["responses"]
        del responses["429"]
        responses["409"] = {"description": "An inline error response."}

    found = new_problems(lambda d: check_operations(d, rows), spec, breaker)
    assert "response 429 must be {$ref: '#/components/responses/TooManyRequests'}" in found
    assert "does not document the Retry-After header" in found
    assert "error response 409 must refer to a shared response" in found


def test_operation_missing_from_spec_is_reported(spec: Document, rows: list[Row]) -> None:
    target = first_operation(spec)

    def breaker(doc: Document) -> None:
        del doc["paths"][target.path][target.method]

    found = new_problems(lambda d: check_coverage(d, rows), spec, breaker)
    assert f"{target.method.upper()} {target.path}" in found
    assert "is in the table but not in the spec" in found


def test_wrong_success_status_and_unconfirmed_flag_are_reported(spec: Document, rows: list[Row]) -> None:
    confirmed = {(r.method, r.path) for r in rows if not r.unconfirmed}
    target = next((op for op in operations(spec) if (op.method, op.path) in confirmed), None)
    assert target is not None, "no confirmed operation to break"

    def breaker(doc: Document) -> None:
        op = doc["paths"][target.path][target.method]
        op["x-plivo-unconfirmed"] = True
        success = next(s for s in op["responses"] if str(s).startswith("2"))
        op["responses"]["299"] = op["responses"].pop(success)

    found = new_problems(lambda d: check_operations(d, rows), spec, breaker)
    assert "must not have x-plivo-unconfirmed: true" in found
    assert "response (the table's success status); has ['299']" in found


def test_list_without_shared_pagination_is_reported(spec: Document) -> None:
    lists = list_operations(spec)
    assert lists, "no list operation to break"
    target = lists[0][0]

    def breaker(doc: Document) -> None:
        op = doc["paths"][target.path][target.method]
        limit = "#/components/parameters/Limit"
        op["parameters"] = [p for p in op.get("parameters", []) if p.get("$ref") != limit]

    found = new_problems(lambda d: check_pagination(d)[1], spec, breaker)
    assert "a list without the shared Limit parameter" in found


def test_unsigned_webhook_is_reported(spec: Document) -> None:
    hook = next(iter(spec.get("webhooks") or {}), None)
    assert hook is not None, "no webhook to break"

    def breaker(doc: Document) -> None:
        item = doc["webhooks"][hook]
        for holder in [item, *(item[m] for m in item if isinstance(item[m], dict))]:
            holder.pop("parameters", None)

    found = new_problems(lambda d: check_webhooks(d)[1], spec, breaker)
    assert "does not declare the X-Plivo-Signature-V3 header parameter" in found
    assert "does not declare the X-Plivo-Signature-V3-Nonce header parameter" in found


def test_spectral_reports_broken_conventions(spec: Document, spectral: Spectral, tmp_path: Path) -> None:
    target = first_operation(spec)
    broken = copy.deepcopy(spec)
    op = broken["paths"][target.path][target.method]
    op["operationId"] = "snake_case_id"
    op["tags"] = [*op.get("tags", []), "Media"]
    del op["summary"]
    del op["responses"]["400"]
    op["responses"]["409"] = {"description": "An inline error response."}
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    result = spectral(path)
    assert result.returncode != 0
    for rule in (
        "plivo-operation-id-camel-case",
        "plivo-operation-single-tag",
        "plivo-operation-summary",
        "plivo-standard-error-responses",
        "plivo-error-responses-shared",
    ):
        assert rule in result.stdout, result.stdout
