"""Inbound messages: a handset texts one of an account's numbers.

The admin API configures a number's `message_url`/`message_method` (taking the number onto the
account if nobody rents it) and simulates an incoming SMS, MMS or WhatsApp message. The message is
stored as `inbound` (state `received`) and, when the number has a `message_url`, sent there signed,
with the fields of the spec's `InboundMessageCallback` (form-encoded for POST, query for GET),
through the same queue and retries as status callbacks. An answer with an XML content type is read
as Message XML: each `<Message>` is sent as `sendMessage` would send it, lifecycle included.
WhatsApp inbound records then become `delivered` (the URL took it) or `undelivered`.

SMS keywords set `MessageIntent`: STOP and its synonyms (`optout`) also block the number from
texting that handset again (outbound messages fail with 200) until it sends START (`optin`).
"""

from __future__ import annotations

import base64
import binascii
import json
import mimetypes
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import clock
from ..app import Incoming, invoke
from ..auth import Account
from ..errors import ApiError
from ..handlers.messages import MAX_MEDIA, message_record, shared
from ..handlers.number_pools import owner_of, take_number
from ..runtime import Runtime
from .callbacks import Callbacks
from .persist import NUMBER, OPTOUT

if TYPE_CHECKING:
    import httpx  # only a type here; callbacks.py imports it when a callback is first sent

EVENT = "inboundMessage"
OPTOUT_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT"})
OPTIN_WORDS = frozenset({"START", "YES", "UNSTOP", "OPTIN"})
HELP_WORDS = frozenset({"HELP", "INFO"})


@dataclass
class InboundMessage:
    """What the admin API was asked to deliver."""

    src: str
    dst: str
    type: str = "sms"
    text: str = ""
    media_urls: list[str] = field(default_factory=list)
    media: list[dict[str, str]] = field(default_factory=list)  # {content_type, content_base64}
    auth_id: str | None = None


def intent_of(message_type: str, text: str) -> str:
    if message_type != "sms":
        return ""
    word = text.strip().upper()
    if word in OPTOUT_WORDS:
        return "optout"
    if word in OPTIN_WORDS:
        return "optin"
    if word in HELP_WORDS:
        return "help"
    return ""


class Inbound:
    def __init__(self, rt: Runtime, callbacks: Callbacks) -> None:
        self.rt = rt
        self.store = rt.store
        self.callbacks = callbacks
        callbacks.on_delivered[EVENT] = self._on_answer
        callbacks.on_settled[EVENT] = self._on_settled

    def _account_names(self) -> list[str]:
        return [acc.auth_id for acc in self.rt.settings.accounts]

    # --------------------------------------------------------------------------------- numbers

    def find_number(self, number: str) -> tuple[str, dict[str, Any] | None] | None:
        """(account, inbound configuration or None) of a number some account has."""
        for account in self._account_names():
            doc = self.store.get_resource(account, NUMBER, number)
            if doc is not None:
                return account, doc
        owner = owner_of(self.store, number)
        return (owner, None) if owner is not None else None

    def configure(
        self, number: str, message_url: str | None, message_method: str, auth_id: str | None
    ) -> dict[str, Any]:
        found = self.find_number(number)
        if auth_id is None:
            auth_id = found[0] if found else self.rt.settings.accounts.primary.auth_id
        if self.rt.settings.accounts.get(auth_id) is None:
            raise ApiError(404, f"auth_id: no account {auth_id} in this emulator")
        if found is not None and found[0] != auth_id:
            raise ApiError(409, f"number {number} belongs to account {found[0]}")
        doc = {
            "number": number,
            "auth_id": auth_id,
            "message_url": message_url,
            "message_method": message_method,
            "updated_at": clock.iso(self.rt.clock.now()),
        }
        with self.store.transaction():
            if owner_of(self.store, number) is None:
                take_number(self.store, auth_id, number, rent=False)
            self.store.put_resource(auth_id, NUMBER, number, doc)
        return doc

    def numbers(self, auth_id: str | None = None) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for account in [auth_id] if auth_id else self._account_names():
            docs, _ = self.store.list_resources(account, NUMBER, limit=None, newest_first=False)
            out.extend(docs)
        return out

    def remove(self, number: str) -> bool:
        """Forget a number's configuration (the number stays on its account)."""
        found = self.find_number(number)
        return found is not None and self.store.delete_resource(found[0], NUMBER, number)

    # ------------------------------------------------------------------------------- receiving

    def _check(self, msg: InboundMessage) -> None:
        # admin-openapi.yaml checked the type, the text and each list (text or media, none for an
        # SMS); together the lists carry at most what a sent message of the type may
        media = len(msg.media_urls) + len(msg.media)
        limit = MAX_MEDIA.get(msg.type, 0)
        if media > limit:
            raise ApiError(400, f"media_urls: at most {limit} media items for {msg.type}")

    def _powerpack_of(self, account: str, number: str) -> str:
        for kind in ("pool_number", "pool_shortcode"):
            member = self.store.get_resource(account, kind, number)
            if member is not None:
                pool = self.store.get_resource(account, "number_pool", str(member.get("number_pool_uuid")))
                if pool is not None:
                    return str(pool.get("powerpack_uuid") or "")
        return ""

    def _store_media(
        self, account: str, message_uuid: str, msg: InboundMessage, base_url: str
    ) -> list[tuple[str, str]]:
        """Store the media as the message's media; (URL, content type) of each."""
        urls: list[tuple[str, str]] = []
        items: list[dict[str, Any]] = []
        for url in msg.media_urls:
            guessed = mimetypes.guess_type(url.split("?", 1)[0])[0] or "application/octet-stream"
            items.append({"content_type": guessed, "_source_url": url})
        for item in msg.media:
            try:
                data = base64.b64decode(item["content_base64"], validate=True)
            except (binascii.Error, KeyError):
                raise ApiError(400, "media: content_base64 is not valid base64") from None
            blob = self.store.add_blob(data)
            items.append(
                {
                    "content_type": item.get("content_type") or "application/octet-stream",
                    "size": len(data),
                    "_blob": blob,
                }
            )
        for item in items:
            media_id = str(uuid.uuid4())
            doc = {
                **item,
                "media_id": media_id,
                "message_uuid": message_uuid,
                "upload_time": clock.iso(self.rt.clock.now()),
            }
            self.store.put_resource(account, "message_media", media_id, doc, parent=message_uuid)
            urls.append((f"{base_url}/_emulator/media/{account}/{media_id}", str(item["content_type"])))
        return urls

    def _record(self, account: str, msg: InboundMessage, powerpack: str) -> tuple[str, dict[str, Any]]:
        """(sort time, record) of an incoming message: the record a send makes, `received`."""
        body: dict[str, Any] = {"text": msg.text, **({"powerpack_uuid": powerpack} if powerpack else {})}
        common = shared(account, "", body, msg.type, self.rt.clock.now())
        return common.sort_time, message_record(
            common, body, msg.type, msg.src, msg.dst, "inbound", "received"
        )

    @staticmethod
    def _params(
        record: dict[str, Any], msg: InboundMessage, media: list[tuple[str, str]], intent: str
    ) -> dict[str, str]:
        params = {
            "From": msg.src,
            "To": msg.dst,
            "Type": msg.type,
            "MessageUUID": record["message_uuid"],
            "Units": str(record["units"]),
            "TotalRate": record["total_rate"],
            "TotalAmount": record["total_amount"],
            "PowerpackUUID": str(record.get("powerpack_id") or ""),
        }
        if msg.type == "sms":
            params["Text"] = msg.text
            params["MessageIntent"] = intent
        else:
            params["Body"] = msg.text
        if media:
            params["MediaCount"] = str(len(media))
            # numbered from 1, as Plivo's documentation has it
            params.update({f"Media{i}": url for i, (url, _) in enumerate(media, start=1)})
        if msg.type == "whatsapp":
            params["ContentType"] = "media" if media else "text"
            if media:
                params["MimeType"] = media[0][1]
        return {key: value for key, value in params.items() if value != ""}

    def receive(self, msg: InboundMessage, base_url: str) -> tuple[dict[str, Any], str | None]:
        """Store an incoming message and queue its delivery; (the record, callback id or None)."""
        self._check(msg)
        found = self.find_number(msg.dst)
        if found is None or (msg.auth_id is not None and found[0] != msg.auth_id):
            raise ApiError(
                404, f"to: {msg.dst} is not a number of any account (PUT /_emulator/numbers/{msg.dst} first)"
            )
        account, config = found
        intent = intent_of(msg.type, msg.text)
        with self.store.transaction():
            sort_time, record = self._record(account, msg, self._powerpack_of(account, msg.dst))
            message_uuid = record["message_uuid"]
            self.store.insert_messages([(account, sort_time, record)])
            media = self._store_media(account, message_uuid, msg, base_url)
            blocked = f"{msg.dst}:{msg.src}"  # outbound from our number to this handset
            if intent == "optout":
                self.store.put_resource(account, OPTOUT, blocked, {"number": msg.dst, "handset": msg.src})
            elif intent == "optin":
                self.store.delete_resource(account, OPTOUT, blocked)
            callback_id = None
            url = str((config or {}).get("message_url") or "")
            if url:
                params = self._params(record, msg, media, intent)
                method = str((config or {}).get("message_method") or "POST")
                callback_id = self.callbacks.enqueue(
                    account, EVENT, message_uuid, url, method, params, {"emulator_base_url": base_url}
                )
        return record, callback_id

    # ---------------------------------------------------------------------------------- replies

    async def _on_answer(self, account: str, doc: dict[str, Any], response: httpx.Response) -> dict[str, Any]:
        """Send the messages of a Message XML answer; returns what to keep on the callback."""
        if "xml" not in response.headers.get("content-type", "").lower() or not response.content.strip():
            return {"replies": []}
        # The client package is imported when first needed: importing it is a fifth of start-up.
        from plivo_messaging.message_xml import MessageXmlError, parse_message_xml

        try:
            elements = parse_message_xml(response.content)
        except MessageXmlError as exc:
            return {"replies": [], "reply_error": f"the answer is not Message XML: {exc}"}
        replies: list[str] = []
        errors: list[str] = []
        for element in elements:
            body: dict[str, Any] = {"src": element.src, "dst": element.dst, "type": element.type}
            if element.text:
                body["text"] = element.text
            if element.callback_url:
                body["url"] = element.callback_url
                body["method"] = element.callback_method
            try:
                replies.extend(await self.send(account, body, str(doc.get("emulator_base_url") or "")))
            except ApiError as exc:
                errors.append(f"<Message dst={element.dst!r}>: {exc.message}")
        return {"replies": replies, "reply_error": "; ".join(errors) or None}

    async def send(self, account: str, body: dict[str, Any], base_url: str) -> list[str]:
        """Send as a `sendMessage` request of `account` (the same path through `app.invoke`:
        validation, lifecycle, callbacks); the uuids. Raises the ApiError of a refused send."""
        owner = self.rt.settings.accounts.get(account)
        if owner is None:
            raise ApiError(404, f"no account {account} in this emulator")
        request = _own_request("POST", f"/v1/Account/{account}/Message/", body, owner, base_url)
        status, payload, _ = await invoke(self.rt, self.rt, request)
        if status >= 400:
            raise ApiError(status, str((payload or {}).get("error") or status))
        return [str(u) for u in (payload or {}).get("message_uuid", [])]

    def _on_settled(self, account: str, doc: dict[str, Any]) -> None:
        message = self.store.get_message(account, str(doc["subject"]))
        if message is None or message["message_type"] != "whatsapp":
            return
        state = "delivered" if doc["state"] == "delivered" else "undelivered"
        now = self.rt.clock.now()
        self.store.update_message(
            message["message_uuid"],
            {"message_state": state, "message_updated_time": clock.message_time(now, micro=True)},
        )


def _own_request(method: str, path: str, body: Any, account: Account, base_url: str) -> Incoming:
    """A request the emulator makes of its own API, with the account's credentials, so that it takes
    the path of any other request."""
    raw = json.dumps(body).encode("utf-8")
    credentials = base64.b64encode(f"{account.auth_id}:{account.auth_token}".encode()).decode("ascii")
    scope: dict[str, Any] = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": b"",
        "headers": [
            (b"authorization", f"Basic {credentials}".encode("latin-1")),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(raw)).encode("latin-1")),
        ],
        "client": None,
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": raw, "more_body": False}

    return Incoming(scope, receive, base_url)
