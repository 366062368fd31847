"""10DLC campaigns: register, list, import, get, update, deactivate; linking numbers.

A campaign is registered for a brand of the account that has not failed registration, with a use
case open to that brand (see brands.usecases_for); it starts `PROCESSING`. Imported (shared)
campaigns keep the id they were given and have `campaign_source: shared`. Content can be corrected
only while the campaign is `FAILED` (rejected); empty strings in an update leave fields unchanged.

Linked numbers are `campaign_number` resources (parent = campaign id) that start `PROCESSING`; a
number must be a US long code that no other account rents (see number_pools), and can be linked to
one campaign at a time.
Unlinking removes the link at once. Every status change goes through `set_registration_status()` or
`set_number_status()`, so something driven by a clock can move campaigns and links on.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .. import clock, numbers
from ..context import Ctx, Result
from ..errors import ApiError
from ..store import Store
from . import spec_facts
from .brands import MIXED_USECASES, find_brand, new_tcr_id, usecases_for
from .common import bad_request, list_page, paging, public
from .number_pools import number_type, owner_of
from .registry import handles

KIND = "campaign"
NUMBER_KIND = "campaign_number"
BRAND_KIND = "brand"  # brands.py; an imported campaign gets a brand id unused there
REGISTRATION_STATES = spec_facts.enum("CampaignRegistrationStatus")
NUMBER_STATES = spec_facts.enum("CampaignNumberStatus")
UPDATABLE_STATES = frozenset({"FAILED"})  # Plivo has no REJECTED campaign state; FAILED is the rejection
CLOSED_STATES = frozenset({"FAILED", "EXPIRED"})  # no numbers can be linked
NUMBER_POOL_LIMIT = 49
STARTER_NUMBER_LIMIT = 1
ATTRIBUTES = (
    "embedded_link",
    "embedded_phone",
    "age_gated",
    "direct_lending",
    "subscriber_optin",
    "subscriber_optout",
    "subscriber_help",
    "affiliate_marketing",
)
CONTENT_FIELDS = (
    "reseller_id",
    "description",
    "message_flow",
    "help_message",
    "help_keywords",
    "optin_keywords",
    "optin_message",
    "optout_keywords",
    "optout_message",
    "sample1",
    "sample2",
    "sample3",
    "sample4",
    "sample5",
    "terms_and_conditions_link",
    "privacy_policy_link",
)
MIN_LENGTHS = {"description": 40, "sample1": 20, "sample2": 20}


def _not_found(campaign_id: str) -> ApiError:
    return ApiError(404, f"Campaign {campaign_id} not found")


def set_registration_status(
    store: Store, account: str, campaign_id: str, status: str, reason: str = ""
) -> dict[str, Any] | None:
    """Move a campaign to another registration state; returns the new document (None if unknown)."""
    if status not in REGISTRATION_STATES:
        raise ValueError(f"unknown campaign registration status {status!r}")
    with store.transaction():
        doc = store.get_resource(account, KIND, campaign_id)
        if doc is None:
            return None
        doc["registration_status"] = status
        if status == "FAILED":
            doc["error_reason"] = reason or "Rejected by the carriers"
        else:
            doc.pop("error_reason", None)
        store.put_resource(account, KIND, campaign_id, doc)
    return doc


def set_number_status(
    store: Store, account: str, campaign_id: str, number: str, status: str
) -> dict[str, Any] | None:
    """Move one number's link to another state; returns the new link (None if unknown)."""
    if status not in NUMBER_STATES:
        raise ValueError(f"unknown number link status {status!r}")
    with store.transaction():
        doc = store.get_resource(account, NUMBER_KIND, number, parent=campaign_id)
        if doc is None:
            return None
        doc["status"] = status
        store.put_resource(account, NUMBER_KIND, number, doc, parent=campaign_id)
    return doc


def brand_accepts_campaigns(brand: dict[str, Any]) -> bool:
    """Campaigns may be registered while the brand is registered or still being registered (the
    emulator does not wait for `COMPLETED`, so that it is usable without a lifecycle driving brands)."""
    return brand.get("registration_status") != "FAILED"


def campaign_accepts_numbers(campaign: dict[str, Any]) -> bool:
    """Numbers may be linked unless the campaign failed or expired (not only once `ACTIVE`, for the
    same reason)."""
    return campaign.get("registration_status") not in CLOSED_STATES


def _mno_metadata(brand_type: str) -> dict[str, Any]:
    """The carriers' grants (the emulator's fixed values: starter brands get the smallest tier)."""
    tpm = 6 if brand_type == "STARTER" else 240
    tier = "SOLE_PROPRIETOR" if brand_type == "STARTER" else "LOW"
    return {
        "AT&T": {"tpm": tpm},
        "T-Mobile": {"brand_tier": tier},
        "US Cellular": {"tpm": tpm},
        "Verizon Wireless": {"tpm": tpm},
    }


def _owned(ctx: Ctx) -> dict[str, Any]:
    campaign_id = str(ctx.path["campaign_id"])
    doc = ctx.store.get_resource(ctx.account.auth_id, KIND, campaign_id)
    if doc is None:
        raise _not_found(campaign_id)
    return doc


def _sub_usecases(usecase: str, given: list[Any]) -> str:
    if usecase not in MIXED_USECASES:
        return ""
    if not 2 <= len(given) <= 5:
        raise bad_request(f"sub_usecases: a {usecase} campaign needs two to five sub use cases")
    return ",".join(str(s) for s in given)


def _store_new(ctx: Ctx, fields: dict[str, Any], source: str, verb: str) -> Result:
    """Store a new campaign (inside the caller's transaction) and acknowledge the request, as Plivo does."""
    body: dict[str, Any] = ctx.body or {}
    campaign_id = str(fields["campaign_id"])
    doc = {
        **fields,
        "campaign_source": source,
        "created_at": clock.iso(ctx.clock.now()),
        "_url": str(body.get("url") or ""),
        "_method": str(body.get("method") or "POST"),
    }
    ctx.store.put_resource(ctx.account.auth_id, KIND, campaign_id, doc)
    ctx.hooks.review_started("campaign", ctx.account.auth_id, campaign_id)
    return Result(
        {
            "campaign_id": campaign_id,
            "message": f"Request to {verb} campaign was received and is being processed.",
        }
    )


@handles("createCampaign")
def create_campaign(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account = ctx.account.auth_id
    brand_id, usecase = str(body["brand_id"]), str(body["usecase"])
    with ctx.store.transaction():
        brand = find_brand(ctx.store, account, brand_id)
        if brand is None:
            raise bad_request(f"brand_id: no brand {brand_id} in this account")
        if not brand_accepts_campaigns(brand):
            raise bad_request(f"brand_id: brand {brand_id} is {brand.get('registration_status')}")
        if usecase not in usecases_for(brand):
            raise bad_request(f"usecase: {usecase} is not available to brand {brand_id}")
        fields: dict[str, Any] = {
            "campaign_id": new_tcr_id(ctx.store, account, KIND, "C"),
            "brand_id": brand_id,
            "campaign_alias": str(body.get("campaign_alias") or ""),
            "registration_status": "PROCESSING",
            "usecase": usecase,
            "sub_usecase": _sub_usecases(usecase, list(body.get("sub_usecases") or [])),
            "vertical": body["vertical"],
            **{key: str(body.get(key) or "") for key in CONTENT_FIELDS},
            "campaign_attributes": {key: bool(body.get(key, False)) for key in ATTRIBUTES},
            "mno_metadata": _mno_metadata(str(brand.get("brand_type"))),
        }
        return _store_new(ctx, fields, source="plivo", verb="create")


@handles("importCampaign")
def import_campaign(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account = ctx.account.auth_id
    campaign_id = str(body["campaign_id"])
    with ctx.store.transaction():
        if ctx.store.get_resource(account, KIND, campaign_id) is not None:
            raise bad_request(f"campaign_id: campaign {campaign_id} is already on this account")
        fields = {
            "campaign_id": campaign_id,
            # A shared campaign belongs to a brand registered by its provider, not on this account.
            "brand_id": new_tcr_id(ctx.store, account, BRAND_KIND, "B"),
            "reseller_id": "",
            "campaign_alias": body["campaign_alias"],
            "registration_status": "PROCESSING",
        }
        return _store_new(ctx, fields, source="shared", verb="import")


@handles("listCampaigns")
def list_campaigns(ctx: Ctx) -> Result:
    where = {
        key: ctx.query[key]
        for key in ("brand_id", "usecase", "registration_status", "campaign_source")
        if ctx.query.get(key)
    }
    limit, offset = paging(ctx)
    docs, total = ctx.store.list_resources(ctx.account.auth_id, KIND, limit=limit, offset=offset, where=where)
    return Result(list_page(ctx, [public(d) for d in docs], total, key="campaigns"))


@handles("getCampaign")
def get_campaign(ctx: Ctx) -> Result:
    return Result({"campaign": public(_owned(ctx))})


@handles("updateCampaign")
def update_campaign(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    with ctx.store.transaction():
        doc = _owned(ctx)
        status = str(doc.get("registration_status"))
        if status not in UPDATABLE_STATES:
            raise bad_request(
                f"Campaign {doc['campaign_id']} is {status}; only a failed (rejected) campaign can be updated"
            )
        for key in ("campaign_alias", *CONTENT_FIELDS):
            value = body.get(key)
            if not value:  # the SDKs send every field, empty when not set: keep the current value
                continue
            if len(str(value)) < MIN_LENGTHS.get(key, 0):
                raise bad_request(f"{key}: must be at least {MIN_LENGTHS[key]} characters long")
            doc[key] = str(value)
        ctx.store.put_resource(ctx.account.auth_id, KIND, doc["campaign_id"], doc)
    return Result({"campaign": public(doc)})


@handles("deleteCampaign")
def delete_campaign(ctx: Ctx) -> Result:
    account = ctx.account.auth_id
    with ctx.store.transaction():
        doc = _owned(ctx)
        ctx.store.delete_children(account, NUMBER_KIND, doc["campaign_id"])
        ctx.store.delete_resource(account, KIND, doc["campaign_id"])
    return Result({"campaign_id": doc["campaign_id"], "message": "Campaign Deactivated"})


# ---------------------------------------------------------------------------------------- numbers


def _number_limit(doc: dict[str, Any]) -> int:
    return STARTER_NUMBER_LIMIT if doc.get("usecase") == "STARTER" else NUMBER_POOL_LIMIT


def _linkable(raw: str) -> str:
    number = numbers.sanitize(raw)
    us_long_code = len(number) == 11 and number.startswith("1") and numbers.is_valid_destination(number)
    if not us_long_code or number_type(number) == "tollfree":
        raise bad_request(f"The number {raw} is not a valid number")
    return number


def _numbers_view(doc: dict[str, Any], links: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"campaign_id": doc["campaign_id"], "campaign_alias": doc.get("campaign_alias", "")}
    if doc.get("usecase"):
        out["usecase"] = doc["usecase"]
    out["phone_numbers"] = [{"number": link["number"], "status": link["status"]} for link in links]
    return out


@handles("linkCampaignNumbers")
def link_campaign_numbers(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account = ctx.account.auth_id
    wanted = [_linkable(str(n)) for n in body["numbers"]]
    with ctx.store.transaction():
        doc = _owned(ctx)
        campaign_id = doc["campaign_id"]
        if not campaign_accepts_numbers(doc):
            raise bad_request(
                f"Campaign {campaign_id} is {doc['registration_status']}; numbers cannot be linked"
            )
        for number in wanted:
            if owner_of(ctx.store, number) not in (None, account):
                raise bad_request(f"The number {number} is not a number of this account")
            held = ctx.store.get_resource(account, NUMBER_KIND, number)
            if held is not None and held["_campaign_id"] == campaign_id:
                raise bad_request(f"The number {number} is already requested for linking")
            if held is not None:
                raise bad_request(f"The number {number} is already linked to campaign {held['_campaign_id']}")
        _, linked = ctx.store.list_resources(account, NUMBER_KIND, parent=campaign_id, limit=1)
        if linked + len(wanted) > _number_limit(doc):
            raise bad_request(f"Campaign {campaign_id} can have at most {_number_limit(doc)} numbers")
        now = clock.iso(ctx.clock.now())
        for number in wanted:
            link = {
                "number": number,
                "status": "PROCESSING",
                "_campaign_id": campaign_id,
                "_requested_at": now,
                "_url": str(body.get("url") or ""),
                "_method": str(body.get("method") or "POST"),
            }
            ctx.store.put_resource(account, NUMBER_KIND, number, link, parent=campaign_id)
    ctx.hooks.numbers_linked(account, campaign_id, wanted)
    count = f"{len(wanted)} number{'s' if len(wanted) != 1 else ''}"
    # The spec declares 200 (what the SDKs' tests answer) and 202; 202 is what unlinking documents.
    message = f"Request to link {count} to campaign {campaign_id} was received and is being processed."
    return Result({"message": message}, status=202)


@handles("listCampaignNumbers")
def list_campaign_numbers(ctx: Ctx) -> Result:
    doc = _owned(ctx)
    links, _ = ctx.store.list_resources(
        ctx.account.auth_id, NUMBER_KIND, parent=doc["campaign_id"], limit=None, newest_first=False
    )
    limit, offset = paging(ctx)
    out = _numbers_view(doc, links[offset : offset + limit])
    out["phone_numbers_summary"] = dict(Counter(str(link["status"]) for link in links))
    out["number_pool_limit"] = _number_limit(doc)
    return Result(out)


@handles("getCampaignNumber")
def get_campaign_number(ctx: Ctx) -> Result:
    doc = _owned(ctx)
    number = numbers.sanitize(str(ctx.path["number"]))
    link = ctx.store.get_resource(ctx.account.auth_id, NUMBER_KIND, number, parent=doc["campaign_id"])
    if link is None:
        raise ApiError(404, f"The number {number} is not linked to this campaign")
    return Result(_numbers_view(doc, [link]))


@handles("unlinkCampaignNumber")
def unlink_campaign_number(ctx: Ctx) -> Result:
    account = ctx.account.auth_id
    number = numbers.sanitize(str(ctx.path["number"]))
    with ctx.store.transaction():
        doc = _owned(ctx)
        campaign_id = doc["campaign_id"]
        if not ctx.store.delete_resource(account, NUMBER_KIND, number, parent=campaign_id):
            # Same answer as reading a number that is not linked.
            raise ApiError(404, f"The number {number} is not linked to this campaign")
    ctx.hooks.number_unlinked(
        account, campaign_id, number, str(ctx.query.get("url") or ""), str(ctx.query.get("method") or "POST")
    )
    message = f"Request to unlink {number} from campaign {campaign_id} was received and is being processed."
    return Result({"message": message}, status=202)  # Plivo's documented status; 200 is declared too
