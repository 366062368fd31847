"""Helpers shared by handlers: serialising stored documents, list pages, URLs."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from ..context import Ctx
from ..errors import ApiError
from ..pagination import page_meta


def public(doc: Mapping[str, Any]) -> dict[str, Any]:
    """A stored document without its private (`_`-prefixed) keys."""
    # A copy with the few private keys deleted costs half of a filtered copy of every key.
    out = dict(doc)
    for key in [k for k in out if k[:1] == "_"]:
        del out[key]
    return out


def new_id() -> str:
    return str(uuid.uuid4())


def list_page(ctx: Ctx, objects: list[dict[str, Any]], total: int, key: str = "objects") -> dict[str, Any]:
    """`{meta, objects}` for a page read with the request's `limit`/`offset`."""
    limit = int(ctx.query.get("limit", 20))
    offset = int(ctx.query.get("offset", 0))
    return {
        "meta": page_meta(ctx.request_path, ctx.raw_query, limit, offset, total),
        key: objects,
    }


def paging(ctx: Ctx) -> tuple[int, int]:
    return int(ctx.query.get("limit", 20)), int(ctx.query.get("offset", 0))


def media_url(ctx: Ctx, media_id: str) -> str:
    """Where the emulator serves the bytes of a media item (no authentication, like Plivo's media
    host)."""
    return f"{ctx.base_url}/_emulator/media/{ctx.account.auth_id}/{media_id}"


def bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")
