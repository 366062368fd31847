"""The ASGI application: route -> authenticate -> validate -> handler -> serialise.

One catch-all Starlette route serves the API from the spec's routing table; `/_emulator/...` is the
emulator's own namespace (media bytes, and the admin API of `behaviour.admin`). Every error leaves
as Plivo's `{api_id, error}` body.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.types import Receive, Scope, Send

from .behaviour.install import install as install_behaviour
from .config import Settings
from .context import Ctx, Result, UploadedFile
from .errors import ApiError, new_api_id
from .hooks import Hooks
from .runtime import CompiledOperation, Runtime
from .validation import parse_json_body

log = logging.getLogger("plivo_emulator")
MAX_FORM_FILES = 50
MAX_FORM_FIELDS = 100
# Extensions installed on every app (for example a message lifecycle): each gets the Runtime.
EXTENSIONS: list[Callable[[Runtime], None]] = []


def _json(status: int, payload: dict[str, Any] | None, headers: dict[str, str] | None = None) -> Response:
    if payload is None:
        return Response(status_code=status, headers=headers)
    content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(content, status_code=status, headers=headers, media_type="application/json")


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"request body is larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _parse_multipart(headers: Headers, raw: bytes) -> tuple[dict[str, list[Any]], list[UploadedFile]]:
    async def once() -> AsyncGenerator[bytes, None]:
        yield raw

    parser = MultiPartParser(headers, once(), max_files=MAX_FORM_FILES, max_fields=MAX_FORM_FIELDS)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise ApiError(400, f"request body is not valid multipart/form-data: {exc.message}") from None
    fields: dict[str, list[Any]] = {}
    files: list[UploadedFile] = []
    try:
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                name = value.filename or ""
                files.append(UploadedFile(key, name, value.content_type or "", data))
                fields.setdefault(key, []).append(name or key)
            else:
                fields.setdefault(key, []).append(value)
    finally:
        await form.close()
    return fields, files


async def _body(
    request: Request, cop: CompiledOperation, settings: Settings
) -> tuple[Any, list[UploadedFile], dict[str, Any] | None]:
    """(validated body, uploaded files, JSON values for query parameters of a body-less operation)."""
    method = request.method
    if not cop.bodies:
        # SDKs send DELETE options as a JSON body; the documented form is the query string.
        if method != "DELETE" or "json" not in _media_type(request):
            return None, [], None
        raw = await _read_body(request, settings.max_json_body)
        parsed = parse_json_body(raw) if raw.strip() else None
        if not isinstance(parsed, dict):
            return None, [], None
        return None, [], {k: v for k, v in parsed.items() if k in cop.params.query_names}

    is_form = any(not m.endswith("json") for m in cop.bodies)
    raw = await _read_body(request, settings.max_upload_body if is_form else settings.max_json_body)
    media_type = _media_type(request)
    if not raw.strip():
        if cop.op.body_required:
            raise ApiError(400, "request body is required")
        return None, [], None
    if not media_type and "application/json" in cop.bodies:
        media_type = "application/json"
    if media_type not in cop.bodies:
        accepted = ", ".join(cop.bodies)
        raise ApiError(
            400, f"unsupported Content-Type {media_type or '(none)'!r}; this operation accepts {accepted}"
        )
    schema = cop.bodies[media_type]
    files: list[UploadedFile] = []
    if media_type.endswith("json"):
        body: Any = parse_json_body(raw)
    elif media_type == "multipart/form-data":
        fields, files = await _parse_multipart(request.headers, raw)
        body = {k: (v if k in cop.form_arrays else v[0]) for k, v in fields.items()}
    else:
        raise ApiError(400, f"unsupported Content-Type {media_type!r}")
    if schema is not None:
        problems = schema.messages(body)
        if problems:
            raise ApiError(400, "; ".join(problems))
    return body, files, None


def _base_url(request: Request, settings: Settings) -> str:
    return (settings.public_url or str(request.base_url)).rstrip("/")


async def _run(
    rt: Runtime, cop: CompiledOperation, path_params: dict[str, str], request: Request, api_id: str
) -> Result:
    account = rt.settings.accounts.authenticate(
        request.headers.get("authorization"), path_params.get("auth_id", "")
    )
    path = cop.params.path_values(path_params)
    body, files, extra = await _body(request, cop, rt.settings)
    query = cop.params.query_values(request.query_params.multi_items(), extra)
    if cop.handler is None:
        raise ApiError(501, f"the emulator does not implement {cop.op.operation_id} yet")
    ctx = Ctx(
        operation=cop.op,
        account=account,
        accounts=rt.settings.accounts,
        path=path,
        query=query,
        body=body,
        files=files,
        store=rt.store,
        settings=rt.settings,
        hooks=rt.hooks,
        base_url=_base_url(request, rt.settings),
        request_path=request.scope["path"],
        raw_query=list(request.query_params.multi_items()),
        client_ip=request.client.host if request.client else "",
        api_id=api_id,
    )
    return cop.handler(ctx)


def _finish(
    rt: Runtime, cop: CompiledOperation | None, status: int, payload: Any, headers: dict[str, str]
) -> Response:
    if rt.settings.validate_responses:
        problems = rt.check_response(cop, status, payload)
        if problems:
            what = cop.op.operation_id if cop else "request"
            failure = f"{what} -> {status}: " + "; ".join(problems)
            rt.response_failures.append(failure)
            log.error("RESPONSE DOES NOT MATCH THE SPEC: %s", failure)
            return _json(
                500,
                {"api_id": new_api_id(), "error": "emulator response does not match the spec: " + failure},
            )
    return _json(status, payload, headers)


def _make_api(rt: Runtime) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    async def respond(request: Request) -> Response:
        api_id = new_api_id()
        cop: CompiledOperation | None = None
        try:
            match = rt.router.match(request.method, request.scope["path"])
            cop = rt.operations[match.operation.operation_id]
            result = await _run(rt, cop, match.path_params, request, api_id)
        except ApiError as exc:
            return _finish(rt, cop, exc.status, exc.body(api_id), exc.headers)
        except Exception:
            log.exception("unhandled error on %s %s", request.method, request.scope["path"])
            return _finish(rt, None, 500, {"api_id": api_id, "error": "internal server error"}, {})
        status = result.status or cop.op.success_status
        payload = result.body
        if payload is not None and result.add_api_id and "api_id" not in payload:
            payload = {"api_id": api_id, **payload}
        return _finish(rt, cop, status, None if status == 204 else payload, result.headers)

    async def api(scope: Scope, receive: Receive, send: Send) -> None:
        response = await respond(Request(scope, receive))
        await response(scope, receive, send)

    return api


def _make_media(rt: Runtime) -> Callable[[Request], Any]:
    async def media(request: Request) -> Response:
        auth_id = request.path_params["auth_id"]
        media_id = request.path_params["media_id"]
        for kind in ("media", "message_media"):
            doc = rt.store.get_resource(auth_id, kind, media_id)
            if doc is None:
                continue
            if doc.get("_source_url"):
                return RedirectResponse(doc["_source_url"], status_code=302)
            data = rt.store.get_blob(doc.get("_blob", ""))
            if data is not None:
                return Response(data, media_type=doc.get("content_type") or "application/octet-stream")
        return _json(404, ApiError(404, "media not found").body())

    return media


def create_app(
    settings: Settings | None = None, hooks: Hooks | None = None, runtime: Runtime | None = None
) -> Starlette:
    rt = runtime or Runtime(settings or Settings.from_env(), hooks)
    behaviour = install_behaviour(rt)  # lifecycle, callbacks, inbound, faults, admin API
    for install in EXTENSIONS:
        install(rt)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        for start in rt.hooks.startup:
            await start()
        try:
            yield
        finally:
            for stop in rt.hooks.shutdown:
                await stop()

    app = Starlette(
        routes=[
            Route("/_emulator/media/{auth_id}/{media_id}", _make_media(rt), methods=["GET"]),
            *behaviour.routes(),
            # every method reaches the spec's router, behind injected faults and rate limits
            Mount("", app=behaviour.guard(_make_api(rt))),
        ],
        lifespan=lifespan,
    )
    # Starlette's route patterns stop at a newline, so a path holding an encoded one (`%0A`) would
    # get Starlette's plain-text 404; it goes to the spec's router like any other path.
    app.router.default = next(route.app for route in app.router.routes if isinstance(route, Mount))
    app.state.runtime = rt
    return app
