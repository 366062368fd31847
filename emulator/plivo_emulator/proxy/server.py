"""The proxy: an ASGI app that checks each exchange against the contract and forwards it unchanged.

`/callbacks/...` is the way in for requests Plivo sends to the user (status callbacks, inbound
messages): they go to `--callback-target` with the rest of the path, and are checked against the
spec's webhooks. Everything else goes to the upstream (Plivo, or an emulator).
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass

import httpx
from starlette.types import Receive, Scope, Send

from ..errors import new_api_id
from ..server import BackgroundServer, uvicorn_config
from .contract import REQUEST, Checked, Contract, HttpRequest, HttpResponse, media_type
from .har import HarRecorder, Recorded
from .redact import Redactor
from .report import Report

log = logging.getLogger("plivo_emulator.proxy")
CALLBACK_PREFIX = "/callbacks"
_JSON_TYPE = ("content-type", "application/json")
# RFC 9110 7.6.1: meaningful for one connection only, never forwarded; Host and Content-Length are
# set again for the next hop
HOP_BY_HOP = frozenset(
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
        "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
    }
)  # fmt: skip


@dataclass
class ProxyConfig:
    upstream: str
    callback_target: str | None = None
    strict: bool = False
    timeout: float = 60.0


def _strict_message(checked: Checked) -> str:
    """Plivo names the parameter first: `dst: this parameter is required`."""
    parts = []
    for f in checked.of(REQUEST):
        segments = f.pointer.split("/")[2:] if f.pointer.count("/") >= 2 else []
        name = ".".join(s.replace("~1", "/").replace("~0", "~") for s in segments)
        parts.append(f"{name}: {f.message}" if name else f.message)
    return "; ".join(parts[:3])


class ProxyApp:
    def __init__(
        self,
        contract: Contract,
        config: ProxyConfig,
        report: Report,
        redactor: Redactor,
        recorder: HarRecorder | None = None,
    ) -> None:
        self.contract = contract
        self.config = config
        self.report = report
        self.redactor = redactor
        self.recorder = recorder
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            client = httpx.AsyncClient(timeout=self.config.timeout, follow_redirects=False)
            # httpx adds Accept, Accept-Encoding, User-Agent... to every request; the proxy adds nothing
            for name in list(client.headers):
                del client.headers[name]
            self._client = client
        return self._client

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._exchange(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._client is not None:
                    await self._client.aclose()
                    self._client = None
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _exchange(self, scope: Scope, receive: Receive, send: Send) -> None:
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        query = scope.get("query_string", b"").decode("latin-1")
        request = HttpRequest(
            method=scope["method"],
            path=scope["path"],
            query=query,
            headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]),
            body=b"".join(chunks),
        )
        self.redactor.learn(
            request.path, request.headers, query, request.body, media_type(request.header("content-type"))
        )
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
        raw_path = raw_path.decode("latin-1")
        is_callback = request.path == CALLBACK_PREFIX or request.path.startswith(CALLBACK_PREFIX + "/")
        kind = "callback" if is_callback else "api"
        base = self.config.callback_target if is_callback else self.config.upstream
        if is_callback:
            raw_path = raw_path[len(CALLBACK_PREFIX) :] or "/"
        url = (base or "").rstrip("/") + raw_path + (f"?{query}" if query else "")
        started, clock = time.time(), time.perf_counter()
        checked, operation = await self.contract.check(kind, request)
        response: HttpResponse | None = None  # what the upstream answered, or --strict's own answer
        answer: tuple[int, bytes] = (502, b"")  # the proxy's own answer, when it gives one
        raw_body = b""
        if base is None:
            checked.upstream_error = "no callback target"
            answer = (502, self._error("callbacks reach the proxy but no --callback-target was given"))
        elif self.config.strict and checked.of(REQUEST):
            checked.blocked = True
            answer = (400, self._error(_strict_message(checked)))
            response = HttpResponse(400, (_JSON_TYPE,), answer[1])
        else:
            try:
                raw_body, response = await self._forward(request, url)
            except httpx.HTTPError as exc:
                checked.upstream_error = f"{type(exc).__name__}: {exc}"
                answer = (502, self._error(f"the proxy could not reach {base}: {type(exc).__name__}"))
        if response is None or checked.blocked:
            await self._reply(send, answer[0], [_JSON_TYPE], answer[1])
            checked.status = response.status if response else None
        else:
            headers = [(k, v) for k, v in response.headers if k.lower() not in HOP_BY_HOP]
            await self._reply(send, response.status, headers, raw_body)
            self.contract.check_answer(operation, response, checked)
        elapsed = time.perf_counter() - clock
        record = Recorded(
            kind, url, request, response, started, elapsed, checked.blocked, checked.upstream_error
        )
        self._done(checked, record)

    @staticmethod
    def _error(message: str) -> bytes:
        return json.dumps({"api_id": new_api_id(), "error": message}).encode("utf-8")

    async def _forward(self, request: HttpRequest, url: str) -> tuple[bytes, HttpResponse]:
        """(the upstream's body as sent, the response with its content decoded for checking)."""
        client = self._http()
        headers = [(k, v) for k, v in request.headers if k.lower() not in HOP_BY_HOP]
        outgoing = client.build_request(request.method, url, headers=headers, content=request.body or None)
        answer = await client.send(outgoing, stream=True)
        try:
            raw = b"".join([chunk async for chunk in answer.aiter_raw()])
        finally:
            await answer.aclose()
        pairs = tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in answer.headers.raw)
        try:
            decoded = httpx.Response(answer.status_code, headers=answer.headers, content=raw).content
        except httpx.DecodingError:
            decoded = raw
        return raw, HttpResponse(answer.status_code, pairs, decoded)

    @staticmethod
    async def _reply(send: Send, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers]
        raw.append((b"content-length", str(len(body)).encode("latin-1")))
        await send({"type": "http.response.start", "status": status, "headers": raw})
        await send({"type": "http.response.body", "body": body})

    def _done(self, checked: Checked, record: Recorded) -> None:
        self.report.add(checked)
        if self.recorder is not None:
            self.recorder.add(record)
        if log.isEnabledFor(logging.INFO):
            log.info(
                self.redactor.text(
                    f"{checked.method} {checked.path} -> "
                    f"{checked.status if checked.status is not None else '-'}"
                    f" ({checked.operation or 'no operation'}; {len(checked.findings)} finding(s))"
                )
            )

    def close(self) -> None:
        if self.recorder is not None:
            self.recorder.flush()
        self.report.close()


class ProxyServer(BackgroundServer):
    """The proxy on `host` and a free port, served from a background thread (tests, embedding);
    `with ProxyServer(app) as proxy:` always stops it and writes the recording."""

    name = "plivo-proxy"

    def __init__(self, app: ProxyApp, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = app
        super().__init__(uvicorn_config(app), host, port)

    def _closed(self) -> None:
        self.app.close()
