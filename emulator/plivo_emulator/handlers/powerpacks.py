"""Powerpacks: create (with an empty number pool), list, get, update, delete.

A Powerpack is stored as a `powerpack` resource whose document is what Plivo returns; its pool is a
`number_pool` resource (see number_pools.py) reached through the `number_pool` URI. Names are unique
within an account. `application_type` is kept upper case (`XML`, `PHLO`) as Plivo returns it, and
both application fields are empty strings while no application is attached.
"""

from __future__ import annotations

from typing import Any

from .. import clock
from ..context import Ctx, Result
from .common import bad_request, list_page, new_id, not_found, paging, public
from .number_pools import create_pool, delete_pool, flag, pool_uri
from .registry import handles

DETACH = "none"  # the application_id value that detaches the current application


def _taken(ctx: Ctx, name: str, except_uuid: str | None = None) -> bool:
    docs, _ = ctx.store.list_resources(ctx.account.auth_id, "powerpack", limit=None, where={"name": name})
    return any(d["uuid"] != except_uuid for d in docs)


def _application(current: dict[str, Any], body: dict[str, Any]) -> tuple[str, str]:
    """(application_type, application_id) after applying the request; 400 when inconsistent."""
    app_type = str(current.get("application_type") or "")
    app_id = str(current.get("application_id") or "")
    given_id = body.get("application_id")
    given_type = str(body.get("application_type") or "")
    if given_id == DETACH:
        return "", ""
    if given_id:
        app_id = str(given_id)
        app_type = given_type.upper() or app_type
        if not app_type:
            raise bad_request("application_type: this parameter is required when application_id is given")
    elif given_type and app_id:
        app_type = given_type.upper()
    return (app_type, app_id) if app_id else ("", "")


def _owned(ctx: Ctx) -> dict[str, Any]:
    doc = ctx.store.get_resource(ctx.account.auth_id, "powerpack", str(ctx.path["powerpack_uuid"]))
    if doc is None:
        raise not_found("powerpack")
    return doc


def pool_uuid_of(doc: dict[str, Any]) -> str:
    return str(doc["number_pool"]).rstrip("/").rsplit("/", 1)[-1]


@handles("createPowerpack")
def create_powerpack(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    name = str(body["name"])
    account = ctx.account.auth_id
    app_type, app_id = _application({}, body)
    with ctx.store.transaction():
        if _taken(ctx, name):
            raise bad_request(f"name: a Powerpack named {name!r} already exists")
        powerpack_uuid, pool_uuid = new_id(), new_id()
        doc = {
            "uuid": powerpack_uuid,
            "name": name,
            "sticky_sender": flag(body.get("sticky_sender"), default=True),
            "local_connect": flag(body.get("local_connect"), default=True),
            "application_type": app_type,
            "application_id": app_id,
            "number_pool": pool_uri(account, pool_uuid),
            "number_priority": list(body.get("number_priority") or []),
            "created_on": clock.iso(ctx.clock.now()),
        }
        create_pool(ctx.store, account, pool_uuid, powerpack_uuid)
        ctx.store.put_resource(account, "powerpack", powerpack_uuid, doc)
    return Result(public(doc))


@handles("listPowerpacks")
def list_powerpacks(ctx: Ctx) -> Result:
    # `service` (sent by one SDK) is not a documented filter; like Plivo, it is accepted and ignored.
    limit, offset = paging(ctx)
    docs, total = ctx.store.list_resources(ctx.account.auth_id, "powerpack", limit=limit, offset=offset)
    return Result(list_page(ctx, [public(d) for d in docs], total))


@handles("getPowerpack")
def get_powerpack(ctx: Ctx) -> Result:
    return Result(public(_owned(ctx)))


@handles("updatePowerpack")
def update_powerpack(ctx: Ctx) -> Result:
    body: dict[str, Any] = ctx.body or {}
    with ctx.store.transaction():
        doc = _owned(ctx)
        if "name" in body:
            name = str(body["name"])
            if _taken(ctx, name, except_uuid=doc["uuid"]):
                raise bad_request(f"name: a Powerpack named {name!r} already exists")
            doc["name"] = name
        for key in ("sticky_sender", "local_connect"):
            if key in body:
                doc[key] = flag(body[key], default=bool(doc.get(key)))
        doc["application_type"], doc["application_id"] = _application(doc, body)
        if "number_priority" in body:
            doc["number_priority"] = list(body["number_priority"] or [])
        ctx.store.put_resource(ctx.account.auth_id, "powerpack", doc["uuid"], doc)
    return Result(public(doc))


@handles("deletePowerpack")
def delete_powerpack(ctx: Ctx) -> Result:
    with ctx.store.transaction():
        doc = _owned(ctx)
        delete_pool(ctx.store, ctx.account.auth_id, pool_uuid_of(doc), flag(ctx.query.get("unrent_numbers")))
        ctx.store.delete_resource(ctx.account.auth_id, "powerpack", doc["uuid"])
    return Result({"response": "success"})
