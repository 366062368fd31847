"""The ASGI application: route -> authenticate -> validate -> handler -> serialise.

One prefix check sends every HTTP request outside `/_emulator/` straight to the API (the spec's
routing table, behind the traffic guard), with no Starlette router or middleware on the way;
`/_emulator/...` is the emulator's own namespace (media bytes, and the admin API of
`behaviour.admin`), served by Starlette, which also runs the lifespan. Every error leaves as Plivo's
`{api_id, error}` body.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

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


ADMIN_PREFIX = "/_emulator/"
_JSON_TYPE = (b"content-type", b"application/json")


def _json(status: int, payload: dict[str, Any] | None, headers: dict[str, str] | None = None) -> Response:
    if payload is None:
        return Response(status_code=status, headers=headers)
    content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(content, status_code=status, headers=headers, media_type="application/json")


class Incoming:
    """What the API reads of one HTTP request, straight from the ASGI scope (no Starlette Request:
    its parsing of headers, query string and URL would cost more than the request path itself)."""

    def __init__(self, scope: Scope, receive: Receive, public_url: str | None) -> None:
        self.scope = scope
        self.receive = receive
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        self._public_url = public_url
        raw_query: bytes = scope.get("query_string", b"")
        self.query: list[tuple[str, str]] = (
            parse_qsl(raw_query.decode("latin-1"), keep_blank_values=True) if raw_query else []
        )
        client = scope.get("client")
        self.client_ip: str = client[0] if client else ""

    def header(self, name: bytes) -> str | None:
        """The first value of a header (`name` in lower case, as ASGI servers give them)."""
        for key, value in self.scope["headers"]:
            if key == name:
                return str(value.decode("latin-1"))
        return None

    def media_type(self) -> str:
        return (self.header(b"content-type") or "").split(";")[0].strip().lower()

    def charset(self) -> str | None:
        """The `charset` parameter of the Content-Type, lower case, None when there is none."""
        for param in (self.header(b"content-type") or "").split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip('"').lower()
        return None

    def base_url(self) -> str:
        """The public base URL, no trailing slash: only media URLs need it, so it is computed then."""
        return (self._public_url or str(Request(self.scope).base_url)).rstrip("/")

    async def read_body(self, limit: int) -> bytes:
        declared = self.header(b"content-length") or ""
        if declared.isdigit() and int(declared) > limit:
            raise ApiError(413, f"request body is larger than {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await self.receive()
            if message["type"] != "http.request":  # the client went away
                raise ApiError(400, "the client disconnected before sending the whole body")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise ApiError(413, f"request body is larger than {limit} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


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
    request: Incoming, cop: CompiledOperation, settings: Settings
) -> tuple[Any, list[UploadedFile], dict[str, Any] | None]:
    """(validated body, uploaded files, JSON values for query parameters of a body-less operation)."""
    if not cop.bodies:
        # SDKs send DELETE options as a JSON body; the documented form is the query string.
        if request.method != "DELETE" or "json" not in request.media_type():
            return None, [], None
        raw = await request.read_body(settings.max_json_body)
        parsed = parse_json_body(raw) if raw.strip() else None
        if not isinstance(parsed, dict):
            return None, [], None
        return None, [], {k: v for k, v in parsed.items() if k in cop.params.query_names}

    is_form = any(not m.endswith("json") for m in cop.bodies)
    raw = await request.read_body(settings.max_upload_body if is_form else settings.max_json_body)
    media_type = request.media_type()
    if not raw.strip():
        if cop.op.body_required:
            raise ApiError(400, "request body is required")
        return None, [], None
    if media_type not in cop.bodies:
        # Plivo takes request bodies only with their Content-Type ("All POST requests arguments must
        # be passed as json with the Content-Type set as application/json"): none is no JSON.
        accepted = " or ".join(cop.bodies)
        given = f"{media_type!r} is not supported" if media_type else "this header is required"
        raise ApiError(400, f"Content-Type: {given}; this operation takes {accepted}")
    charset = request.charset()
    if media_type.endswith("json") and charset not in (None, "utf-8", "utf8"):
        # RFC 8259 8.1: JSON exchanged between systems is UTF-8.
        raise ApiError(
            400, f"Content-Type: charset {charset!r} is not supported; send the JSON body as UTF-8"
        )
    schema = cop.bodies[media_type]
    files: list[UploadedFile] = []
    if media_type.endswith("json"):
        body: Any = parse_json_body(raw)
    elif media_type == "multipart/form-data":
        fields, files = await _parse_multipart(Headers(scope=request.scope), raw)
        body = {k: (v if k in cop.form_arrays else v[0]) for k, v in fields.items()}
    else:
        raise ApiError(400, f"unsupported Content-Type {media_type!r}")
    if schema is not None:
        problems = schema.messages(body)
        if problems:
            raise ApiError(400, "; ".join(problems))
    return body, files, None


async def _run(
    rt: Runtime, cop: CompiledOperation, path_params: dict[str, str], request: Incoming, api_id: str
) -> Result:
    account = rt.settings.accounts.authenticate(
        request.header(b"authorization"), path_params.get("auth_id", "")
    )
    path = cop.params.path_values(path_params)
    body, files, extra = await _body(request, cop, rt.settings)
    query = cop.params.query_values(request.query, extra)
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
        base_url_of=request.base_url,
        request_path=request.path,
        raw_query=request.query,
        client_ip=request.client_ip,
        api_id=api_id,
    )
    return cop.handler(ctx)


def _checked(
    rt: Runtime, cop: CompiledOperation | None, status: int, payload: Any
) -> tuple[int, Any, dict[str, str] | None]:
    """With `validate_responses`, a response outside the spec becomes a 500 (and is recorded)."""
    problems = rt.check_response(cop, status, payload)
    if not problems:
        return status, payload, None
    what = cop.op.operation_id if cop else "request"
    failure = f"{what} -> {status}: " + "; ".join(problems)
    rt.response_failures.append(failure)
    log.error("RESPONSE DOES NOT MATCH THE SPEC: %s", failure)
    return 500, {"api_id": new_api_id(), "error": "emulator response does not match the spec: " + failure}, {}


async def _send(send: Send, status: int, payload: Any, headers: dict[str, str], head: bool = False) -> None:
    """Serialise and send, as a Starlette JSON Response would (content-length, content-type); the
    answer to HEAD has the headers of the GET answer and no body."""
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()] if headers else []
    if payload is None:
        content = b""
        if not (status < 200 or status in (204, 304)):
            raw.append((b"content-length", b"0"))
    else:
        content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        raw.append((b"content-length", str(len(content)).encode("latin-1")))
        raw.append(_JSON_TYPE)
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": b"" if head else content})


def _make_api(rt: Runtime) -> ASGIApp:
    async def respond(request: Incoming) -> tuple[CompiledOperation | None, int, Any, dict[str, str]]:
        api_id = new_api_id()
        cop: CompiledOperation | None = None
        try:
            match = rt.router.match(request.method, request.path)
            cop = rt.operations[match.operation.operation_id]
            result = await _run(rt, cop, match.path_params, request, api_id)
        except ApiError as exc:
            return cop, exc.status, exc.body(api_id), exc.headers
        except Exception:
            log.exception("unhandled error on %s %s", request.method, request.path)
            return None, 500, {"api_id": api_id, "error": "internal server error"}, {}
        status = result.status or cop.op.success_status
        payload = result.body
        if payload is not None and result.add_api_id and "api_id" not in payload:
            payload = {"api_id": api_id, **payload}
        return cop, status, None if status == 204 else payload, result.headers

    async def api(scope: Scope, receive: Receive, send: Send) -> None:
        cop, status, payload, headers = await respond(Incoming(scope, receive, rt.settings.public_url))
        if rt.settings.validate_responses:
            status, payload, replaced = _checked(rt, cop, status, payload)
            headers = headers if replaced is None else replaced
        await _send(send, status, payload, headers, head=scope["method"] == "HEAD")

    return api


class EmulatorApp(Starlette):
    """Starlette for `/_emulator/...` and the lifespan; any other HTTP request goes to `api` after one
    prefix check, without the route table or the middleware stack."""

    def __init__(self, api: ASGIApp, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._api = api

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith(ADMIN_PREFIX):
            scope["app"] = self
            await self._api(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


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

    # every method reaches the spec's router, behind injected faults and rate limits
    api = behaviour.guard(_make_api(rt))
    app = EmulatorApp(
        api,
        routes=[
            Route("/_emulator/media/{auth_id}/{media_id}", _make_media(rt), methods=["GET"]),
            *behaviour.routes(),
            # an unknown path under /_emulator/ is answered by the API, as any unknown path
            Mount("", app=api),
        ],
        lifespan=lifespan,
    )
    # Starlette's route patterns stop at a newline, so a path holding an encoded one (`%0A`) would
    # get Starlette's plain-text 404; it goes to the spec's router like any other path.
    app.router.default = next(route.app for route in app.router.routes if isinstance(route, Mount))
    app.state.runtime = rt
    return app
