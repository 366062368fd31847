"""Messages: send, get, list; the media attached to a message.

Sending makes one record per valid destination in state `queued` and emits `hooks.messages_storing`
inside its transaction, where a lifecycle module plans each message's way on (an instant lifecycle
moves it to its final state before it is written) and stores its status callbacks; then
`hooks.messages_queued` once the transaction is committed. The record keeps the request's content
under private keys (`_text`, `_request`) that are never serialised.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .. import billing, clock, numbers
from ..context import Ctx, Result
from ..hooks import MessagesQueued
from ..store import MESSAGE_FILTER_COLUMNS, Store
from . import spec_facts
from .common import bad_request, list_page, media_url, new_id, not_found, paging, public
from .registry import handles

MAX_DESTINATIONS = 1000
# Media per message: the send schema's `maxItems` for media (MMS), narrowed for WhatsApp in its `allOf`.
MAX_MEDIA = {
    "mms": int(spec_facts.property_schema("SendMessageRequest", "media_urls")["maxItems"]),
    "whatsapp": next(
        int(rule["then"]["properties"]["media_urls"]["maxItems"])
        for rule in spec_facts.property_schema("SendMessageRequest").get("allOf", [])
        if rule.get("then", {}).get("properties", {}).get("media_urls")
    ),
}
TIME_FILTERS = {
    "message_time__gt": ">",
    "message_time__gte": ">=",
    "message_time__lt": "<",
    "message_time__lte": "<=",
}
POOL_KINDS = ("pool_number", "pool_tollfree", "pool_shortcode")


def default_powerpack_sender(store: Store, account: str, powerpack_uuid: str, destination: str) -> str:
    """A sender from the Powerpack's pool, preferring one in the destination's country.

    Reads the Powerpack (`powerpack` resources; `number_pool` ends with the pool uuid) and the pool's
    members (`pool_number`, `pool_tollfree`, `pool_shortcode` resources whose parent is the pool uuid
    and whose document has `number`, `tollfree` or `shortcode`).
    """
    pack = store.get_resource(account, "powerpack", powerpack_uuid)
    if pack is None:
        raise bad_request(f"powerpack_uuid: no Powerpack {powerpack_uuid} in this account")
    pool = str(pack.get("number_pool") or "").rstrip("/").rsplit("/", 1)[-1]
    members: list[str] = []
    for kind in POOL_KINDS:
        docs, _ = store.list_resources(account, kind, parent=pool, limit=None, newest_first=False)
        members.extend(str(d.get("number") or d.get("tollfree") or d.get("shortcode") or "") for d in docs)
    members = [m for m in members if m]
    if not members:
        raise bad_request(f"powerpack_uuid: the number pool of Powerpack {powerpack_uuid} has no numbers")
    wanted = numbers.country_of(destination)
    local = [m for m in members if numbers.country_of(m) == wanted]
    return (local or members)[0]


def _split_destinations(raw: str) -> tuple[list[str], list[str]]:
    valid: list[str] = []
    invalid: list[str] = []
    for part in raw.split("<"):
        if not part.strip():
            continue
        number = numbers.sanitize(part)
        target = valid if numbers.is_valid_destination(number) else invalid
        shown = number if target is valid else part.strip()
        if shown not in target:  # a destination repeated in one request gets one message
            target.append(shown)
    return valid, invalid


def _check_content(body: dict[str, Any], mtype: str) -> None:
    text = body.get("text")
    media = list(body.get("media_urls") or []) + list(body.get("media_ids") or [])
    whatsapp_parts = [k for k in ("template", "interactive", "location") if body.get(k) is not None]
    if mtype != "whatsapp" and whatsapp_parts:
        raise bad_request(f"{whatsapp_parts[0]}: only applies to messages of type whatsapp")
    if mtype == "sms" and not text:
        raise bad_request("text: this parameter is required for sms")
    if mtype == "mms" and not text and not media:
        raise bad_request("media_urls: an mms needs media_urls, media_ids or text")
    if mtype == "whatsapp" and not (text or media or whatsapp_parts):
        raise bad_request("text: a whatsapp message needs text, media, template, interactive or location")
    if mtype in MAX_MEDIA and len(media) > MAX_MEDIA[mtype]:
        raise bad_request(f"media_urls: at most {MAX_MEDIA[mtype]} media items for {mtype}")
    if text:
        limit = billing.text_limit(mtype, text)
        if len(text) > limit:
            raise bad_request(f"text: must be at most {limit} characters for this {mtype} and encoding")


def _media_plan(ctx: Ctx, body: dict[str, Any], mtype: str) -> list[dict[str, Any]]:
    """The media items each message will carry: uploaded ones by id, the others by URL."""
    if mtype == "sms":
        return []
    plan: list[dict[str, Any]] = []
    for media_id in body.get("media_ids") or []:
        doc = ctx.store.get_resource(ctx.account.auth_id, "media", str(media_id))
        if doc is None:
            raise bad_request(f"media_ids: no uploaded media {media_id} in this account")
        plan.append({"content_type": doc["content_type"], "size": doc["size"], "_blob": doc["_blob"]})
    for url in body.get("media_urls") or []:
        guessed = mimetypes.guess_type(str(url).split("?", 1)[0])[0] or "application/octet-stream"
        # Plivo reports the size of the file it fetched; the emulator does not fetch, so it says 0.
        plan.append({"content_type": guessed, "size": 0, "_source_url": str(url)})
    return plan


def _sender(ctx: Ctx, body: dict[str, Any], destination: str) -> str:
    src = body.get("src")
    if src:
        cleaned = numbers.sanitize(str(src))
        return cleaned if cleaned.isdigit() else str(src)
    return default_powerpack_sender(ctx.store, ctx.account.auth_id, str(body["powerpack_uuid"]), destination)


def _log_mode(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if value is not None else "true"


@dataclass(frozen=True)
class Shared:
    """What every message of one send (or one inbound message) has in common, computed once rather
    than per destination."""

    sort_time: str
    message_time: str
    updated_time: str
    units: int
    log: str
    text: str | None  # the text kept on the record (None when logging of content is off)
    mask: bool  # destinations are shown masked
    request: dict[str, Any]
    resource_prefix: str
    requester_ip: str


def shared(account: str, client_ip: str, body: dict[str, Any], mtype: str, now: datetime) -> Shared:
    text = body.get("text")
    log = _log_mode(body.get("log"))
    sort_time, message_time, updated_time = clock.message_times(now)
    return Shared(
        sort_time=sort_time,
        message_time=message_time,
        updated_time=updated_time,
        units=billing.units(mtype, text),
        log=log,
        text=None if log in ("false", "content_only") else text,
        mask=log in ("false", "number_only"),
        request={k: v for k, v in body.items() if k not in ("text", "dst")},
        resource_prefix=f"/v1/Account/{account}/Message/",
        requester_ip=client_ip,
    )


def message_record(
    common: Shared,
    body: dict[str, Any],
    mtype: str,
    src: str,
    dst: str,
    direction: str = "outbound",
    state: str = "queued",
) -> dict[str, Any]:
    """The record of one message, outbound (`queued`, charged) or inbound (`received`: receiving is
    free in the emulator's price table)."""
    country = numbers.country_of(dst)
    unit_count = common.units
    if direction == "outbound":
        total_rate, total_amount = billing.charge(mtype, country, unit_count)
    else:
        total_rate = total_amount = "0.00000"
    message_uuid = clock.time_uuid()
    return {
        "message_uuid": message_uuid,
        "message_time": common.message_time,
        "message_direction": direction,
        "message_state": state,
        "message_type": mtype,
        "from_number": src,
        "to_number": numbers.mask(dst) if common.mask else dst,
        "units": unit_count,
        "total_rate": total_rate,
        "total_amount": total_amount,
        "error_code": None,
        "error_message": "",
        "resource_uri": f"{common.resource_prefix}{message_uuid}/",
        "powerpack_id": body.get("powerpack_uuid"),
        "requester_ip": common.requester_ip,
        "is_domestic": numbers.country_of(src) == country if country else False,
        "destination_country_iso2": country or "",
        "destination_network": "",
        "mcc": None,
        "mnc": None,
        "carrier_fees": "0.00000",
        "carrier_fees_rate": "0.00000",
        "replaced_sender": "",
        "tendlc_campaign_id": None,
        "tendlc_registration_status": None,
        "dlt_entity_id": body.get("dlt_entity_id"),
        "dlt_template_id": body.get("dlt_template_id"),
        "dlt_template_category": body.get("dlt_template_category"),
        "conversation_id": None,
        "conversation_origin": None,
        "conversation_expiration_timestamp": None,
        "log": common.log,
        "message_sent_time": None,
        "message_updated_time": common.updated_time,
        # private: the content and the request, for the lifecycle module and inspection
        "_destination": dst,
        "_text": common.text,
        "_request": dict(common.request),
    }


@handles("sendMessage")
def send_message(ctx: Ctx) -> Result:
    body: dict[str, Any] = dict(ctx.body or {})
    src, powerpack = body.get("src"), body.get("powerpack_uuid")
    if src and powerpack:
        raise bad_request("src: give either src or powerpack_uuid, not both")
    if not src and not powerpack:
        raise bad_request("src: this parameter is required unless powerpack_uuid is given")
    mtype = str(body.get("type") or "sms")
    if mtype == "whatsapp" and not src:
        raise bad_request("src: this parameter is required for whatsapp messages")
    _check_content(body, mtype)

    valid, invalid = _split_destinations(str(body.get("dst") or ""))
    if len(valid) + len(invalid) > MAX_DESTINATIONS:
        raise bad_request(f"dst: at most {MAX_DESTINATIONS} destinations per request")
    if src and numbers.sanitize(str(src)) in valid:
        raise bad_request("dst: a destination number cannot be the same as src")
    if not valid:
        raise bad_request(f"dst: no valid destination number in {body.get('dst')!r}")

    now = ctx.clock.now()
    records: list[dict[str, Any]] = []
    with ctx.store.transaction():
        media = _media_plan(ctx, body, mtype)
        common = shared(ctx.account.auth_id, ctx.client_ip, body, mtype, now)
        for dst in valid:
            records.append(message_record(common, body, mtype, _sender(ctx, body, dst), dst))
        uuids = tuple(r["message_uuid"] for r in records)
        event = MessagesQueued(ctx.account.auth_id, uuids, tuple(records))
        ctx.hooks.messages_storing(event)
        ctx.store.insert_messages([(ctx.account.auth_id, common.sort_time, r) for r in records])
        for record in records:
            for item in media:
                media_id = new_id()
                doc = {**item, "media_id": media_id, "message_uuid": record["message_uuid"]}
                doc["upload_time"] = clock.iso(now)
                if "_blob" in doc:
                    ctx.store.retain_blob(doc["_blob"])
                ctx.store.put_resource(
                    ctx.account.auth_id, "message_media", media_id, doc, parent=record["message_uuid"]
                )

    ctx.hooks.messages_queued(event)
    response: dict[str, Any] = {"message": "message(s) queued", "message_uuid": list(uuids)}
    if invalid:
        response["invalid_number"] = invalid
    return Result(response)


@handles("getMessage")
def get_message(ctx: Ctx) -> Result:
    doc = ctx.store.get_message(ctx.account.auth_id, str(ctx.path["message_uuid"]))
    if doc is None:
        raise not_found("message")
    return Result(public(doc))


def _time_conditions(ctx: Ctx) -> list[tuple[str, str, Any]]:
    conditions: list[tuple[str, str, Any]] = []
    given = False
    for name, op in (("message_time", "="), *TIME_FILTERS.items()):
        if name not in ctx.query:
            continue
        given = True
        try:
            moment, precision = clock.parse_filter_time(str(ctx.query[name]))
        except ValueError as exc:
            raise bad_request(f"{name}: {exc}") from None
        if op == "=":
            conditions.append(("sort_time", ">=", clock.sort_key(moment)))
            conditions.append(("sort_time", "<", clock.sort_key(moment + precision)))
        else:
            conditions.append(("sort_time", op, clock.sort_key(moment)))
    if not given and ctx.settings.list_window_hours > 0:
        since = ctx.clock.now() - timedelta(hours=ctx.settings.list_window_hours)
        conditions.append(("sort_time", ">=", clock.sort_key(since)))
    return conditions


def _list_accounts(ctx: Ctx) -> list[str]:
    sub = ctx.query.get("subaccount")
    if not sub:
        return [ctx.account.auth_id]
    if not ctx.account.is_main:
        raise bad_request("subaccount: only a main account can filter by subaccount")
    child = ctx.accounts.get(str(sub))
    if child is None or child.parent != ctx.account.auth_id:
        raise bad_request(f"subaccount: {sub} is not a subaccount of this account")
    return [child.auth_id]


@handles("listMessages")
def list_messages(ctx: Ctx) -> Result:
    conditions = _time_conditions(ctx)
    for column in MESSAGE_FILTER_COLUMNS:
        value = ctx.query.get(column)
        if value is None or value == "":
            continue
        if column == "error_code":
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise bad_request(f"error_code: {value!r} is not a number") from None
        elif column in ("from_number", "to_number") and numbers.sanitize(str(value)).isdigit():
            value = numbers.sanitize(str(value))
        conditions.append((column, "=", value))
    limit, offset = paging(ctx)
    docs, total = ctx.store.list_messages(_list_accounts(ctx), conditions, limit, offset)
    return Result(list_page(ctx, [public(d) for d in docs], total))


def _message_media(ctx: Ctx, doc: dict[str, Any]) -> dict[str, Any]:
    out = public(doc)
    out["media_url"] = media_url(ctx, doc["media_id"])
    return out


def _owned_message(ctx: Ctx) -> str:
    message_uuid = str(ctx.path["message_uuid"])
    if ctx.store.get_message(ctx.account.auth_id, message_uuid) is None:
        raise not_found("message")
    return message_uuid


@handles("listMessageMedia")
def list_message_media(ctx: Ctx) -> Result:
    message_uuid = _owned_message(ctx)
    docs, _ = ctx.store.list_resources(
        ctx.account.auth_id, "message_media", parent=message_uuid, limit=None, newest_first=False
    )
    return Result({"objects": [_message_media(ctx, d) for d in docs]})


@handles("getMessageMedia")
def get_message_media(ctx: Ctx) -> Result:
    message_uuid = _owned_message(ctx)
    doc = ctx.store.get_resource(
        ctx.account.auth_id, "message_media", str(ctx.path["media_id"]), parent=message_uuid
    )
    if doc is None:
        raise not_found("media")
    return Result(_message_media(ctx, doc))


@handles("deleteMessageMedia")
def delete_message_media(ctx: Ctx) -> Result:
    message_uuid = _owned_message(ctx)
    with ctx.store.transaction():
        docs, _ = ctx.store.list_resources(
            ctx.account.auth_id, "message_media", parent=message_uuid, limit=None
        )
        for doc in docs:
            if doc.get("_blob"):
                ctx.store.release_blob(doc["_blob"])
        ctx.store.delete_children(ctx.account.auth_id, "message_media", message_uuid)
    return Result(None)
