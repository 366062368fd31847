"""Uploaded media: upload (multipart, one or more `file` parts), get, list, delete.

Each uploaded file gets its own outcome in the 200 answer, as Plivo reports it: stored files have
`status: success` and `status_code: 201`; a refused file (too large, empty, a content type the spec's
`encoding` does not allow) has the reason as `status` and a 4xx `status_code`, and is not stored.
Bytes live in the store's blob table and are served, without authentication, at each item's
`media_url` (`/_emulator/media/{auth_id}/{media_id}` on the emulator itself).
"""

from __future__ import annotations

import fnmatch
import mimetypes
from typing import Any

from .. import clock
from ..context import Ctx, Result, UploadedFile
from .common import bad_request, list_page, media_url, new_id, not_found, paging, public
from .registry import handles

MAX_FILES = 10
MAX_FILE_BYTES = 2 * 1024 * 1024
# Used when the spec gives no `encoding.file.contentType` for the upload.
DEFAULT_ALLOWED = ("image/*", "audio/*", "video/*", "text/plain", "text/csv", "text/vcard", "application/pdf")
_GENERIC = ("", "application/octet-stream")


def _content_type(upload: UploadedFile) -> str:
    declared = upload.content_type.split(";")[0].strip().lower()
    if declared in _GENERIC:
        declared = (mimetypes.guess_type(upload.filename)[0] or "application/octet-stream").lower()
    return declared


def _allowed(ctx: Ctx) -> tuple[str, ...]:
    return ctx.operation.encodings.get("multipart/form-data", {}).get("file") or DEFAULT_ALLOWED


def _refusal(upload: UploadedFile, content_type: str, allowed: tuple[str, ...]) -> tuple[int, str] | None:
    if not upload.data:
        return 400, "the file is empty"
    if len(upload.data) > MAX_FILE_BYTES:
        return 413, f"the file is larger than {MAX_FILE_BYTES} bytes"
    if not any(fnmatch.fnmatchcase(content_type, pattern) for pattern in allowed):
        return 415, f"content type {content_type} is not supported"
    return None


def _shown(ctx: Ctx, doc: dict[str, Any]) -> dict[str, Any]:
    out = public(doc)
    out["media_url"] = media_url(ctx, doc["media_id"])
    return out


@handles("uploadMedia")
def upload_media(ctx: Ctx) -> Result:
    uploads = [f for f in ctx.files if f.field == "file"]
    if not uploads:
        raise bad_request("file: this parameter is required")
    if len(uploads) > MAX_FILES:
        raise bad_request(f"file: at most {MAX_FILES} files per request")
    allowed = _allowed(ctx)
    now = clock.iso(ctx.clock.now())
    objects: list[dict[str, Any]] = []
    with ctx.store.transaction():
        for upload in uploads:
            content_type = _content_type(upload)
            name = upload.filename or "file"
            refusal = _refusal(upload, content_type, allowed)
            if refusal is not None:
                code, reason = refusal
                objects.append(
                    {"file_name": name, "status": reason, "status_code": code, "error_message": reason}
                )
                continue
            media_id = new_id()
            doc = {
                "content_type": content_type,
                "file_name": name,
                "media_id": media_id,
                "size": len(upload.data),
                "upload_time": now,
                "_blob": ctx.store.add_blob(upload.data),
            }
            ctx.store.put_resource(ctx.account.auth_id, "media", media_id, doc)
            shown = _shown(ctx, doc)
            # Both names of the URL: Plivo documents `media_url`, plivo-go reads `url` (see the spec).
            objects.append({**shown, "url": shown["media_url"], "status": "success", "status_code": 201})
    return Result({"objects": objects})


@handles("getMedia")
def get_media(ctx: Ctx) -> Result:
    doc = ctx.store.get_resource(ctx.account.auth_id, "media", str(ctx.path["media_id"]))
    if doc is None:
        raise not_found("media")
    return Result(_shown(ctx, doc))


@handles("listMedia")
def list_media(ctx: Ctx) -> Result:
    limit, offset = paging(ctx)
    docs, total = ctx.store.list_resources(ctx.account.auth_id, "media", limit=limit, offset=offset)
    return Result(list_page(ctx, [_shown(ctx, d) for d in docs], total))


@handles("deleteMedia")
def delete_media(ctx: Ctx) -> Result:
    media_id = str(ctx.path["media_id"])
    with ctx.store.transaction():
        doc = ctx.store.get_resource(ctx.account.auth_id, "media", media_id)
        if doc is None:
            raise not_found("media")
        ctx.store.delete_resource(ctx.account.auth_id, "media", media_id)
        ctx.store.release_blob(doc["_blob"])
    return Result(None)
