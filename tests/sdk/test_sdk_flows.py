"""The requests of the corpus that create or change something succeed on the emulator in a real flow.

Each SDK's recorded bodies are replayed in order (profiles, profile updates, brand, campaign, Powerpack,
messages), with the ids of the corpus replaced by the ones the emulator gave, so the
unset forms an SDK sends (plivo-go's `""` and `null`) are proven to be read as "not given".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from corpus_support import AUTH_ID, CORPUS, Entry
from plivo_emulator.auth import Account, Accounts
from plivo_emulator.config import Settings
from plivo_emulator.server import EmulatorServer

PROFILE_ID = "6e1b6f52-8b41-4a0e-9a47-7d1c8a1f0b6e"  # the ids the corpus uses
BRAND_ID = "BRPXS6E"
STEPS = (
    ("createProfile", "minimal"),
    ("createProfile", "full"),
    ("updateProfile", "minimal"),
    ("updateProfile", "full"),
    ("createBrand", "minimal"),
    ("createCampaign", "minimal"),
    ("createPowerpack", "full"),
    ("sendMessage", "whatsapp-minimal"),
    ("sendMessage", "bulk"),
)


@pytest.fixture
def emulator() -> Iterator[httpx.Client]:
    settings = Settings(
        # the subaccount the corpus's full profile names
        accounts=Accounts(
            [Account(AUTH_ID, "corpus-token"), Account("SAXXXXXXXXXXXXXXXXXX", "sub", AUTH_ID)]
        ),
        validate_responses=True,
    )
    with (
        EmulatorServer(settings) as server,
        httpx.Client(
            base_url=f"{server.base_url}/v1/Account/", auth=(AUTH_ID, "corpus-token"), timeout=30
        ) as client,
    ):
        yield client
        assert not server.runtime.response_failures, server.runtime.response_failures


@pytest.mark.parametrize("sdk", ["python", "node", "go"])
def test_create_and_update_flow(emulator: httpx.Client, sdk: str) -> None:
    entries = {(e.operation, e.case): e for e in Entry.load(CORPUS / f"{sdk}.json")}
    ids: dict[str, str] = {}
    ran = 0
    for step in STEPS:
        entry = entries.get(step)
        if entry is None:
            continue  # this SDK has no such call (a WhatsApp template without components, say)
        text = json.dumps([entry.url_path, entry.body])
        for placeholder, real in ids.items():
            text = text.replace(placeholder, real)
        path, body = json.loads(text)
        response = emulator.request(entry.method, path if path.endswith("/") else path + "/", json=body)
        assert response.status_code < 300, f"{step}: {response.status_code} {response.text}"
        answer: dict[str, Any] = response.json()
        if step == ("createProfile", "full"):  # a PUBLIC profile with an ein: it can have a STANDARD brand
            ids[PROFILE_ID] = answer["profile_uuid"]
            brand = emulator.post(
                f"{AUTH_ID}/10dlc/Brand/",
                json={"brand_alias": "b", "profile_uuid": ids[PROFILE_ID], "brand_type": "STANDARD"},
            )
            assert brand.status_code == 200, brand.text
            ids[BRAND_ID] = brand.json()["brand_id"]
        ran += 1
    assert ran >= 8
