"""What the inbox shows, read from the store: conversations, one message with its history and
callbacks, the compliance resources under review. Pure reads; nothing here writes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import billing
from ..behaviour import admin, magic
from ..behaviour.compliance import KINDS, STATES, status_field
from ..handlers import brands, campaigns, profiles, tollfree_verifications, whatsapp_templates
from ..handlers.common import public
from ..store import Store

READ_KIND = "inbox_read"  # per conversation: how many of its messages the inbox has shown
# Outcomes the admin API's setComplianceStatus can cause, per kind (the page's buttons).
ACTIONS: dict[str, dict[str, str]] = {
    "brand": {"approve": "COMPLETED", "reject": "FAILED"},
    "campaign": {"approve": "ACTIVE", "reject": "FAILED"},
    "campaign_number": {"approve": "COMPLETED", "reject": "FAILED"},
    "tollfree_verification": {
        "approve": "APPROVED",
        "reject": "REJECTED",
        "ask_for_update": "UPDATE_REQUIRED",
    },
}
assert set(ACTIONS) == set(KINDS) and all(set(a.values()) <= set(STATES[k]) for k, a in ACTIONS.items())


@dataclass(frozen=True)
class Side:
    """A message seen from the account: its own number and the handset's."""

    number: str
    peer: str


def message_view(account: str, doc: dict[str, Any]) -> dict[str, Any]:
    """A message as the admin API shows it (the record, its account and text)."""
    return admin.outbox_view(account, doc)  # at call time: admin.py imports this package


def side(view: dict[str, Any]) -> Side:
    if view["message_direction"] == "inbound":
        return Side(str(view["to_number"]), str(view["from_number"]))
    return Side(str(view["from_number"]), str(view["destination"]))


def read_key(number: str, peer: str) -> str:
    return f"{number}:{peer}"


def seen(store: Store, account: str, number: str, peer: str) -> int:
    doc = store.get_resource(account, READ_KIND, read_key(number, peer))
    return int((doc or {}).get("seen") or 0)


def views(store: Store, account: str) -> Iterable[dict[str, Any]]:
    for doc in store.all_messages(account):
        yield message_view(account, doc)


def conversations(store: Store, account: str) -> list[dict[str, Any]]:
    """Newest first; `unread` counts messages (either direction) the thread view has not shown."""
    grouped: dict[Side, list[dict[str, Any]]] = {}
    last: dict[Side, int] = {}
    for position, view in enumerate(views(store, account)):  # storage order: oldest first
        key = side(view)
        grouped.setdefault(key, []).append(view)
        last[key] = position
    out: list[dict[str, Any]] = [
        {
            "auth_id": account,
            "number": key.number,
            "peer": key.peer,
            "count": len(thread),
            "unread": max(0, len(thread) - seen(store, account, key.number, key.peer)),
            "last_message": thread[-1],
        }
        for key, thread in sorted(grouped.items(), key=lambda item: last[item[0]], reverse=True)
    ]
    return out


def thread(store: Store, account: str, number: str, peer: str) -> list[dict[str, Any]]:
    """Both directions, oldest first, each with its media."""
    out = [v for v in views(store, account) if side(v) == Side(number, peer)]
    for view in out:
        view["media"] = media(store, account, str(view["message_uuid"]))
    return out


def media(store: Store, account: str, message_uuid: str) -> list[dict[str, Any]]:
    """The message's media: where the emulator serves each, and whether that only redirects elsewhere."""
    docs, _ = store.list_resources(
        account, "message_media", parent=message_uuid, limit=None, newest_first=False
    )
    return [
        {
            "media_id": str(doc["media_id"]),
            "content_type": str(doc.get("content_type") or ""),
            "url": f"/_emulator/media/{account}/{doc['media_id']}",
            "external": bool(doc.get("_source_url")),
        }
        for doc in docs
    ]


def timeline(doc: dict[str, Any]) -> list[dict[str, str]]:
    """Each state the message reached, with its time, in order (the lifecycle keeps `queued`, `sent`
    and the delivery report's time; a later state is dated by `message_updated_time`)."""
    times: dict[str, str] = dict(doc.get("_times") or {})
    state = str(doc.get("message_state"))
    out = [{"state": s, "at": str(times[s])} for s in ("queued", "sent") if s in times]
    if not out:
        out.append(
            {
                "state": "queued" if doc.get("message_direction") == "outbound" else state,
                "at": str(doc.get("message_time") or ""),
            }
        )
    if state not in {entry["state"] for entry in out}:
        out.append({"state": state, "at": str(times.get("report") or doc.get("message_updated_time") or "")})
    return out


def encoding(doc: dict[str, Any]) -> str | None:
    """How an SMS's text was counted into units (None: not an SMS, or its text was not kept)."""
    text = doc.get("_text")
    if doc.get("message_type") != "sms" or not isinstance(text, str):
        return None
    return "GSM-7" if billing.is_gsm(text) else "UCS-2"


def error_meaning(code: Any) -> str | None:
    if code in (None, "", magic.SUCCESS_CODE):
        return None
    return magic.error_message(str(code))


# ------------------------------------------------------------------------------------ compliance

TEMPLATE_STATUS = "status"  # whatsapp_templates.set_status; profiles have no review state


def _entry(
    kind: str, account: str, resource_id: str, doc: dict[str, Any], status_field: str | None
) -> dict[str, Any]:
    return {
        "kind": kind,
        "resource_id": resource_id,
        "auth_id": account,
        "status": None if status_field is None or doc.get(status_field) is None else str(doc[status_field]),
        "actions": ACTIONS.get(kind, {}),
        "resource": public(doc),
    }


def compliance(store: Store, account: str) -> list[dict[str, Any]]:
    """Profiles, brands, campaigns (and their numbers), toll-free verifications, WhatsApp templates."""
    out: list[dict[str, Any]] = []

    def every(kind: str, parent: str | None = None) -> list[dict[str, Any]]:
        docs, _ = store.list_resources(account, kind, limit=None, parent=parent)
        return docs

    for doc in every(profiles.KIND):
        out.append(_entry("profile", account, str(doc.get("profile_uuid")), doc, None))
    for doc in every(brands.KIND):
        out.append(_entry("brand", account, str(doc.get("brand_id")), doc, status_field("brand")))
    for doc in every(campaigns.KIND):
        campaign_id = str(doc.get("campaign_id"))
        out.append(_entry("campaign", account, campaign_id, doc, status_field("campaign")))
        for link in every(campaigns.NUMBER_KIND, parent=campaign_id):
            entry = _entry("campaign_number", account, campaign_id, link, status_field("campaign_number"))
            entry["number"] = str(link.get("number"))
            out.append(entry)
    for doc in every(tollfree_verifications.KIND):
        out.append(
            _entry(
                "tollfree_verification",
                account,
                str(doc.get("uuid")),
                doc,
                status_field("tollfree_verification"),
            )
        )
    for doc in every(whatsapp_templates.KIND):
        key = str(doc.get("template_id") or doc.get("id") or doc.get("name"))
        out.append(_entry("whatsapp_template", account, key, doc, TEMPLATE_STATUS))
    return out


def subject_of(entry: dict[str, Any]) -> str:
    """The callback subject of a compliance entry (its history is the events reported about it)."""
    if entry["kind"] == "campaign_number":
        return f"campaign_number:{entry['resource_id']}:{entry['number']}"
    return f"{entry['kind']}:{entry['resource_id']}"
