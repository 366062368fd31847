"""10DLC brands: register (from a profile), list, get, deactivate, use cases, starter OTP.

A brand copies the business details of its profile when it is registered and starts in
registration state `PROCESSING`; `set_registration_status()` is the one place that moves it on
(`COMPLETED`, `FAILED`). The use cases open to a brand follow from its type and its profile:
a `STARTER` brand may only run `STARTER` campaigns; a `STANDARD` brand gets the standard use cases
plus `MIXED` and `LOW_VOLUME`, with `HIGHER_EDUCATION` only in the `EDUCATION` vertical and
`PUBLIC_SERVICE_ANNOUNCEMENT` only for non-profit and government entities.
A deactivated (deleted) brand is gone: 404 afterwards.
"""

from __future__ import annotations

import secrets
import string
from typing import Any

from .. import clock
from ..context import Ctx, Result
from ..errors import ApiError
from ..store import Store
from . import spec_facts
from .common import bad_request, list_page, paging, public
from .profiles import find_profile
from .registry import handles

KIND = "brand"
REGISTRATION_STATES = spec_facts.enum("BrandRegistrationStatus")
_ID_ALPHABET = string.ascii_uppercase + string.digits
_PROFILE_FIELDS = (
    "company_name",
    "ein",
    "ein_issuing_country",
    "entity_type",
    "vertical",
    "website",
    "stock_symbol",
    "stock_exchange",
    "address",
    "authorized_contact",
)
# code -> (name, details), in the order Plivo lists them
USECASES: dict[str, tuple[str, str]] = {
    "2FA": ("2FA", "One-time passwords and other authentication codes."),
    "ACCOUNT_NOTIFICATION": ("Account Notification", "Notices to account holders about their account."),
    "CUSTOMER_CARE": ("Customer Care", "Conversations between support staff and customers."),
    "DELIVERY_NOTIFICATION": ("Delivery Notification", "Status of a delivery of a product or service."),
    "FRAUD_ALERT": ("Fraud Alert Messaging", "Warnings about possible fraudulent activity."),
    "HIGHER_EDUCATION": ("Higher Education", "Messages from colleges and universities."),
    "LOW_VOLUME": ("Low Volume Mixed", "Several use cases with a small volume of messages."),
    "MARKETING": ("Marketing", "Promotions, offers and other marketing content."),
    "MIXED": ("Mixed", "Two to five standard use cases on one campaign."),
    "POLLING_VOTING": ("Polling and voting", "Surveys and polls that are not political."),
    "PUBLIC_SERVICE_ANNOUNCEMENT": (
        "Public Service Announcement",
        "Information that raises awareness of an important issue.",
    ),
    "SECURITY_ALERT": ("Security Alert", "Notices that a system or account may be compromised."),
    "STARTER": ("Starter", "Use case of sole-proprietor (starter) brands."),
}
MIXED_USECASES = frozenset({"MIXED", "LOW_VOLUME"})


def _not_found(brand_id: str) -> ApiError:
    return ApiError(404, f"Brand {brand_id} not found")


def find_brand(store: Store, account: str, brand_id: str) -> dict[str, Any] | None:
    return store.get_resource(account, KIND, brand_id)


def usecases_for(brand: dict[str, Any]) -> list[str]:
    if brand.get("brand_type") == "STARTER":
        return ["STARTER"]
    codes = [code for code in USECASES if code != "STARTER"]
    if brand.get("vertical") != "EDUCATION":
        codes.remove("HIGHER_EDUCATION")
    if brand.get("entity_type") not in ("NON_PROFIT", "GOVERNMENT"):
        codes.remove("PUBLIC_SERVICE_ANNOUNCEMENT")
    return codes


def set_registration_status(
    store: Store,
    account: str,
    brand_id: str,
    status: str,
    declined_reasons: list[dict[str, str]] | None = None,
) -> dict[str, Any] | None:
    """Move a brand to another registration state; returns the new document (None if unknown)."""
    if status not in REGISTRATION_STATES:
        raise ValueError(f"unknown brand registration status {status!r}")
    with store.transaction():
        doc = find_brand(store, account, brand_id)
        if doc is None:
            return None
        doc["registration_status"] = status
        if status == "FAILED":
            doc["declined_reasons"] = list(declined_reasons or [])
        else:
            doc.pop("declined_reasons", None)
        store.put_resource(account, KIND, brand_id, doc)
    return doc


def new_tcr_id(store: Store, account: str, kind: str, prefix: str) -> str:
    """A TCR-style id: the prefix and six upper-case letters or digits, unused in the account."""
    while True:
        candidate = prefix + "".join(secrets.choice(_ID_ALPHABET) for _ in range(6))
        if store.get_resource(account, kind, candidate) is None:
            return candidate


def _owned(ctx: Ctx) -> dict[str, Any]:
    brand_id = str(ctx.path["brand_id"])
    doc = find_brand(ctx.store, ctx.account.auth_id, brand_id)
    if doc is None:
        raise _not_found(brand_id)
    return doc


def _flag(value: Any, default: bool) -> bool:
    """A boolean sent as JSON or as a string (plivo-go's `"true"`); `""` and null mean not given."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        return value.lower() == "true"
    return bool(value)


@handles("createBrand")
def create_brand(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account = ctx.account.auth_id
    profile_uuid = str(body["profile_uuid"])
    brand_type = str(body.get("brand_type") or "STARTER")
    with ctx.store.transaction():
        profile = find_profile(ctx.store, account, profile_uuid)
        if profile is None:
            raise bad_request(f"profile_uuid: no profile {profile_uuid} in this account")
        if brand_type == "STANDARD" and not profile.get("ein"):
            raise bad_request("brand_type: a STANDARD brand needs a profile with an ein")
        brand_id = new_tcr_id(ctx.store, account, KIND, "B")
        doc: dict[str, Any] = {
            "brand_id": brand_id,
            "brand_alias": body["brand_alias"],
            "brand_type": brand_type,
            "profile_uuid": profile_uuid,
            "registration_status": "PROCESSING",
            **{key: profile[key] for key in _PROFILE_FIELDS if key in profile},
            "created_at": clock.iso(ctx.clock.now()),
            "_secondary_vetting": _flag(body.get("secondary_vetting"), default=True),
            "_mobile_phone": str(body.get("mobile_phone") or ""),
            "_business_contact_email": str(body.get("business_contact_email") or ""),
            "_url": str(body.get("url") or ""),
            "_method": str(body.get("method") or "POST"),
        }
        ctx.store.put_resource(account, KIND, brand_id, doc)
    ctx.hooks.review_started("brand", account, brand_id)
    return Result(
        {"brand_id": brand_id, "message": "Request to create brand was received and is being processed."}
    )


@handles("listBrands")
def list_brands(ctx: Ctx) -> Result:
    where: dict[str, Any] = {}
    if ctx.query.get("type"):
        where["brand_type"] = ctx.query["type"]
    statuses = {ctx.query[k] for k in ("status", "registration_status") if ctx.query.get(k)}
    if len(statuses) > 1:  # two different states asked for at once: nothing matches both
        return Result(list_page(ctx, [], 0, key="brands"))
    if statuses:
        where["registration_status"] = statuses.pop()
    limit, offset = paging(ctx)
    docs, total = ctx.store.list_resources(ctx.account.auth_id, KIND, limit=limit, offset=offset, where=where)
    return Result(list_page(ctx, [public(d) for d in docs], total, key="brands"))


@handles("getBrand")
def get_brand(ctx: Ctx) -> Result:
    return Result({"brand": public(_owned(ctx))})


@handles("deleteBrand")
def delete_brand(ctx: Ctx) -> Result:
    with ctx.store.transaction():
        doc = _owned(ctx)
        ctx.store.delete_resource(ctx.account.auth_id, KIND, doc["brand_id"])
    return Result({"brand_id": doc["brand_id"], "message": "Brand Deactivated"})


@handles("getBrandUsecases")
def get_brand_usecases(ctx: Ctx) -> Result:
    doc = _owned(ctx)
    use_cases = [
        {"name": USECASES[code][0], "code": code, "details": USECASES[code][1]} for code in usecases_for(doc)
    ]
    return Result({"brand_id": doc["brand_id"], "use_cases": use_cases})


@handles("triggerBrandOtp")
def trigger_brand_otp(ctx: Ctx) -> Result:
    with ctx.store.transaction():
        doc = _owned(ctx)
        if doc.get("brand_type") != "STARTER":
            raise bad_request("A verification code can only be sent for a STARTER brand")
        if not doc.get("_mobile_phone"):
            raise bad_request("The brand has no mobile_phone to send a verification code to")
        doc["_otp_sent_at"] = clock.iso(ctx.clock.now())
        ctx.store.put_resource(ctx.account.auth_id, KIND, doc["brand_id"], doc)
    return Result({"brand_id": doc["brand_id"], "message": "OTP sent to the brand's mobile phone."})
