"""Where a new compliance request stands, as users start the emulator: by default it stays where
Plivo starts it (a toll-free verification SUBMITTED and updatable, a campaign PROCESSING), so a
create-then-update test written against the emulator also holds against Plivo; `--reviews instant`
keeps instant approval available."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import httpx
import pytest
from emulator_support import MAIN, account_client, settings
from plivo_emulator.behaviour import cli_options
from plivo_emulator.config import BehaviourSettings
from plivo_emulator.server import EmulatorServer
from test_profiles import create_profile
from test_tollfree_verifications import tfv_body


def behaviour_from_command_line(*argv: str) -> BehaviourSettings:
    parser = argparse.ArgumentParser()
    cli_options.add_arguments(parser)
    return cli_options.settings_from_args(parser.parse_args(list(argv)))


@pytest.fixture
def client_for(request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
    argv: tuple[str, ...] = request.param
    server = EmulatorServer(settings(behaviour=behaviour_from_command_line(*argv)))
    with server, account_client(server, MAIN) as client:
        yield client


@pytest.mark.parametrize("client_for", [()], indirect=True)
def test_by_default_a_verification_stays_submitted_and_can_be_updated(client_for: httpx.Client) -> None:
    created = client_for.post("TollfreeVerification/", json=tfv_body(create_profile(client_for)))
    assert created.status_code == 201, created.text
    uuid = created.json()["uuid"]
    assert client_for.get(f"TollfreeVerification/{uuid}/").json()["status"] == "SUBMITTED"
    updated = client_for.post(f"TollfreeVerification/{uuid}/", json={"volume": "10,000"})
    assert updated.status_code == 202, updated.text
    assert client_for.get(f"TollfreeVerification/{uuid}/").json()["status"] == "SUBMITTED"


@pytest.mark.parametrize("client_for", [("--reviews", "instant")], indirect=True)
def test_instant_reviews_approve_before_the_create_returns(client_for: httpx.Client) -> None:
    created = client_for.post("TollfreeVerification/", json=tfv_body(create_profile(client_for)))
    uuid = created.json()["uuid"]
    assert client_for.get(f"TollfreeVerification/{uuid}/").json()["status"] == "APPROVED"
    refused = client_for.post(f"TollfreeVerification/{uuid}/", json={"volume": "10,000"})
    assert refused.status_code == 400 and "APPROVED" in refused.json()["error"]


def test_the_command_line_defaults_to_manual_reviews_and_instant_messages() -> None:
    behaviour = behaviour_from_command_line()
    assert (behaviour.reviews, behaviour.lifecycle) == ("manual", "instant")
