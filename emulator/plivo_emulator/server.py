"""Serving the app with uvicorn: socket binding, and a server running in a background thread."""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from types import TracebackType

import uvicorn

from .behaviour.install import Behaviour
from .config import Settings
from .emulator import create_app
from .runtime import Runtime


def uvicorn_choices() -> tuple[str, str]:
    """(loop, http) implementations: uvloop and httptools when installed."""
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    return loop, http


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free port (read it back with getsockname())."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


class EmulatorServer:
    """The emulator on `host` and a free port, served from a background thread.

    `with EmulatorServer(settings) as server: ...` starts it and always stops it.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        app = create_app(settings or Settings.from_env())
        self.runtime: Runtime = app.state.runtime
        self.behaviour: Behaviour = app.state.behaviour
        self._socket = bind(host, port)
        bound_host, self.port = self._socket.getsockname()[:2]
        self.base_url = f"http://{f'[{bound_host}]' if ':' in bound_host else bound_host}:{self.port}"
        loop, http = uvicorn_choices()
        config = uvicorn.Config(
            app,
            loop=loop,
            http=http,
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="plivo-emulator", daemon=True
        )

    def start(self, timeout: float = 10.0) -> EmulatorServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the emulator did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._socket.close()
        self.runtime.store.close()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
