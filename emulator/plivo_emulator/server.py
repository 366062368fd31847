"""Serving the app with uvicorn: socket binding, a deadline for every request, and a server running
in a background thread."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import socket
import threading
import time
from types import TracebackType
from typing import Any, Self

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .behaviour.install import Behaviour
from .config import Settings
from .emulator import create_app
from .errors import new_api_id
from .runtime import Runtime

# Seconds a client has to deliver a whole request (line, headers and body), counted from the
# connection or from the previous response. uvicorn bounds only the idle time between requests; a
# connection that stops half-way through a request (slow headers, a body shorter than its
# Content-Length, an HTTP/0.9 request line the parser waits on) would be held for ever.
REQUEST_TIMEOUT = 10.0


def _timeout_answer() -> bytes:
    body = json.dumps({"api_id": new_api_id(), "error": "the request did not arrive in time"}).encode()
    head = (
        "HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\nconnection: close\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1") + body


class _RequestDeadline:
    """Mixed into uvicorn's HTTP protocol classes: closes a connection whose pending request is not
    complete `request_timeout` seconds after the connection was made or the last response went out.
    A request that arrived whole is the server's to answer, however long that takes."""

    request_timeout = REQUEST_TIMEOUT
    _deadline: asyncio.TimerHandle | None = None
    _received = False

    def _arm(self) -> None:
        proto: Any = self
        if self._deadline is not None:
            self._deadline.cancel()
        self._received = False
        self._deadline = proto.loop.call_later(self.request_timeout, self._expire)

    def _expire(self) -> None:
        proto: Any = self
        self._deadline = None
        cycle = proto.cycle
        transport: asyncio.Transport = proto.transport
        if transport.is_closing():
            return
        if cycle is not None and not cycle.response_complete and not cycle.more_body:
            return  # the request is complete; the response will re-arm the deadline
        if self._received and (cycle is None or cycle.response_complete or not cycle.response_started):
            transport.write(_timeout_answer())
        transport.close()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._arm()

    def data_received(self, data: bytes) -> None:
        self._received = True
        super().data_received(data)  # type: ignore[misc]

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        if not self._proto_closing():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        super().connection_lost(exc)  # type: ignore[misc]

    def _proto_closing(self) -> bool:
        proto: Any = self
        return bool(proto.transport.is_closing())


def http_protocol(request_timeout: float = REQUEST_TIMEOUT) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol (httptools when installed, else h11) with the request deadline."""
    base: type[asyncio.Protocol] = H11Protocol
    if importlib.util.find_spec("httptools"):
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        base = HttpToolsProtocol
    name = f"Deadline{base.__name__}"
    return type(name, (_RequestDeadline, base), {"request_timeout": request_timeout})


def uvicorn_choices(request_timeout: float = REQUEST_TIMEOUT) -> tuple[str, type[asyncio.Protocol]]:
    """(loop, http) implementations: uvloop and httptools when installed, with the request deadline."""
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return loop, http_protocol(request_timeout)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free port (read it back with getsockname())."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def uvicorn_config(
    app: Any,
    *,
    log_level: str = "warning",
    access_log: bool = False,
    request_timeout: float = REQUEST_TIMEOUT,
    graceful_shutdown: int = 5,
) -> uvicorn.Config:
    """How every server of the package (emulator, proxy; in a thread or from the command line) runs
    under uvicorn: the fastest loop and parser installed, the request deadline, the lifespan."""
    loop, http = uvicorn_choices(request_timeout)
    return uvicorn.Config(
        app,
        loop=loop,
        http=http,
        log_level=log_level,
        access_log=access_log,
        lifespan="on",
        timeout_graceful_shutdown=graceful_shutdown,
    )


class BackgroundServer:
    """An ASGI app on `host` and a free port, served by uvicorn from a background thread.

    `with Server(...) as server: ...` starts it and always stops it; `_closed` releases what the app
    holds once the server has stopped.
    """

    name = "plivo-server"

    def __init__(self, config: uvicorn.Config, host: str, port: int) -> None:
        self._socket = bind(host, port)
        bound_host, self.port = self._socket.getsockname()[:2]
        self.base_url = f"http://{f'[{bound_host}]' if ':' in bound_host else bound_host}:{self.port}"
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name=self.name, daemon=True
        )

    def start(self, timeout: float = 10.0) -> Self:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{self.name} did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._socket.close()
        self._closed()

    def _closed(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class EmulatorServer(BackgroundServer):
    """The emulator on `host` and a free port, served from a background thread.

    `with EmulatorServer(settings) as server: ...` starts it and always stops it.
    """

    name = "plivo-emulator"

    def __init__(
        self,
        settings: Settings | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        request_timeout: float = REQUEST_TIMEOUT,
    ) -> None:
        app = create_app(settings or Settings.from_env())
        self.runtime: Runtime = app.state.runtime
        self.behaviour: Behaviour = app.state.behaviour
        super().__init__(
            uvicorn_config(app, request_timeout=request_timeout, graceful_shutdown=2), host, port
        )

    def _closed(self) -> None:
        self.runtime.store.close()
