"""Serves the inbox page (`/_emulator/inbox/`) and guards the admin API against browsers elsewhere.

The page is plain files shipped in this package (`static/`), with no data in them: its script reads
and writes through the admin API, building the page with `textContent` only. A Content-Security-
Policy keeps it to the emulator's own origin (no inline script, no external load).

Who may use it: the page, and any admin request a browser makes (it carries `Origin` or
`Sec-Fetch-Site`), are served only over loopback (connection to and from a loopback address, and a
`Host` naming one, which defeats DNS rebinding) unless the emulator runs with `--inbox-public`.
A browser's write (any method but GET/HEAD) must come from the emulator's own origin, so another
site open in the same browser cannot forge one (CSRF). Clients that are not browsers (tests,
scripts, SDKs) send neither header and are not affected.
"""

from __future__ import annotations

import ipaddress
import json
from importlib import resources
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import ApiError

PREFIX = "/_emulator/inbox/"
FILES = {
    "index.html": "text/html; charset=utf-8",
    "inbox.js": "text/javascript; charset=utf-8",
    "inbox.css": "text/css; charset=utf-8",
}
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host.lower() in LOOPBACK_NAMES or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_name(host_header: str) -> str:
    """`Host` without its port (`[::1]:8787` -> `[::1]`)."""
    if host_header.startswith("["):
        return host_header.split("]", 1)[0] + "]"
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def over_loopback(request: Request) -> bool:
    server = request.scope.get("server") or ("", 0)
    client = request.scope.get("client") or ("", 0)
    host = _host_name(request.headers.get("host", ""))
    return is_loopback(str(server[0])) and is_loopback(str(client[0])) and is_loopback(host)


def from_browser(request: Request) -> bool:
    return "origin" in request.headers or "sec-fetch-site" in request.headers


def browser_refusal(request: Request, public: bool) -> ApiError | None:
    """Why the admin API refuses this browser request (None: served)."""
    if not from_browser(request):
        return None
    if not public and not over_loopback(request):
        return ApiError(
            403, "the inbox and the admin API answer browsers over loopback only (see --inbox-public)"
        )
    if request.method in ("GET", "HEAD"):
        return None
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    if request.headers.get("origin") != own or request.headers.get("sec-fetch-site", "same-origin") not in (
        "same-origin",
        "none",
    ):
        return ApiError(403, "a browser may write to the admin API only from the emulator's own pages")
    return None


def _file(name: str) -> bytes:
    return resources.files(__package__).joinpath("static", name).read_bytes()


def wrap(admin: ASGIApp, public: bool) -> ASGIApp:
    """The admin API behind the browser guard, with the inbox page at PREFIX."""
    contents = {name: _file(name) for name in FILES}  # read once: the package does not change

    async def page(request: Request) -> Response:
        if request.method not in ("GET", "HEAD"):
            return _error(ApiError(405, f"{request.method} is not allowed here"), {"Allow": "GET, HEAD"})
        if not public and not over_loopback(request):
            return _error(ApiError(403, "the inbox is served over loopback only (start with --inbox-public)"))
        if request.url.path == PREFIX.rstrip("/"):
            return RedirectResponse(PREFIX, status_code=308)
        name = request.url.path[len(PREFIX) :] or "index.html"
        if name not in contents:
            return _error(ApiError(404, f"{name}: no such file in the inbox"))
        return Response(contents[name], media_type=FILES[name], headers=HEADERS)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        if scope["path"] == PREFIX.rstrip("/") or scope["path"].startswith(PREFIX):
            response = await page(request)
        else:
            refused = browser_refusal(request, public)
            if refused is None:
                await admin(scope, receive, send)
                return
            response = _error(refused)
        await response(scope, receive, send)

    return app


def _error(error: ApiError, headers: dict[str, str] | None = None) -> Response:
    body: dict[str, Any] = error.body()
    return Response(
        json.dumps(body), status_code=error.status, media_type="application/json", headers=headers
    )
