"""The inbox page in headless Chromium: live updates without a reload, a handset reply reaching the
application signed, a review approved from the page, text shown as text, nothing loaded from
elsewhere and no console error. One browser for the module, a fresh tab per test."""

from __future__ import annotations

import base64
import json
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_support import Chromium, Page
from inbox_support import PROFILE, WebhookApp, send_sms
from plivo_messaging.signature import validate_signature_v3

APP_NUMBER = "14155550100"
HANDSET = "14155550123"
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "build" / "inbox-conversation.png"


def png(width: int, height: int) -> bytes:
    """A small gradient picture, as a handset's photo."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((40 + 150 * x // width, 110 + 90 * y // height, 200)) for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PHOTO = base64.b64encode(png(96, 64)).decode()


def js(value: str) -> str:
    return json.dumps(value)


@pytest.fixture
def inbox(plivo_emulator: Any, chromium: Chromium) -> Iterator[Page]:
    """A tab on the inbox, loaded and listening for changes; afterwards nothing it requested may be
    outside the emulator, and it must have reported no error."""
    page = chromium.page()
    page.goto(f"{plivo_emulator.base_url}/_emulator/inbox/")
    page.wait_for("document.getElementById('live').classList.contains('on')")
    page.evaluate("window.sameDocument = true")
    yield page
    own = plivo_emulator.base_url + "/"
    assert [url for url in page.requests if not url.startswith((own, "data:"))] == []
    assert page.errors == []
    assert page.dialogs == []
    page.send("Page.close")


def conversation(peer: str) -> str:
    return f"document.querySelector('.conversation[data-peer={js(peer)}]')"


def test_a_message_sent_through_the_api_appears_within_a_second(plivo_emulator: Any, inbox: Page) -> None:
    send_sms(plivo_emulator, APP_NUMBER, HANDSET, "Your table for two is booked.")
    sent = time.monotonic()
    inbox.wait_for(f"{conversation(HANDSET)}?.textContent.includes('Your table for two is booked.')", 1.0)
    assert time.monotonic() - sent < 1.0
    assert inbox.evaluate("window.sameDocument === true")  # no reload happened


def test_state_changes_and_callback_attempts_appear_live(plivo_emulator: Any, inbox: Page) -> None:
    with WebhookApp() as app:
        # 15550090002 gets no delivery report: the message waits in `sent` until the admin API moves it
        uuid = send_sms(plivo_emulator, APP_NUMBER, "15550090002", "Reminder: 3 pm", url=app.url)
        inbox.wait_for(conversation("15550090002"), 2.0)
        inbox.click(".conversation button")
        inbox.wait_for(f"document.querySelector('.message[data-uuid={js(uuid)}]')", 2.0)
        inbox.click(f".message[data-uuid={js(uuid)}] button")
        inbox.wait_for("document.querySelectorAll('#detail .attempt').length === 2", 5.0)  # queued, sent
        plivo_emulator.advance_message(uuid, "delivered")
        moved = time.monotonic()
        inbox.wait_for(
            f"document.querySelector('.message[data-uuid={js(uuid)}] .badge')?.textContent === 'delivered'",
            1.0,
        )
        assert time.monotonic() - moved < 1.0
        inbox.wait_for("document.querySelectorAll('#detail .attempt').length === 3", 5.0)
        detail = inbox.evaluate("document.getElementById('detail').textContent")
    for shown in ("X-Plivo-Signature-V3", "Status=delivered", app.url, "units", "total_amount", "Lifecycle"):
        assert shown in detail
    assert inbox.evaluate("window.sameDocument === true")


def test_a_handset_reply_typed_in_the_page_reaches_the_application_signed(
    plivo_emulator: Any, inbox: Page
) -> None:
    with WebhookApp() as app:
        plivo_emulator.configure_number(APP_NUMBER, app.url)
        send_sms(plivo_emulator, APP_NUMBER, HANDSET, "Reply YES to confirm your appointment.")
        inbox.wait_for(conversation(HANDSET), 2.0)
        inbox.click(".conversation button")
        inbox.wait_for("!document.getElementById('reply').hidden", 2.0)
        inbox.type("#reply-text", "YES, see you then")
        inbox.click("#reply-send")
        hit = app.wait_for_hit()
        inbox.wait_for(
            "document.querySelector('.message.inbound .text')?.textContent === 'YES, see you then'"
        )
    assert (hit.form["From"], hit.form["To"], hit.form["Text"]) == (HANDSET, APP_NUMBER, "YES, see you then")
    assert validate_signature_v3(
        "POST",
        app.url,
        hit.headers["x-plivo-signature-v3-nonce"],
        plivo_emulator.auth_token,
        hit.headers["x-plivo-signature-v3"],
        hit.form,
    )
    assert not validate_signature_v3(
        "POST",
        app.url,
        hit.headers["x-plivo-signature-v3-nonce"],
        "another-token",
        hit.headers["x-plivo-signature-v3"],
        hit.form,
    )


def test_a_handset_photo_from_the_page_reaches_the_application(
    plivo_emulator: Any, inbox: Page, tmp_path: Path
) -> None:
    photo = tmp_path / "card.png"
    photo.write_bytes(base64.b64decode(PHOTO))
    with WebhookApp() as app:
        plivo_emulator.configure_number(APP_NUMBER, app.url)
        send_sms(plivo_emulator, APP_NUMBER, HANDSET, "Please send a photo of your insurance card.")
        inbox.wait_for(conversation(HANDSET), 2.0)
        inbox.click(".conversation button")
        inbox.wait_for("!document.getElementById('reply').hidden", 2.0)
        inbox.type("#reply-text", "Here it is")
        inbox.set_files("#reply-media", [photo])
        inbox.click("#reply-send")
        hit = app.wait_for_hit()
        inbox.wait_for("document.querySelector('.message.inbound img.thumb')?.complete", 2.0)
    assert (hit.form["Type"], hit.form["Body"], hit.form["MediaCount"]) == ("mms", "Here it is", "1")
    media = httpx.get(hit.form["Media1"], trust_env=False)
    assert (media.status_code, media.content) == (200, photo.read_bytes())


def test_approving_a_brand_on_the_page_changes_its_state_through_the_api(
    plivo_emulator: Any, inbox: Page
) -> None:
    with httpx.Client(
        base_url=plivo_emulator.account_url(), auth=plivo_emulator.auth, trust_env=False
    ) as api:
        profile = api.post("Profile/", json=PROFILE).json()["profile_uuid"]
        # `#hold` keeps the review open until the admin API (here: the page) ends it
        created = api.post("10dlc/Brand/", json={"brand_alias": "Harbor #hold", "profile_uuid": profile})
        brand_id = created.json()["brand_id"]
        assert api.get(f"10dlc/Brand/{brand_id}/").json()["brand"]["registration_status"] == "PROCESSING"
        inbox.click(".tab[data-tab=compliance]")
        row = f"document.querySelector('.compliance-row[data-kind=brand][data-id={js(brand_id)}]')"
        inbox.wait_for(row, 2.0)
        inbox.evaluate(f"{row}.querySelector('button[data-action=approve]').click()")
        inbox.wait_for(f"{row}.querySelector('.status').textContent === 'COMPLETED'", 2.0)
        assert api.get(f"10dlc/Brand/{brand_id}/").json()["brand"]["registration_status"] == "COMPLETED"


def test_script_text_is_shown_as_text(plivo_emulator: Any, inbox: Page) -> None:
    attack = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    plivo_emulator.configure_number(APP_NUMBER, None)
    send_sms(plivo_emulator, APP_NUMBER, HANDSET, attack)
    plivo_emulator.simulate_inbound(HANDSET, APP_NUMBER, attack)
    inbox.wait_for(conversation(HANDSET), 2.0)
    inbox.click(".conversation button")
    inbox.wait_for("document.querySelectorAll('#thread .message').length === 2", 2.0)
    inbox.click("#thread .message button")
    inbox.wait_for("document.querySelector('#detail .fields')", 2.0)
    shown = inbox.evaluate("[...document.querySelectorAll('#thread .text')].map(n => n.textContent)")
    assert shown == [attack, attack]
    assert inbox.evaluate("document.querySelectorAll('main script, main img[src=x]').length") == 0
    assert attack in inbox.evaluate("document.getElementById('detail').textContent")


def test_every_view_loads_only_from_the_emulator_without_errors(plivo_emulator: Any, inbox: Page) -> None:
    """The fixture checks requests and errors; this walks every tab and control first."""
    plivo_emulator.configure_number(APP_NUMBER, None)
    plivo_emulator.simulate_inbound(
        HANDSET, APP_NUMBER, media=[{"content_type": "image/png", "content_base64": PHOTO}], type="mms"
    )
    inbox.wait_for(conversation(HANDSET), 2.0)
    inbox.click(".conversation button")
    inbox.wait_for("document.querySelector('#thread img.thumb')?.complete", 2.0)
    assert inbox.evaluate("document.querySelector('#thread img.thumb').naturalWidth") == 96
    inbox.click(".tab[data-tab=controls]")
    inbox.wait_for("document.getElementById('clock-now').textContent !== ''", 2.0)
    inbox.click("#clock button[type=submit]")
    inbox.wait_for("document.getElementById('clock-offset').textContent === '60'", 2.0)
    assert plivo_emulator.clock()["offset_seconds"] == 60
    inbox.evaluate("document.getElementById('fault-status').value = '503'")
    inbox.evaluate("document.getElementById('fault-count').value = '1'")
    inbox.click("#fault button[type=submit]")
    inbox.wait_for("document.querySelectorAll('#fault-list li').length === 1", 2.0)
    [fault] = plivo_emulator.admin("GET", "faults")["objects"]
    assert (fault["status"], fault["remaining"], fault["auth_id"]) == (503, 1, plivo_emulator.auth_id)
    inbox.click("#reset-account")
    inbox.wait_for("document.getElementById('notice').textContent.startsWith('reset')", 2.0)
    assert plivo_emulator.outbox(direction="inbound") == []
    inbox.click(".tab[data-tab=compliance]")
    inbox.wait_for("!document.getElementById('no-compliance').hidden", 2.0)


def test_a_conversation_screenshot(plivo_emulator: Any, inbox: Page) -> None:
    """Renders a conversation with its message detail into build/ (the README's picture comes from it)."""
    with WebhookApp() as app:
        plivo_emulator.configure_number(APP_NUMBER, app.url)
        send_sms(
            plivo_emulator,
            APP_NUMBER,
            HANDSET,
            "Harbor Dental: your cleaning is tomorrow at 10:00. Reply C to confirm.",
            url=app.url,
        )
        plivo_emulator.simulate_inbound(HANDSET, APP_NUMBER, "C")
        uuid = send_sms(
            plivo_emulator,
            APP_NUMBER,
            HANDSET,
            "Confirmed, see you tomorrow! Your check-in code is 482913.",
            url=app.url,
        )
        plivo_emulator.simulate_inbound(
            HANDSET, APP_NUMBER, "Here is my insurance card", type="mms",
            media=[{"content_type": "image/png", "content_base64": PHOTO}],
        )  # fmt: skip
        plivo_emulator.wait_for_callbacks(subject=uuid)
        inbox.wait_for(conversation(HANDSET), 2.0)
        inbox.click(".conversation button")
        inbox.wait_for(f"document.querySelector('.message[data-uuid={js(uuid)}]')", 2.0)
        inbox.click(f".message[data-uuid={js(uuid)}] button")
        inbox.wait_for("document.querySelectorAll('#detail .attempt').length === 3", 5.0)
        SCREENSHOT.parent.mkdir(exist_ok=True)
        inbox.screenshot(SCREENSHOT)
    assert SCREENSHOT.read_bytes().startswith(b"\x89PNG")
    assert (ROOT / "docs" / "inbox-conversation.png").read_bytes().startswith(b"\x89PNG")
