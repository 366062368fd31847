"""What the inbox tests share: a stand-in for the application's webhook endpoint, and requests to
the emulator's API and admin API."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

import httpx


@dataclass(frozen=True)
class Hit:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    form: dict[str, str]


class WebhookApp:
    """The application's `message_url`: a local HTTP server recording each request (answers 200)."""

    def __init__(self) -> None:
        self.hits: list[Hit] = []
        self._seen = threading.Condition()
        app = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                hit = Hit(
                    "POST", self.path, {k.lower(): v for k, v in self.headers.items()}, dict(parse_qsl(body))
                )
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()
                with app._seen:
                    app.hits.append(hit)
                    app._seen.notify_all()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/sms"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def wait_for_hit(self, timeout: float = 10.0) -> Hit:
        with self._seen:
            if not self._seen.wait_for(lambda: bool(self.hits), timeout):
                raise TimeoutError(f"no request reached {self.url} within {timeout} s")
            return self.hits[0]

    def __enter__(self) -> WebhookApp:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()


def send_sms(emulator: Any, src: str, dst: str, text: str, **fields: Any) -> str:
    """Send through the API as the application does; the message uuid."""
    resp = httpx.post(
        emulator.account_url("Message/"),
        auth=emulator.auth,
        json={"src": src, "dst": dst, "text": text, **fields},
        trust_env=False,
    )
    assert resp.status_code == 202, resp.text
    return str(resp.json()["message_uuid"][0])


# A 10DLC profile as the API takes it (brands need one).
PROFILE = {
    "profile_alias": "Harbor Dental",
    "customer_type": "DIRECT",
    "entity_type": "PRIVATE",
    "company_name": "Harbor Dental Group LLC",
    "vertical": "HEALTHCARE",
    "ein": "845123907",
    "ein_issuing_country": "US",
    "address": {
        "street": "410 Harbor Boulevard",
        "city": "Oakland",
        "state": "CA",
        "postal_code": "94607",
        "country": "US",
    },
    "authorized_contact": {
        "first_name": "Maya",
        "last_name": "Okafor",
        "email": "maya@example.com",
        "seniority": "DIRECTOR",
    },
}
