"""HAR 1.2 recordings of proxied traffic, credentials redacted, and reading them back.

Entries keep the body as it was after content decoding; a body that is not UTF-8 is kept in base64
(`encoding` on responses, the `_encoding` extension on request bodies). Two extensions mark what the
contract needs: `_plivoKind` (`api` or `callback`) and `_plivoBlocked` (a request `--strict` kept
from leaving; its response is the proxy's own).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from .contract import HttpRequest, HttpResponse
from .redact import Redactor

CREATOR = {"name": "plivo-emulator proxy", "version": "1"}


@dataclass(frozen=True)
class Recorded:
    kind: str  # api | callback
    url: str  # where the request went (upstream or callback target)
    request: HttpRequest
    response: HttpResponse | None
    started: float  # epoch seconds
    elapsed: float  # seconds
    blocked: bool = False
    error: str | None = None  # why there is no response


def _pairs(pairs: Any) -> tuple[tuple[str, str], ...]:
    return tuple((str(p["name"]), str(p["value"])) for p in pairs or [])


def _content(body: bytes, redactor: Redactor) -> tuple[str, str | None]:
    clean = redactor.data(body)
    try:
        return clean.decode("utf-8"), None
    except UnicodeDecodeError:
        return base64.b64encode(clean).decode("ascii"), "base64"


def _entry(rec: Recorded, r: Redactor) -> dict[str, Any]:
    req = rec.request
    media = req.header("content-type") or ""
    request: dict[str, Any] = {
        "method": req.method,
        "url": r.text(rec.url),
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": [{"name": k, "value": r.header(k, v)} for k, v in req.headers],
        "queryString": [
            {"name": r.text(k), "value": r.text(v)} for k, v in parse_qsl(req.query, keep_blank_values=True)
        ],
        "headersSize": -1,
        "bodySize": len(req.body),
    }
    if req.body:
        text, encoding = _content(req.body, r)
        request["postData"] = {
            "mimeType": media,
            "text": text,
            **({"_encoding": encoding} if encoding else {}),
        }
    entry: dict[str, Any] = {
        "startedDateTime": datetime.fromtimestamp(rec.started, UTC).isoformat(timespec="milliseconds"),
        "time": round(rec.elapsed * 1000, 3),
        "request": request,
        "cache": {},
        "timings": {"send": 0, "wait": round(rec.elapsed * 1000, 3), "receive": 0},
        "_plivoKind": rec.kind,
    }
    if rec.blocked:
        entry["_plivoBlocked"] = True
    if rec.error is not None:
        entry["_plivoError"] = r.text(rec.error)
    resp = rec.response
    if resp is None:
        entry["response"] = {
            "status": 0, "statusText": "", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [],
            "content": {"size": 0, "mimeType": ""}, "redirectURL": "", "headersSize": -1, "bodySize": -1,
        }  # fmt: skip
        return entry
    text, encoding = _content(resp.body, r)
    content: dict[str, Any] = {
        "size": len(resp.body),
        "mimeType": resp.header("content-type") or "",
        "text": text,
    }
    if encoding:
        content["encoding"] = encoding
    try:
        reason = HTTPStatus(resp.status).phrase
    except ValueError:
        reason = ""
    entry["response"] = {
        "status": resp.status,
        "statusText": reason,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": [{"name": k, "value": r.header(k, v)} for k, v in resp.headers],
        "content": content,
        "redirectURL": r.text(resp.header("location") or ""),
        "headersSize": -1,
        "bodySize": len(resp.body),
    }
    return entry


class HarRecorder:
    """Keeps the session's exchanges and rewrites the file (atomically, owner-only) at most every
    `interval` seconds and on close, each time redacted with every secret learnt so far."""

    def __init__(self, path: str | os.PathLike[str], redactor: Redactor, interval: float = 2.0) -> None:
        self.path = Path(path)
        self._redactor = redactor
        self._interval = interval
        self._records: list[Recorded] = []
        self._written = 0.0
        self.flush()

    def add(self, record: Recorded) -> None:
        self._records.append(record)
        if time.monotonic() - self._written >= self._interval:
            self.flush()

    def flush(self) -> None:
        document = {
            "log": {
                "version": "1.2",
                "creator": CREATOR,
                "pages": [],
                "entries": [_entry(rec, self._redactor) for rec in self._records],
            }
        }
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(document, fh, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._written = time.monotonic()


class HarError(Exception):
    """A file that is not a HAR recording."""


def _body(text: Any, encoding: Any) -> bytes:
    if not isinstance(text, str):
        return b""
    if encoding != "base64":
        return text.encode("utf-8", "surrogatepass")
    try:
        return base64.b64decode(text)
    except binascii.Error as exc:
        raise HarError(f"a body marked base64 is not: {exc}") from None


def read_har(path: str | os.PathLike[str]) -> Iterator[Recorded]:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = document["log"]["entries"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise HarError(f"{path}: not a HAR file ({exc})") from None
    if not isinstance(entries, list):
        raise HarError(f"{path}: not a HAR file (log.entries is no list)")
    for index, entry in enumerate(entries):
        try:
            yield _record(entry)
        except (AttributeError, TypeError, ValueError, KeyError) as exc:
            raise HarError(f"{path}: entry {index} is not a HAR entry ({exc})") from None


def _record(entry: Any) -> Recorded:
    req, resp = entry.get("request") or {}, entry.get("response") or {}
    url = urlsplit(str(req.get("url", "")))
    post = req.get("postData") or {}
    request = HttpRequest(
        method=str(req.get("method", "GET")).upper(),
        path=unquote(url.path),
        query=url.query,
        headers=_pairs(req.get("headers")),
        body=_body(post.get("text"), post.get("_encoding")),
    )
    content = resp.get("content") or {}
    status = int(resp.get("status") or 0)
    response = (
        HttpResponse(status, _pairs(resp.get("headers")), _body(content.get("text"), content.get("encoding")))
        if status
        else None
    )
    started = str(entry.get("startedDateTime") or "")
    try:
        when = datetime.fromisoformat(started).timestamp()
    except ValueError:
        when = 0.0
    return Recorded(
        kind=str(entry.get("_plivoKind") or ("callback" if url.path.startswith("/callbacks") else "api")),
        url=str(req.get("url", "")),
        request=request,
        response=response,
        started=when,
        elapsed=float(entry.get("time") or 0) / 1000,
        blocked=bool(entry.get("_plivoBlocked")),
        error=str(entry["_plivoError"]) if entry.get("_plivoError") is not None else None,
    )
