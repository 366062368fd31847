"""scripts/derive_client_spec.py: the client spec is openapi.yaml relative to the account URL."""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from generation_support import SPEC, Operation, derive_client_spec, operations, resolve

DERIVED = derive_client_spec.derive(SPEC)


def _all_parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every parameter of every path item and operation, as written (references unresolved)."""
    found: list[dict[str, Any]] = []
    for item in spec["paths"].values():
        found += item.get("parameters", [])
        for method in derive_client_spec.HTTP_METHODS:
            found += item.get(method, {}).get("parameters", [])
    return found


def test_paths_lose_the_account_prefix() -> None:
    prefix = derive_client_spec.ACCOUNT_PREFIX
    assert [prefix + path for path in DERIVED["paths"]] == list(SPEC.get("paths") or {})
    assert all("{auth_id}" not in path for path in DERIVED["paths"])
    assert DERIVED["servers"][0]["url"] == SPEC["servers"][0]["url"].rstrip("/") + prefix


def test_no_operation_takes_auth_id() -> None:
    params = _all_parameters(DERIVED)
    assert params, "no parameters left at all"
    for param in params:
        assert not param.get("$ref", "").endswith("/AuthId")
        assert resolve(param).get("name") != "auth_id"
    assert "AuthId" not in DERIVED["components"].get("parameters", {})


def test_source_spec_is_not_modified() -> None:
    assert "AuthId" in SPEC["components"]["parameters"]


def test_tags_get_module_names() -> None:
    names = {tag["name"] for tag in DERIVED.get("tags", [])}
    assert not names & set(derive_client_spec.TAG_MODULES)


def test_path_outside_the_account_is_refused() -> None:
    spec: dict[str, Any] = {"paths": {"/v1/Pricing/": {}}}
    with pytest.raises(derive_client_spec.DeriveError):
        derive_client_spec.derive(spec)


def test_dump_is_loadable_and_stable() -> None:
    text = derive_client_spec.dump(DERIVED)
    assert yaml.safe_load(text) == DERIVED
    assert derive_client_spec.dump(derive_client_spec.derive(SPEC)) == text


def test_dump_to_a_json_name_is_json() -> None:
    text = derive_client_spec.dump(DERIVED, Path("client-openapi.json"))
    assert json.loads(text) == DERIVED
    assert derive_client_spec.dump(derive_client_spec.derive(SPEC), Path("client-openapi.json")) == text


@pytest.mark.parametrize("operation", operations(), ids=str)
def test_generated_functions_have_no_auth_id(operation: Operation) -> None:
    module = importlib.import_module(operation.module)
    assert "auth_id" not in inspect.signature(module.sync).parameters
