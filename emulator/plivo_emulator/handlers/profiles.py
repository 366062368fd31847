"""Business profiles (10DLC / toll-free verification): create, list, get, update, delete.

Every Plivo account has one `PRIMARY` profile made from its own business details; profiles created
through the API are `SECONDARY`. The emulator gives each account its primary profile the first time
the account touches profiles: it has a fixed uuid (derived from the Auth ID), placeholder details, and
cannot be deleted. A profile that a brand uses cannot be deleted either. `ein` is optional, as Plivo
documents it. An update changes the fields given with a value; empty strings and nulls are ignored.
"""

from __future__ import annotations

import uuid
from typing import Any

from .. import clock
from ..context import Ctx, Result
from ..errors import ApiError
from ..store import Store
from .common import bad_request, list_page, new_id, paging, public
from .registry import handles

KIND = "profile"
BRAND_KIND = "brand"  # brands.py; read here to refuse deleting a profile in use
_PRIMARY_NAMESPACE = uuid.UUID("6f0c5e1a-3d2b-4c8e-9a71-5b4d2e8f0c13")
_STRING_FIELDS = (
    "doing_business_as",
    "ein",
    "ein_issuing_country",
    "stock_symbol",
    "stock_exchange",
    "alt_business_id",
    "alt_business_id_type",
    "website",
    "business_contact_email",
    "plivo_subaccount",
)
UPDATABLE = (
    "entity_type",
    "company_name",
    "vertical",
    "website",
    "address",
    "authorized_contact",
    "plivo_subaccount",
    "business_contact_email",
    "doing_business_as",
    "ein",
    "ein_issuing_country",
    "alt_business_id",
    "alt_business_id_type",
)


def primary_uuid(account: str) -> str:
    return str(uuid.uuid5(_PRIMARY_NAMESPACE, account))


def ensure_primary(store: Store, account: str) -> str:
    """The account's primary profile, created with placeholder details when missing."""
    profile_uuid = primary_uuid(account)
    with store.transaction():
        if store.get_resource(account, KIND, profile_uuid) is None:
            doc: dict[str, Any] = {
                "profile_uuid": profile_uuid,
                "profile_alias": "Primary profile",
                "profile_type": "PRIMARY",
                "primary_profile": profile_uuid,
                "customer_type": "DIRECT",
                "entity_type": "PRIVATE",
                "company_name": f"Account {account}",
                "vertical": "TECHNOLOGY",
                **dict.fromkeys(_STRING_FIELDS, ""),
                "address": {"street": "", "city": "", "state": "", "postal_code": "", "country": ""},
                "authorized_contact": {},
                "created_at": clock.iso(store.clock.now()),
            }
            store.put_resource(account, KIND, profile_uuid, doc)
    return profile_uuid


def find_profile(store: Store, account: str, profile_uuid: str) -> dict[str, Any] | None:
    ensure_primary(store, account)
    return store.get_resource(account, KIND, profile_uuid)


def _not_found() -> ApiError:
    return ApiError(404, "Profile not found.")


def _owned(ctx: Ctx) -> dict[str, Any]:
    doc = find_profile(ctx.store, ctx.account.auth_id, str(ctx.path["profile_uuid"]))
    if doc is None:
        raise _not_found()
    return doc


def _check(ctx: Ctx, doc: dict[str, Any]) -> None:
    """Rules between fields that the schema cannot express."""
    entity = doc.get("entity_type")
    if entity == "PUBLIC" and not (doc.get("stock_symbol") and doc.get("stock_exchange")):
        raise bad_request("stock_symbol: stock_symbol and stock_exchange are required for a PUBLIC entity")
    sub = doc.get("plivo_subaccount")
    if sub:
        child = ctx.accounts.get(str(sub))
        if child is None or child.parent != ctx.account.auth_id:
            raise bad_request(f"plivo_subaccount: {sub} is not a subaccount of this account")


@handles("createProfile")
def create_profile(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account = ctx.account.auth_id
    primary = ensure_primary(ctx.store, account)
    profile_uuid = new_id()
    doc: dict[str, Any] = {
        "profile_uuid": profile_uuid,
        "profile_alias": body["profile_alias"],
        "profile_type": "SECONDARY",
        "primary_profile": primary,
        "customer_type": body["customer_type"],
        "entity_type": body["entity_type"],
        "company_name": body["company_name"],
        "vertical": body["vertical"],
        **{key: str(body.get(key) or "") for key in _STRING_FIELDS},
        "address": dict(body["address"]),
        "authorized_contact": dict(body["authorized_contact"]),
        "created_at": clock.iso(ctx.clock.now()),
    }
    _check(ctx, doc)
    ctx.store.put_resource(account, KIND, profile_uuid, doc)
    return Result({"profile_uuid": profile_uuid, "message": "Profile created successfully."})


@handles("listProfiles")
def list_profiles(ctx: Ctx) -> Result:
    ensure_primary(ctx.store, ctx.account.auth_id)
    limit, offset = paging(ctx)
    docs, total = ctx.store.list_resources(ctx.account.auth_id, KIND, limit=limit, offset=offset)
    return Result(list_page(ctx, [public(d) for d in docs], total, key="profiles"))


@handles("getProfile")
def get_profile(ctx: Ctx) -> Result:
    return Result({"profile": public(_owned(ctx))})


@handles("updateProfile")
def update_profile(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    with ctx.store.transaction():
        doc = _owned(ctx)
        for key in UPDATABLE:
            # "" and null mean "unchanged": plivo-go sends every field of its update struct.
            if body.get(key) not in (None, ""):
                doc[key] = body[key]
        _check(ctx, doc)
        ctx.store.put_resource(ctx.account.auth_id, KIND, doc["profile_uuid"], doc)
    return Result({"profile": public(doc)})


@handles("deleteProfile")
def delete_profile(ctx: Ctx) -> Result:
    account = ctx.account.auth_id
    with ctx.store.transaction():
        doc = _owned(ctx)
        if doc.get("profile_type") == "PRIMARY":
            raise bad_request("The primary profile cannot be deleted.")
        brands, _ = ctx.store.list_resources(
            account, BRAND_KIND, limit=1, where={"profile_uuid": doc["profile_uuid"]}
        )
        if brands:
            raise bad_request(f"The profile is used by brand {brands[0]['brand_id']} and cannot be deleted.")
        ctx.store.delete_resource(account, KIND, doc["profile_uuid"])
    return Result({"message": "Profile deleted successfully."})
