"""The ASGI application: every request the emulator serves goes through `invoke`.

`invoke` runs one request against a `Service` (a served OpenAPI document): route -> (traffic guard)
-> authenticate -> path -> body -> query -> handler -> response check. The API (`openapi.yaml`) and
the admin API under `/_emulator/` (`admin-openapi.yaml`) are both served by it, and so are the
messages the emulator sends for an inbound message's Message XML reply. One prefix check picks the
Service, with no Starlette router or middleware on the way; Starlette runs the lifespan. Media bytes
(`/_emulator/media/...`) are the one answer that is not JSON. Every error leaves as Plivo's
`{api_id, error}` body, written by `_send`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.datastructures import Headers, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .context import Ctx, Result, UploadedFile
from .errors import ApiError, new_api_id
from .runtime import CompiledOperation, Runtime, Service
from .validation import parse_json_body

log = logging.getLogger("plivo_emulator")
MAX_FORM_FILES = 50
MAX_FORM_FIELDS = 100


ADMIN_PREFIX = "/_emulator/"
MEDIA_PREFIX = "/_emulator/media/"
# (status, JSON body or None, headers) of an answer
Reply = tuple[int, Any, dict[str, str]]
# The traffic guard: (request path, operationId or None) -> None, or raises the ApiError to answer.
Guard = Callable[[str, str | None], Awaitable[None]]
_JSON_TYPE = (b"content-type", b"application/json")


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


async def parse_multipart(headers: Headers, raw: bytes) -> tuple[dict[str, list[Any]], list[UploadedFile]]:
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
    request: Incoming, cop: CompiledOperation
) -> tuple[Any, list[UploadedFile], dict[str, Any] | None]:
    """(validated body, uploaded files, JSON values for query parameters of a body-less operation)."""
    if not cop.bodies:
        # SDKs send DELETE options as a JSON body; the documented form is the query string.
        if request.method != "DELETE" or "json" not in request.media_type():
            return None, [], None
        raw = await request.read_body(cop.body_limit)
        parsed = parse_json_body(raw) if raw.strip() else None
        if not isinstance(parsed, dict):
            return None, [], None
        return None, [], {k: v for k, v in parsed.items() if k in cop.params.query_names}

    raw = await request.read_body(cop.body_limit)
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
        fields, files = await parse_multipart(Headers(scope=request.scope), raw)
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
    account = (
        rt.settings.accounts.authenticate(request.header(b"authorization"), path_params.get("auth_id", ""))
        if cop.op.secured
        else rt.settings.accounts.primary
    )
    path = cop.params.path_values(path_params)
    body, files, extra = await _body(request, cop)
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
        clock=rt.clock,
        settings=rt.settings,
        hooks=rt.hooks,
        base_url_of=request.base_url,
        request_path=request.path,
        raw_query=request.query,
        client_ip=request.client_ip,
        api_id=api_id,
    )
    result = cop.handler(ctx)
    return result if isinstance(result, Result) else await result


def _checked(rt: Runtime, service: Service, cop: CompiledOperation | None, reply: Reply) -> Reply:
    """With `validate_responses`, a response outside the spec becomes a 500 (and is recorded)."""
    status, payload, _ = reply
    problems = service.check_response(cop, status, payload)
    if not problems:
        return reply
    what = cop.op.operation_id if cop else "request"
    failure = f"{what} -> {status}: " + "; ".join(problems)
    rt.response_failures.append(failure)
    log.error("RESPONSE DOES NOT MATCH %s: %s", service.spec.path.name, failure)
    error = ApiError(500, "emulator response does not match the spec: " + failure)
    return 500, error.body(), {}


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


async def invoke(rt: Runtime, service: Service, request: Incoming, guard: Guard | None = None) -> Reply:
    """Serve one request with `service`: (status, JSON body or None, headers). `guard` (the traffic
    guard of the API) sees each request once it is routed, with its operationId (None for a path
    the router does not know)."""
    api_id = new_api_id()
    cop: CompiledOperation | None = None
    try:
        try:
            match = service.router.match(request.method, request.path)
        except ApiError:
            if guard is not None:
                await guard(request.path, None)
            raise
        cop = service.operations[match.operation.operation_id]
        if guard is not None:
            await guard(request.path, cop.op.operation_id)
        result = await _run(rt, cop, match.path_params, request, api_id)
        status = result.status or cop.op.success_status
        payload = result.body
        if payload is not None and result.add_api_id and "api_id" not in payload:
            payload = {"api_id": api_id, **payload}
        reply: Reply = (status, None if status == 204 else payload, result.headers)
    except ApiError as exc:
        reply = (exc.status, exc.body(api_id), exc.headers)
    except Exception:
        log.exception("unhandled error on %s %s", request.method, request.path)
        cop = None
        reply = (500, ApiError(500, "internal server error").body(api_id), {})
    if service.validate_responses:
        reply = _checked(rt, service, cop, reply)
    return reply


def serve(rt: Runtime, service: Service, guard: Guard | None = None) -> ASGIApp:
    """`service` as an ASGI app."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        status, payload, headers = await invoke(
            rt, service, Incoming(scope, receive, rt.settings.public_url), guard
        )
        await rt.store.committed()  # nothing is answered before the commit holding its writes
        await _send(send, status, payload, headers, head=scope["method"] == "HEAD")

    return app


def serve_media(rt: Runtime) -> ASGIApp:
    """The bytes of an uploaded or received media item, at `/_emulator/media/{auth_id}/{media_id}`
    (no credentials, like Plivo's media host)."""

    async def media(scope: Scope, receive: Receive, send: Send) -> None:
        parts = scope["path"][len(MEDIA_PREFIX) :].split("/")
        if scope["method"] not in ("GET", "HEAD"):
            await _send(send, 405, ApiError(405, "method not allowed").body(), {"Allow": "GET"})
            return
        if len(parts) == 2:
            auth_id, media_id = parts
            for kind in ("media", "message_media"):
                doc = rt.store.get_resource(auth_id, kind, media_id)
                if doc is None:
                    continue
                if doc.get("_source_url"):
                    await RedirectResponse(doc["_source_url"], status_code=302)(scope, receive, send)
                    return
                data = rt.store.get_blob(doc.get("_blob", ""))
                if data is not None:
                    content_type = doc.get("content_type") or "application/octet-stream"
                    await Response(data, media_type=content_type)(scope, receive, send)
                    return
        await _send(send, 404, ApiError(404, "media not found").body(), {})

    return media


class EmulatorApp(Starlette):
    """Every HTTP request goes, after one prefix check, to the API, the admin API or the media bytes;
    Starlette runs the lifespan."""

    def __init__(self, api: ASGIApp, admin: ASGIApp, media: ASGIApp, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._api, self._admin, self._media = api, admin, media

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        scope["app"] = self
        path: str = scope["path"]
        if not path.startswith(ADMIN_PREFIX):
            await self._api(scope, receive, send)
        elif path.startswith(MEDIA_PREFIX):
            await self._media(scope, receive, send)
        else:
            await self._admin(scope, receive, send)
