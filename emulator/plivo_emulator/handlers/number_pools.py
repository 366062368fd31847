"""Number pools: the senders of a Powerpack (long codes, toll-free numbers, short codes).

Storage (all keyed by the account):
* `number_pool` resources, id = pool uuid, created with their Powerpack (see powerpacks.py);
* `pool_number` resources, parent = pool uuid, id = the number. Toll-free numbers are stored here too,
  with `type: tollfree`: the long-code list shows them (filter `type=tollfree`) and the `Tollfree`
  operations see only them;
* `pool_shortcode` resources, parent = pool uuid, id = the short code.

Which numbers an account rents is kept in an emulator-wide registry (`number_owner` resources under
the pseudo-account `*`), so a number rented by one account cannot be added by another. The emulator
has no Numbers API: a plain add (`rent` false) of a number nobody rents takes it onto the account, as
if the account had rented it before; `rent` true ("buy and add") needs a number nobody rents yet.
Removing with `unrent` (or deleting the Powerpack with `unrent_numbers`) gives the number back.

Short codes cannot be added through the API (Plivo support provisions them), so a new pool has none;
tests and tools place one with `place_shortcode()`.
"""

from __future__ import annotations

from typing import Any

from .. import clock, numbers
from ..context import Ctx, Result
from ..store import Store
from .common import bad_request, list_page, not_found, paging, public
from .registry import handles

OWNERS = "*"  # pseudo-account holding the emulator-wide registry of rented numbers
NANP_TOLLFREE_CODES = frozenset({"800", "833", "844", "855", "866", "877", "888"})
OTHER_TOLLFREE_PREFIXES = ("44800", "44808", "611800", "911800")


def flag(value: Any, default: bool = False) -> bool:
    """A boolean sent as JSON boolean or as the string "true"/"false" (as some SDKs do)."""
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return bool(value)


def pool_uri(account: str, pool_uuid: str) -> str:
    return f"/v1/Account/{account}/NumberPool/{pool_uuid}/"


def number_type(number: str) -> str:
    """`tollfree`, `mobile` or `fixed`, from the number's prefix."""
    if len(number) == 11 and number.startswith("1") and number[1:4] in NANP_TOLLFREE_CODES:
        return "tollfree"
    if number.startswith(OTHER_TOLLFREE_PREFIXES):
        return "tollfree"
    if number.startswith("447") or (len(number) > 2 and number.startswith("91") and number[2] in "6789"):
        return "mobile"
    return "fixed"


def national_part(number: str) -> str:
    """The number without its country calling code."""
    return numbers.national_part(number)


def checked_number(raw: str) -> tuple[str, str]:
    """(number, country) of a number a pool can hold, else 400."""
    number = numbers.sanitize(raw)
    country = numbers.country_of(number)
    if not numbers.is_valid_destination(number) or country is None:
        raise bad_request(f"The number {raw} is not a valid number")
    return number, country


# ------------------------------------------------------------------------------------ ownership


def owner_of(store: Store, number: str) -> str | None:
    doc = store.get_resource(OWNERS, "number_owner", number)
    return str(doc["account"]) if doc else None


def take_number(store: Store, account: str, number: str, rent: bool) -> None:
    """Put the number on the account (400 when it cannot be)."""
    owner = owner_of(store, number)
    if rent and owner == account:
        raise bad_request(f"The number {number} is already rented on this account; add it without rent")
    if rent and owner is not None:
        raise bad_request(f"The number {number} is not available to rent")
    if owner is not None and owner != account:
        raise bad_request(f"The number {number} is not a number of this account")
    if owner is None:
        store.put_resource(
            OWNERS, "number_owner", number, {"number": number, "account": account, "since": _now(store)}
        )


def numbers_of(store: Store, account: str) -> list[str]:
    """The numbers the account rents."""
    docs, _ = store.list_resources(OWNERS, "number_owner", limit=None, where={"account": account})
    return [str(doc["number"]) for doc in docs]


def release_number(store: Store, account: str, number: str) -> None:
    """Unrent: the number leaves the account."""
    if owner_of(store, number) == account:
        store.delete_resource(OWNERS, "number_owner", number)


# ----------------------------------------------------------------------------------------- pools


def create_pool(store: Store, account: str, pool_uuid: str, powerpack_uuid: str) -> None:
    doc = {"uuid": pool_uuid, "powerpack_uuid": powerpack_uuid, "created_on": _now(store)}
    store.put_resource(account, "number_pool", pool_uuid, doc)


def delete_pool(store: Store, account: str, pool_uuid: str, unrent: bool) -> None:
    """The pool and its members; with `unrent` its numbers also leave the account."""
    with store.transaction():
        if unrent:
            members, _ = store.list_resources(account, "pool_number", parent=pool_uuid, limit=None)
            for member in members:
                release_number(store, account, str(member["number"]))
        store.delete_children(account, "pool_number", pool_uuid)
        store.delete_children(account, "pool_shortcode", pool_uuid)
        store.delete_resource(account, "number_pool", pool_uuid)


def place_shortcode(
    store: Store, account: str, pool_uuid: str, shortcode: str, country_iso2: str = "US", service: str = "sms"
) -> dict[str, Any]:
    """Put a short code in a pool, as Plivo support does (there is no API operation for it)."""
    if store.get_resource(account, "number_pool", pool_uuid) is None:
        raise ValueError(f"no number pool {pool_uuid} in account {account}")
    held = store.get_resource(account, "pool_shortcode", shortcode)
    if held is not None:
        raise ValueError(f"short code {shortcode} is already in pool {held['number_pool_uuid']}")
    doc = {
        "shortcode": shortcode,
        "number_pool_uuid": pool_uuid,
        "country_iso2": country_iso2,
        "service": service,
        "added_on": _now(store),
    }
    store.put_resource(account, "pool_shortcode", shortcode, doc, parent=pool_uuid)
    return doc


def _now(store: Store) -> str:
    return clock.iso(store.clock.now())


def _pool(ctx: Ctx) -> str:
    pool_uuid = str(ctx.path["number_pool_uuid"])
    if ctx.store.get_resource(ctx.account.auth_id, "number_pool", pool_uuid) is None:
        raise not_found("number pool")
    return pool_uuid


def _member(ctx: Ctx, pool_uuid: str, number: str, tollfree: bool) -> dict[str, Any]:
    doc = ctx.store.get_resource(ctx.account.auth_id, "pool_number", number, parent=pool_uuid)
    if doc is None or (tollfree and doc.get("type") != "tollfree"):
        kind = "toll-free number" if tollfree else "number"
        raise not_found(f"{kind} {number} in this number pool")
    return doc


def _members(ctx: Ctx, kind: str, where: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every `kind` resource of the path's number pool (404 if there is none), oldest first."""
    docs, _ = ctx.store.list_resources(
        ctx.account.auth_id, kind, parent=_pool(ctx), limit=None, where=where, newest_first=False
    )
    return docs


def _page(ctx: Ctx, docs: list[dict[str, Any]]) -> Result:
    limit, offset = paging(ctx)
    return Result(list_page(ctx, [public(d) for d in docs[offset : offset + limit]], len(docs)))


def _add(ctx: Ctx, tollfree: bool) -> Result:
    pool_uuid = _pool(ctx)
    account = ctx.account.auth_id
    raw = str(ctx.path["tollfree_number" if tollfree else "number"])
    number, country = checked_number(raw)
    kind = number_type(number)
    if tollfree and kind != "tollfree":
        raise bad_request(f"The number {number} is not a toll-free number")
    body: dict[str, Any] = ctx.body or {}
    with ctx.store.transaction():
        held = ctx.store.get_resource(account, "pool_number", number)
        if held is not None:
            where = "this number pool" if held["number_pool_uuid"] == pool_uuid else "another number pool"
            raise bad_request(f"The number {number} is already in {where}")
        take_number(ctx.store, account, number, flag(body.get("rent")))
        doc = {
            "number": number,
            "number_pool_uuid": pool_uuid,
            "type": kind,
            "service": str(body.get("service") or "sms"),
            "country_iso2": country,
            "added_on": _now(ctx.store),
            "account_phone_number_resource": f"/v1/Account/{account}/Number/{number}/",
        }
        ctx.store.put_resource(account, "pool_number", number, doc, parent=pool_uuid)
    return Result(public(doc))


def _remove(ctx: Ctx, tollfree: bool) -> Result:
    pool_uuid = _pool(ctx)
    number = numbers.sanitize(str(ctx.path["tollfree_number" if tollfree else "number"]))
    with ctx.store.transaction():
        _member(ctx, pool_uuid, number, tollfree)
        ctx.store.delete_resource(ctx.account.auth_id, "pool_number", number, parent=pool_uuid)
        if flag(ctx.query.get("unrent")):
            release_number(ctx.store, ctx.account.auth_id, number)
    return Result({"response": "success"})


@handles("getNumberPool")
def get_number_pool(ctx: Ctx) -> Result:
    pool_uuid = _pool(ctx)
    uri = pool_uri(ctx.account.auth_id, pool_uuid)
    return Result({"uuid": pool_uuid, "numbers": uri + "Number/", "shortcodes": uri + "Shortcode/"})


@handles("listPoolNumbers")
def list_pool_numbers(ctx: Ctx) -> Result:
    where: dict[str, Any] = {}
    if ctx.query.get("type"):
        where["type"] = "tollfree" if ctx.query["type"] == "toll-free" else ctx.query["type"]
    for key in ("service", "country_iso2"):
        if ctx.query.get(key):
            where[key] = ctx.query[key]
    docs = _members(ctx, "pool_number", where)
    starts_with = ctx.query.get("starts_with")
    if starts_with:
        if not ctx.query.get("country_iso2"):
            raise bad_request("starts_with: needs country_iso2")
        prefixes = tuple(str(starts_with).split(","))
        docs = [d for d in docs if national_part(str(d["number"])).startswith(prefixes)]
    return _page(ctx, docs)


@handles("getPoolNumber")
def get_pool_number(ctx: Ctx) -> Result:
    pool_uuid = _pool(ctx)
    number = numbers.sanitize(str(ctx.path["number"]))
    doc = _member(ctx, pool_uuid, number, tollfree=False)
    service = ctx.query.get("service")
    if service and doc.get("service") != service:
        raise not_found(f"number {number} for service {service} in this number pool")
    return Result(public(doc))


@handles("addPoolNumber")
def add_pool_number(ctx: Ctx) -> Result:
    return _add(ctx, tollfree=False)


@handles("removePoolNumber")
def remove_pool_number(ctx: Ctx) -> Result:
    return _remove(ctx, tollfree=False)


@handles("listPoolTollfreeNumbers")
def list_pool_tollfree_numbers(ctx: Ctx) -> Result:
    return _page(ctx, _members(ctx, "pool_number", {"type": "tollfree"}))


@handles("getPoolTollfreeNumber")
def get_pool_tollfree_number(ctx: Ctx) -> Result:
    pool_uuid = _pool(ctx)
    number = numbers.sanitize(str(ctx.path["tollfree_number"]))
    return Result(public(_member(ctx, pool_uuid, number, tollfree=True)))


@handles("addPoolTollfreeNumber")
def add_pool_tollfree_number(ctx: Ctx) -> Result:
    return _add(ctx, tollfree=True)


@handles("removePoolTollfreeNumber")
def remove_pool_tollfree_number(ctx: Ctx) -> Result:
    return _remove(ctx, tollfree=True)


@handles("listPoolShortcodes")
def list_pool_shortcodes(ctx: Ctx) -> Result:
    return _page(ctx, _members(ctx, "pool_shortcode"))


def _shortcode(ctx: Ctx, pool_uuid: str) -> dict[str, Any]:
    shortcode = str(ctx.path["shortcode"])
    doc = ctx.store.get_resource(ctx.account.auth_id, "pool_shortcode", shortcode, parent=pool_uuid)
    if doc is None:
        raise not_found(f"short code {shortcode} in this number pool")
    return doc


@handles("getPoolShortcode")
def get_pool_shortcode(ctx: Ctx) -> Result:
    return Result(public(_shortcode(ctx, _pool(ctx))))


@handles("removePoolShortcode")
def remove_pool_shortcode(ctx: Ctx) -> Result:
    pool_uuid = _pool(ctx)
    with ctx.store.transaction():
        doc = _shortcode(ctx, pool_uuid)
        ctx.store.delete_resource(ctx.account.auth_id, "pool_shortcode", doc["shortcode"], parent=pool_uuid)
    return Result({"response": "success"})
