"""Helpers shared by the behaviour tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import yaml
from emulator_support import SPEC
from plivo_emulator.server import EmulatorServer

ADMIN_SPEC = Path(__file__).resolve().parents[3] / "emulator" / "plivo_emulator" / "admin-openapi.yaml"


def send(api: httpx.Client, **body: Any) -> list[str]:
    """POST /Message/ (defaults filled in, None leaves a field out); the uuids of a 202."""
    payload: dict[str, Any] = {"src": "14155550100", "dst": "14155550123", "text": "hello"}
    payload.update(body)
    resp = api.post("Message/", json={k: v for k, v in payload.items() if v is not None})
    assert resp.status_code == 202, resp.text
    return [str(u) for u in resp.json()["message_uuid"]]


def message(api: httpx.Client, message_uuid: str) -> dict[str, Any]:
    resp = api.get(f"Message/{message_uuid}/")
    assert resp.status_code == 200, resp.text
    record: dict[str, Any] = resp.json()
    return record


def wait_until(check: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout} s")
        time.sleep(0.02)


def settled_callbacks(admin: httpx.Client, timeout: float = 10.0, **filters: Any) -> list[dict[str, Any]]:
    """Callbacks matching `filters` once none is pending."""

    def done() -> list[dict[str, Any]] | None:
        found: list[dict[str, Any]] = admin.get("callbacks", params=filters).json()["objects"]
        return found if found and all(c["state"] != "pending" for c in found) else None

    result: list[dict[str, Any]] = wait_until(done, timeout, f"callbacks {filters} settled")
    return result


def _spec() -> dict[str, Any]:
    with open(SPEC, encoding="utf-8") as fh:
        doc: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return doc


_SPEC: dict[str, Any] = {}


def spec_validator(schema_name: str) -> jsonschema.protocols.Validator:
    """A validator of `#/components/schemas/<schema_name>` of openapi.yaml (independent of the
    emulator's own validation code)."""
    if not _SPEC:
        _SPEC.update(_spec())
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": _SPEC["components"]}
    return jsonschema.Draft202012Validator(schema)


def assert_valid(schema_name: str, instance: Any) -> None:
    errors = [e.message for e in spec_validator(schema_name).iter_errors(instance)]
    assert not errors, f"{schema_name}: {errors} in {instance}"


def admin_url(server: EmulatorServer) -> str:
    return f"{server.base_url}/_emulator"
