"""Toll-free verification requests: create, list (with filters), get, update, delete.

A request names a profile of the account and a toll-free number that no other account rents, and
starts `SUBMITTED`; a number may have only one request that is not `REJECTED`. Updates are accepted
while the request is `SUBMITTED` or `UPDATE_REQUIRED` and send it back to `SUBMITTED`.
`set_status()` is the one place that changes the review state. Lists count matches in `meta.count`
(not `total_count`), as Plivo does for this resource.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from .. import clock, numbers
from ..context import Ctx, Result
from ..errors import ApiError
from ..pagination import page_meta
from ..store import Store
from . import spec_facts
from .common import bad_request, new_id, paging, public
from .number_pools import number_type, owner_of
from .profiles import find_profile
from .registry import handles

KIND = "tollfree_verification"
STATES = spec_facts.enum("TollfreeVerificationStatus")
UPDATABLE_STATES = frozenset({"SUBMITTED", "UPDATE_REQUIRED"})
FIELDS = (
    "usecase",
    "usecase_summary",
    "message_sample",
    "optin_type",
    "optin_image_url",
    "volume",
    "additional_information",
    "extra_data",
    "terms_and_conditions_link",
    "privacy_policy_link",
    "optin_message",
    "help_message",
    "callback_url",
    "callback_method",
)
CREATED_FILTERS = {"created__gt": ">", "created__gte": ">=", "created__lt": "<", "created__lte": "<="}
COMPARE: dict[str, Callable[[datetime, datetime], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}
_ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


def set_status(
    store: Store, account: str, verification_uuid: str, status: str, error_message: str = ""
) -> dict[str, Any] | None:
    """Move a request to another review state; returns the new document (None if unknown)."""
    if status not in STATES:
        raise ValueError(f"unknown toll-free verification status {status!r}")
    with store.transaction():
        doc = store.get_resource(account, KIND, verification_uuid)
        if doc is None:
            return None
        doc["status"] = status
        doc["error_message"] = error_message
        doc["last_modified"] = clock.iso(store.clock.now())
        store.put_resource(account, KIND, verification_uuid, doc)
    return doc


def _joined(value: Any) -> str:
    """Lists (of use cases, of URLs) are kept as one comma-separated string, as Plivo returns them."""
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return ",".join(part.strip() for part in str(value).split(","))


def _owned(ctx: Ctx) -> dict[str, Any]:
    doc = ctx.store.get_resource(ctx.account.auth_id, KIND, str(ctx.path["verification_uuid"]))
    if doc is None:
        raise ApiError(404, "Tollfree verification request not found")
    return doc


def _profile(ctx: Ctx, profile_uuid: str) -> None:
    if find_profile(ctx.store, ctx.account.auth_id, profile_uuid) is None:
        raise bad_request(f"profile_uuid: no profile {profile_uuid} in this account")


def _apply(doc: dict[str, Any], body: dict[str, Any]) -> None:
    for key in FIELDS:
        if key in body and body[key] is not None:
            value = body[key]
            doc[key] = _joined(value) if key in ("usecase", "optin_image_url") else str(value)


@handles("createTollfreeVerification")
def create_tollfree_verification(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account = ctx.account.auth_id
    number = numbers.sanitize(str(body["number"]))
    if number_type(number) != "tollfree":
        raise bad_request(f"number: {number} is not a toll-free number")
    owner = owner_of(ctx.store, number)
    if owner is not None and owner != account:
        raise bad_request(f"number: {number} is not a number of this account")
    with ctx.store.transaction():
        _profile(ctx, str(body["profile_uuid"]))
        existing, _ = ctx.store.list_resources(account, KIND, limit=None, where={"number": number})
        active = [d for d in existing if d.get("status") != "REJECTED"]
        if active:
            raise bad_request(f"A verification request for {number} already exists ({active[0]['uuid']})")
        now = clock.iso(ctx.clock.now())
        verification_uuid = new_id()
        doc: dict[str, Any] = {
            "uuid": verification_uuid,
            "profile_uuid": str(body["profile_uuid"]),
            "number": number,
            **dict.fromkeys(FIELDS, ""),
            "callback_method": "POST",
            "status": "SUBMITTED",
            "error_message": "",
            "created": now,
            "last_modified": now,
        }
        _apply(doc, body)
        ctx.store.put_resource(account, KIND, verification_uuid, doc)
    ctx.hooks.review_started("tollfree_verification", account, verification_uuid)
    return Result(
        {
            "message": f"Tollfree verification request for {number} submitted succesfully",
            "uuid": verification_uuid,
        }
    )


def _matches(doc: dict[str, Any], query: dict[str, Any], bounds: list[tuple[str, datetime]]) -> bool:
    for key in ("number", "status", "profile_uuid"):
        if query.get(key) and doc.get(key) != query[key]:
            return False
    usecase = query.get("usecase")
    if usecase and usecase not in str(doc.get("usecase", "")).split(","):
        return False
    created = datetime.strptime(str(doc["created"]), _ISO).replace(tzinfo=UTC)
    return all(COMPARE[op](created, bound) for op, bound in bounds)


@handles("listTollfreeVerifications")
def list_tollfree_verifications(ctx: Ctx) -> Result:
    bounds: list[tuple[str, datetime]] = []
    for name, op in CREATED_FILTERS.items():
        if ctx.query.get(name):
            try:
                bounds.append((op, clock.parse_time(str(ctx.query[name]))))
            except ValueError as exc:
                raise bad_request(f"{name}: {exc}") from None
    docs, _ = ctx.store.list_resources(ctx.account.auth_id, KIND, limit=None)
    matching = [d for d in docs if _matches(d, ctx.query, bounds)]
    limit, offset = paging(ctx)
    meta = page_meta(ctx.request_path, ctx.raw_query, limit, offset, len(matching))
    meta["count"] = meta.pop("total_count")
    return Result({"meta": meta, "objects": [public(d) for d in matching[offset : offset + limit]]})


@handles("getTollfreeVerification")
def get_tollfree_verification(ctx: Ctx) -> Result:
    return Result(public(_owned(ctx)))


@handles("updateTollfreeVerification")
def update_tollfree_verification(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account = ctx.account.auth_id
    with ctx.store.transaction():
        doc = _owned(ctx)
        if doc["status"] not in UPDATABLE_STATES:
            raise bad_request(
                f"The verification request is {doc['status']}; only SUBMITTED or UPDATE_REQUIRED "
                "requests can be updated"
            )
        if body.get("number") and numbers.sanitize(str(body["number"])) != doc["number"]:
            raise bad_request("number: the number of a verification request cannot be changed")
        if body.get("profile_uuid"):
            _profile(ctx, str(body["profile_uuid"]))
            doc["profile_uuid"] = str(body["profile_uuid"])
        _apply(doc, body)
        ctx.store.put_resource(account, KIND, doc["uuid"], doc)
        set_status(ctx.store, account, doc["uuid"], "SUBMITTED")
    ctx.hooks.review_started("tollfree_verification", account, doc["uuid"])
    return Result({"message": f"Tollfree verification request for {doc['number']} updated succesfully"})


@handles("deleteTollfreeVerification")
def delete_tollfree_verification(ctx: Ctx) -> Result:
    with ctx.store.transaction():
        doc = _owned(ctx)
        ctx.store.delete_resource(ctx.account.auth_id, KIND, doc["uuid"])
    return Result(None)
