"""The response check: a body outside the spec becomes a loud 500 and is recorded."""

from __future__ import annotations

import dataclasses

import httpx
from emulator_support import send
from plivo_emulator.context import Ctx, Result
from plivo_emulator.server import EmulatorServer


def test_response_outside_spec_is_a_500(client: httpx.Client, emu: EmulatorServer) -> None:
    operations = emu.runtime.operations
    original = operations["listMessages"]

    def broken(ctx: Ctx) -> Result:
        return Result({"meta": {"limit": "twenty"}, "objects": "none"})

    operations["listMessages"] = dataclasses.replace(original, handler=broken)
    try:
        resp = client.get("Message/")
    finally:
        operations["listMessages"] = original
    failures = list(emu.runtime.response_failures)
    emu.runtime.response_failures.clear()
    assert resp.status_code == 500
    assert "does not match the spec" in resp.json()["error"]
    assert len(failures) == 1 and "listMessages -> 200" in failures[0]
    assert "objects" in failures[0]


def test_undeclared_success_status_is_caught(client: httpx.Client, emu: EmulatorServer) -> None:
    operations = emu.runtime.operations
    original = operations["getMessage"]
    operations["getMessage"] = dataclasses.replace(original, handler=lambda ctx: Result({"x": 1}, status=201))
    try:
        message_uuid = send(client).json()["message_uuid"][0]
        resp = client.get(f"Message/{message_uuid}/")
    finally:
        operations["getMessage"] = original
    failures = list(emu.runtime.response_failures)
    emu.runtime.response_failures.clear()
    assert resp.status_code == 500
    assert failures and "status 201 is not declared" in failures[0]


def test_real_responses_pass(client: httpx.Client, emu: EmulatorServer) -> None:
    message_uuid = send(client).json()["message_uuid"][0]
    client.get(f"Message/{message_uuid}/")
    client.get("Message/")
    client.get(f"Message/{message_uuid}/Media/")
    assert emu.runtime.response_failures == []


def test_an_error_status_only_the_default_response_covers_is_checked(
    client: httpx.Client, emu: EmulatorServer
) -> None:
    # Every operation declares a `default` error response; a 418 falls under it, so its body must be
    # Plivo's error shape like any declared error.
    operations = emu.runtime.operations
    original = operations["listMessages"]
    operations["listMessages"] = dataclasses.replace(
        original, handler=lambda ctx: Result({"error": ["not", "a", "string"]}, status=418)
    )
    try:
        resp = client.get("Message/")
    finally:
        operations["listMessages"] = original
    failures = list(emu.runtime.response_failures)
    emu.runtime.response_failures.clear()
    assert resp.status_code == 500
    assert failures and "listMessages -> 418" in failures[0]
