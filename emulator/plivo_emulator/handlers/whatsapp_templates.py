"""WhatsApp message templates of a WhatsApp Business Account: create, list, get, edit, delete.

Templates are `whatsapp_template` resources with the WABA id as parent; any WABA id is accepted (the
emulator keeps no WABA registry), and an account sees only its own templates. A name may be used once
per language within a WABA, and a template needs a `BODY` component. New and edited templates are
`PENDING` (Meta's review); as with Meta, a `PENDING` template cannot be edited. `set_status()` is the
one place that changes the review state, rejection reason and quality rating.
"""

from __future__ import annotations

import secrets
from typing import Any

from .. import clock
from ..context import Ctx, Result
from ..errors import ApiError
from ..store import Store
from . import spec_facts
from .common import bad_request, list_page, paging, public
from .registry import handles

KIND = "whatsapp_template"
STATES = spec_facts.enum("WhatsAppTemplateStatus")
EDITABLE_STATES = frozenset({"APPROVED", "REJECTED", "PAUSED"})


def set_status(
    store: Store,
    account: str,
    waba_id: str,
    template_id: str,
    status: str,
    rejected_reason: str = "NONE",
    quality_score: str | None = None,
) -> dict[str, Any] | None:
    """Move a template to another review state; returns the new document (None if unknown)."""
    if status not in STATES:
        raise ValueError(f"unknown WhatsApp template status {status!r}")
    with store.transaction():
        doc = store.get_resource(account, KIND, template_id, parent=waba_id)
        if doc is None:
            return None
        doc["status"] = status
        doc["rejected_reason"] = rejected_reason if status == "REJECTED" else "NONE"
        doc["quality_score"] = {"score": quality_score} if quality_score else None
        store.put_resource(account, KIND, template_id, doc, parent=waba_id)
    return doc


def _new_template_id(ctx: Ctx) -> str:
    while True:
        candidate = str(10**15 + secrets.randbelow(9 * 10**15))
        if ctx.store.get_resource(ctx.account.auth_id, KIND, candidate) is None:
            return candidate


def _check_components(components: list[dict[str, Any]]) -> None:
    if not any(c.get("type") == "BODY" for c in components):
        raise bad_request("components: a BODY component is required")


def _owned(ctx: Ctx) -> dict[str, Any]:
    template_id = str(ctx.path["template_id"])
    doc = ctx.store.get_resource(ctx.account.auth_id, KIND, template_id, parent=str(ctx.path["waba_id"]))
    if doc is None:
        raise ApiError(404, f"Template {template_id} not found")
    return doc


@handles("createWhatsappTemplate")
def create_whatsapp_template(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account, waba_id = ctx.account.auth_id, str(ctx.path["waba_id"])
    name, language = str(body["name"]), str(body["language"])
    components = list(body["components"])
    _check_components(components)
    with ctx.store.transaction():
        same, _ = ctx.store.list_resources(
            account, KIND, parent=waba_id, limit=1, where={"name": name, "language": language}
        )
        if same:
            raise bad_request(f"name: a template {name!r} in language {language} already exists")
        template_id = _new_template_id(ctx)
        doc: dict[str, Any] = {
            "template_id": template_id,
            "name": name,
            "language": language,
            "category": body["category"],
            "status": "PENDING",
            "rejected_reason": "NONE",
            "quality_score": None,
            "components": components,
            "_created": clock.iso(ctx.clock.now()),
        }
        ctx.store.put_resource(account, KIND, template_id, doc, parent=waba_id)
    return Result(public(doc))


@handles("listWhatsappTemplates")
def list_whatsapp_templates(ctx: Ctx) -> Result:
    limit, offset = paging(ctx)
    docs, total = ctx.store.list_resources(
        ctx.account.auth_id, KIND, parent=str(ctx.path["waba_id"]), limit=limit, offset=offset
    )
    return Result(list_page(ctx, [public(d) for d in docs], total))


@handles("getWhatsappTemplate")
def get_whatsapp_template(ctx: Ctx) -> Result:
    return Result(public(_owned(ctx)))


@handles("updateWhatsappTemplate")
def update_whatsapp_template(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    waba_id = str(ctx.path["waba_id"])
    with ctx.store.transaction():
        doc = _owned(ctx)
        if doc["status"] not in EDITABLE_STATES:
            raise bad_request(
                f"Template {doc['template_id']} is {doc['status']}; only APPROVED, REJECTED or PAUSED "
                "templates can be edited"
            )
        if "components" in body:
            _check_components(list(body["components"]))
            doc["components"] = list(body["components"])
        if "category" in body:
            doc["category"] = body["category"]
        ctx.store.put_resource(ctx.account.auth_id, KIND, doc["template_id"], doc, parent=waba_id)
        doc = set_status(ctx.store, ctx.account.auth_id, waba_id, doc["template_id"], "PENDING") or doc
    return Result(public(doc))


@handles("deleteWhatsappTemplate")
def delete_whatsapp_template(ctx: Ctx) -> Result:
    with ctx.store.transaction():
        doc = _owned(ctx)
        ctx.store.delete_resource(
            ctx.account.auth_id, KIND, doc["template_id"], parent=str(ctx.path["waba_id"])
        )
    return Result(None)
