"""Inbound messages: a simulated handset texts a number, the number's message_url gets Plivo's
inbound fields (signed), and a Message XML answer sends replies like the API does."""

from __future__ import annotations

import base64
from xml.etree import ElementTree

import httpx
from behaviour_support import assert_valid, message, send, settled_callbacks
from callback_receiver import Receiver
from emulator_support import MAIN, OTHER
from plivo import plivoxml  # type: ignore[import-untyped]
from plivo.utils.signature_v3 import validate_v3_signature  # type: ignore[import-untyped]
from plivo_messaging.message_xml import MessageElement, message_xml

NUMBER = "14155550100"
HANDSET = "14155550199"


def xml_tree(text: str) -> list[tuple[str, dict[str, str], str]]:
    """(tag, attributes, text) of each element, whitespace between elements left out."""
    return [(e.tag, dict(e.attrib), (e.text or "").strip()) for e in ElementTree.fromstring(text).iter()]


def configure(admin: httpx.Client, url: str | None, method: str = "POST", number: str = NUMBER) -> None:
    resp = admin.put(f"numbers/{number}", json={"message_url": url, "message_method": method})
    assert resp.status_code == 200, resp.text


def inbound(admin: httpx.Client, **body: object) -> dict[str, object]:
    payload: dict[str, object] = {"from": HANDSET, "to": NUMBER, "text": "Is my order ready?"}
    payload.update(body)
    resp = admin.post("inbound", json=payload)
    assert resp.status_code == 200, resp.text
    result: dict[str, object] = resp.json()
    return result


def test_an_sms_reaches_the_message_url(api: httpx.Client, admin: httpx.Client, receiver: Receiver) -> None:
    configure(admin, receiver.url("/inbound"))
    result = inbound(admin)
    [request] = receiver.wait_for(1)
    params = request.form
    assert_valid("InboundMessageCallback", params)
    assert (params["From"], params["To"], params["Type"], params["Text"]) == (
        HANDSET,
        NUMBER,
        "sms",
        "Is my order ready?",
    )
    assert params["MessageUUID"] == result["message_uuid"]
    assert "MessageIntent" not in params  # not a keyword
    nonce = request.headers["X-Plivo-Signature-V3-Nonce"]
    assert validate_v3_signature(
        "POST", request.url, nonce, MAIN.auth_token, request.headers["X-Plivo-Signature-V3"], params
    )
    record = message(api, str(result["message_uuid"]))
    assert (record["message_direction"], record["message_state"]) == ("inbound", "received")
    assert (record["from_number"], record["to_number"]) == (HANDSET, NUMBER)
    listed = api.get("Message/", params={"message_direction": "inbound"}).json()["objects"]
    assert [m["message_uuid"] for m in listed] == [result["message_uuid"]]
    callback = result["callback"]
    assert (
        isinstance(callback, dict)
        and callback["state"] == "delivered"
        and callback["event"] == "inboundMessage"
    )


def test_a_message_xml_answer_sends_replies(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver
) -> None:
    configure(admin, receiver.url("/inbound"))
    # The answer is written by the official SDK's plivoxml (the oracle), and our own writer makes the
    # same document (it spells out the defaults, `type` and `callbackMethod`).
    official = plivoxml.ResponseElement()
    first = plivoxml.MessageElement(
        "Yes, it ships today.", NUMBER, HANDSET, "sms", receiver.url("/status"), "POST"
    )
    official.add(first)
    official.add(
        plivoxml.MessageElement("Copy for the team.", src=NUMBER, dst=f"{HANDSET}<15550000080", type="sms")
    )
    reply = str(official.to_string())
    ours = message_xml(
        MessageElement(NUMBER, HANDSET, "Yes, it ships today.", callback_url=receiver.url("/status")),
        MessageElement(NUMBER, f"{HANDSET}<15550000080", "Copy for the team."),
    )
    assert xml_tree(ours) == xml_tree(reply)
    receiver.answer(200, reply, content_type="application/xml")
    result = inbound(admin)
    callback = result["callback"]
    assert isinstance(callback, dict)
    replies = callback["replies"]
    assert len(replies) == 3 and callback.get("reply_error") is None
    first = message(api, replies[0])
    assert (first["from_number"], first["to_number"], first["message_state"]) == (
        NUMBER,
        HANDSET,
        "delivered",
    )
    assert message(api, replies[2])["message_state"] == "undelivered"  # a magic number in the reply
    outbox = admin.get("outbox", params={"to_number": HANDSET}).json()["objects"]
    assert [m["text"] for m in outbox] == ["Yes, it ships today.", "Copy for the team."]
    statuses = receiver.wait_for(3, path="/status")
    assert [r.form["Status"] for r in statuses] == ["queued", "sent", "delivered"]


def test_an_answer_that_is_not_message_xml(admin: httpx.Client, receiver: Receiver) -> None:
    configure(admin, receiver.url("/inbound"))
    receiver.answer(200, "<Response><Speak>hi</Speak></Response>", content_type="text/xml")
    callback = inbound(admin)["callback"]
    assert isinstance(callback, dict)
    assert callback["replies"] == [] and "Speak" in callback["reply_error"]
    receiver.answer(200, "thanks", content_type="text/plain")  # anything else just acknowledges
    callback = inbound(admin)["callback"]
    assert isinstance(callback, dict) and callback["replies"] == [] and callback.get("reply_error") is None
    assert admin.get("outbox").json()["objects"] == []


def test_mms_media_arrive_as_urls(admin: httpx.Client, receiver: Receiver) -> None:
    configure(admin, receiver.url("/inbound"))
    photo = b"\x89PNG\r\n\x1a\n fake picture"
    inbound(
        admin,
        type="mms",
        text="Damaged box",
        media_urls=["https://example.com/box.jpg"],
        media=[{"content_type": "image/png", "content_base64": base64.b64encode(photo).decode()}],
    )
    params = receiver.wait_for(1)[0].form
    assert_valid("InboundMessageCallback", params)
    assert (params["Type"], params["Body"], params["MediaCount"]) == ("mms", "Damaged box", "2")
    assert "Text" not in params
    linked = httpx.get(params["Media1"])
    assert linked.status_code == 302 and linked.headers["location"] == "https://example.com/box.jpg"
    uploaded = httpx.get(params["Media2"])
    assert uploaded.content == photo and uploaded.headers["content-type"] == "image/png"


def test_whatsapp_inbound_is_delivered_or_undelivered(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver
) -> None:
    configure(admin, receiver.url("/inbound"))
    result = inbound(admin, type="whatsapp", text="Hello", media_urls=["https://example.com/menu.pdf"])
    params = receiver.wait_for(1)[0].form
    assert (params["ContentType"], params["MimeType"], params["Body"]) == (
        "media",
        "application/pdf",
        "Hello",
    )
    assert message(api, str(result["message_uuid"]))["message_state"] == "delivered"
    receiver.answer(410)
    refused = inbound(admin, type="whatsapp", text="Hello again")
    settled_callbacks(admin, subject=str(refused["message_uuid"]))
    assert message(api, str(refused["message_uuid"]))["message_state"] == "undelivered"


def test_get_message_url(admin: httpx.Client, receiver: Receiver) -> None:
    configure(admin, receiver.url("/inbound?app=7"), method="GET")
    inbound(admin)
    request = receiver.wait_for(1)[0]
    assert request.method == "GET" and request.query["app"] == "7" and request.query["From"] == HANDSET
    nonce = request.headers["X-Plivo-Signature-V3-Nonce"]
    assert validate_v3_signature(
        "GET", request.url, nonce, MAIN.auth_token, request.headers["X-Plivo-Signature-V3"], {}
    )


def test_stop_blocks_the_number_until_start(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver
) -> None:
    configure(admin, receiver.url("/inbound"))
    inbound(admin, text="stop")
    assert receiver.wait_for(1)[0].form["MessageIntent"] == "optout"
    [blocked] = send(api, src=NUMBER, dst=HANDSET)
    record = message(api, blocked)
    assert (record["message_state"], record["error_code"]) == ("failed", "200")
    [elsewhere] = send(api, src="14155550101", dst=HANDSET)  # only that number is blocked
    assert message(api, elsewhere)["message_state"] == "delivered"
    inbound(admin, text="START")
    assert receiver.wait_for(2)[1].form["MessageIntent"] == "optin"
    [again] = send(api, src=NUMBER, dst=HANDSET)
    assert message(api, again)["message_state"] == "delivered"
    inbound(admin, text="help")
    assert receiver.wait_for(3)[2].form["MessageIntent"] == "help"


def test_numbers_belong_to_one_account(admin: httpx.Client, other_api: httpx.Client) -> None:
    missing = admin.post("inbound", json={"from": HANDSET, "to": "14155550177", "text": "hi"})
    assert missing.status_code == 404
    configure(admin, None)  # on the primary account, with no message_url
    stored = inbound(admin)
    assert stored["callback"] is None and stored["auth_id"] == MAIN.auth_id
    taken = admin.put(f"numbers/{NUMBER}", json={"message_url": None, "auth_id": OTHER.auth_id})
    assert taken.status_code == 409
    mine = admin.put(
        "numbers/14155550188", json={"message_url": "https://example.com/in", "auth_id": OTHER.auth_id}
    )
    assert mine.status_code == 200
    numbers = admin.get("numbers", params={"auth_id": OTHER.auth_id}).json()["objects"]
    assert [n["number"] for n in numbers] == ["14155550188"]
    assert admin.put(f"numbers/{NUMBER}", json={"message_url": "ftp://example.com/in"}).status_code == 400
    assert admin.delete("numbers/14155550188").status_code == 204
    assert admin.delete("numbers/14155550188").status_code == 404


def test_an_inbound_record_has_the_fields_of_a_sent_one(api: httpx.Client, admin: httpx.Client) -> None:
    configure(admin, None)
    received = message(api, str(inbound(admin)["message_uuid"]))
    [sent_uuid] = send(api, src=NUMBER, dst=HANDSET)
    sent = message(api, sent_uuid)
    assert set(received) == set(sent)
    assert (received["message_direction"], received["message_state"]) == ("inbound", "received")
    assert (received["total_rate"], received["total_amount"]) == ("0.00000", "0.00000")
    assert received["dlt_entity_id"] is None
