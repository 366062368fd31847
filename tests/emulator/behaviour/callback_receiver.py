"""A local HTTP server standing in for the customer's webhook endpoints: it records every request
the emulator makes and answers with scripted responses (200 by default)."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Received:
    method: str
    url: str  # as called, query included
    path: str
    headers: dict[str, str]
    body: bytes
    form: dict[str, str]  # POST form fields
    query: dict[str, str]

    @property
    def params(self) -> dict[str, str]:
        """The callback's fields: the form for POST, the query for GET."""
        return self.form if self.method == "POST" else self.query


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/plain"
    delay: float = 0.0


@dataclass
class Receiver:
    """`with Receiver() as r:` serves on 127.0.0.1 and a free port until the block ends."""

    requests: list[Received] = field(default_factory=list)
    _answers: deque[Answer] = field(default_factory=deque)
    _cond: threading.Condition = field(default_factory=threading.Condition)

    def __post_init__(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # headers and body go out in two writes

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                form: dict[str, str] = {}
                if self.command == "POST" and "form-urlencoded" in self.headers.get("Content-Type", ""):
                    form = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
                query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
                answer = receiver._next_answer()
                if answer.delay:
                    time.sleep(answer.delay)
                record = Received(
                    self.command,
                    f"http://127.0.0.1:{receiver.port}{self.path}",
                    parts.path,
                    dict(self.headers.items()),
                    body,
                    form,
                    query,
                )
                # Recorded before answering: the emulator sends a subject's next callback only after
                # this answer, so the list keeps the order in which callbacks were sent.
                with receiver._cond:
                    receiver.requests.append(record)
                    receiver._cond.notify_all()
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                except OSError:
                    pass  # the emulator gave up waiting (timeout tests)

            do_GET = _serve
            do_POST = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str = "/status") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(
        self,
        status: int = 200,
        body: str | bytes = b"",
        content_type: str = "text/plain",
        delay: float = 0.0,
        times: int = 1,
    ) -> None:
        """Answer the next `times` requests like this (afterwards: 200, empty)."""
        data = body.encode() if isinstance(body, str) else body
        with self._cond:
            self._answers.extend(Answer(status, data, content_type, delay) for _ in range(times))

    def _next_answer(self) -> Answer:
        with self._cond:
            return self._answers.popleft() if self._answers else Answer()

    def wait_for(self, count: int, timeout: float = 10.0, path: str | None = None) -> list[Received]:
        """The first `count` requests (to `path`, if given), waiting for them to arrive."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                got = [r for r in self.requests if path is None or r.path == path]
                if len(got) >= count:
                    return got[:count]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"expected {count} requests, got {len(got)}: {got}")
                self._cond.wait(left)

    def quiet_for(self, seconds: float) -> int:
        """How many requests arrive in the next `seconds`."""
        before = len(self.requests)
        time.sleep(seconds)
        return len(self.requests) - before

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
