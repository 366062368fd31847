"""Raw-HTTP fuzzing of the emulator: hypothesis strategies that build whole requests (bytes) from the
spec's paths and methods, and a persistent raw connection that sends them and reads the answers.

Requests are built from openapi.yaml and the admin API's spec, then mutated: path segments, the
method, headers (every kind of Authorization), the query string and the body (arbitrary bytes, JSON
of the wrong type, huge and non-finite numbers, deep nesting, other encodings, multipart).
"""

from __future__ import annotations

import base64
import json
import os
import random
import socket
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st
from plivo_emulator.spec import HTTP_METHODS, load_yaml

ROOT = Path(__file__).resolve().parents[2]
ADMIN_SPEC = ROOT / "emulator" / "plivo_emulator" / "admin-openapi.yaml"
AUTH_ID = "MAXXXXXXXXXXXXXXXXXX"
AUTH_TOKEN = "fuzz-token"
SUB_ID = "SAXXXXXXXXXXXXXXXXXX"
SUB_TOKEN = "fuzz-sub-token"
# Admin operations left out: injected faults answer 5xx on purpose, rate limits would make every
# later case a 429, and moving the clock is covered by the emulator's own tests; the long polls
# (wait-for-message, changes) hold a valid request for up to their `timeout` by design.
ADMIN_EXCLUDED = (
    "/_emulator/faults",
    "/_emulator/rate-limits",
    "/_emulator/clock",
    "/_emulator/wait-for-message",
    "/_emulator/changes",
)
SEED_ENV = "FUZZ_SEED"
EXAMPLES_ENV = "FUZZ_EXAMPLES"


def fuzz_seed() -> int:
    """FUZZ_SEED to replay a run, else a fresh one (printed by the tests)."""
    given = os.environ.get(SEED_ENV, "").strip()
    return int(given) if given else random.SystemRandom().randrange(2**32)


def basic(user: str | bytes, password: str | bytes) -> bytes:
    raw = (user if isinstance(user, bytes) else user.encode()) + b":"
    raw += password if isinstance(password, bytes) else password.encode()
    return b"Basic " + base64.b64encode(raw)


@dataclass(frozen=True)
class Template:
    method: str
    path: str  # with {name} placeholders
    query: tuple[str, ...]
    media_types: tuple[str, ...]
    example: Any  # a request body from the spec's examples, or None


def _example(document: dict[str, Any], media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    schema = media.get("schema") or {}
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = document
        for part in schema["$ref"][2:].split("/"):
            node = node[part]
        schema = node
    examples = schema.get("examples") if isinstance(schema, dict) else None
    return examples[0] if examples else None


def _deref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def templates() -> list[Template]:
    """Every operation of openapi.yaml and of the admin API (less the excluded ones)."""
    out: list[Template] = []
    for spec_path in (ROOT / "openapi.yaml", ADMIN_SPEC):
        document = load_yaml(spec_path.read_bytes())
        for path, item in (document.get("paths") or {}).items():
            if path.startswith(ADMIN_EXCLUDED):
                continue
            shared = item.get("parameters") or []
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                params = [_deref(document, p) for p in [*shared, *(op.get("parameters") or [])]]
                body = _deref(document, op.get("requestBody") or {})
                content = body.get("content") or {}
                media_types = tuple(content)
                example = next((_example(document, m) for m in content.values() if isinstance(m, dict)), None)
                out.append(
                    Template(
                        method=method.upper(),
                        path=path,
                        query=tuple(p["name"] for p in params if p.get("in") == "query"),
                        media_types=media_types,
                        example=example,
                    )
                )
    return out


# ------------------------------------------------------------------------------------------ values

HUGE_NUMBERS = [
    "1e400",
    "-1e400",
    "1e-400",
    "9" * 400,
    "-" + "9" * 5000,
    str(2**63),
    str(2**64),
    str(-(2**63) - 1),
    "0.0000000000000000000000001",
    "-0",
    "1E308",
    "2.5e+308",
    "123456789012345678901234567890.5",
]
NON_FINITE = ["NaN", "Infinity", "-Infinity", "nan", "inf"]
ODD_TEXT = [
    "",
    " ",
    "null",
    "true",
    "[]",
    "{}",
    "\x00",
    "\u202e",
    "\ud7ff",
    "é",
    "𝄞",
    "%",
    "%zz",
    "a,b,,c",
    "<",
    "'",
]

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**62, max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(ODD_TEXT),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


@st.composite
def mutated_example(draw: st.DrawFn, template: Template) -> bytes:
    """The spec's example body with one field replaced, removed, or given a raw number literal."""
    base = template.example if isinstance(template.example, dict) else {}
    body = dict(base)
    keys = list(body) or ["x"]
    key = draw(st.sampled_from(keys))
    how = draw(st.sampled_from(["replace", "remove", "literal", "keep", "add"]))
    if how == "replace":
        body[key] = draw(json_values)
    elif how == "remove":
        body.pop(key, None)
    elif how == "add":
        body[draw(st.text(max_size=12))] = draw(json_values)
    raw = _json_bytes(body)
    if how == "literal":
        literal = draw(st.sampled_from(HUGE_NUMBERS + NON_FINITE))
        placeholder = "\x01fuzz\x01"
        body[key] = placeholder
        raw = _json_bytes(body).replace(json.dumps(placeholder).encode(), literal.encode())
    return raw


@st.composite
def multipart_body(draw: st.DrawFn) -> tuple[bytes, str]:
    boundary = draw(st.sampled_from(["b", "xyz", "----fuzz", "a" * 100]))
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(["file", "file[]", "media", "", 'x"y']))
        filename = draw(st.sampled_from(["a.png", "", "é.jpg", "../../x", None]))
        ctype = draw(st.sampled_from(["image/png", "application/pdf", "text/plain", "", "x/y; a=b"]))
        disposition = f'form-data; name="{name}"' + (
            f'; filename="{filename}"' if filename is not None else ""
        )
        head = f"Content-Disposition: {disposition}\r\n" + (f"Content-Type: {ctype}\r\n" if ctype else "")
        parts.append(f"--{boundary}\r\n{head}\r\n".encode() + draw(st.binary(max_size=64)) + b"\r\n")
    ending = draw(st.sampled_from([f"--{boundary}--\r\n".encode(), b"", b"--other--\r\n"]))
    header_boundary = draw(st.sampled_from([boundary, boundary, "other", ""]))
    ctype_header = "multipart/form-data" + (f"; boundary={header_boundary}" if header_boundary else "")
    return b"".join(parts) + ending, ctype_header


SPECIAL_BODIES = st.sampled_from(HUGE_NUMBERS + NON_FINITE + ["[]", "{}", '""', "null", "\ufeff{}", "{" * 3])
BODY_KINDS = st.sampled_from(
    ["none", "example", "example", "json", "bytes", "special", "deep", "encoding", "multipart"]
)
# "*": the operation's own media type
CONTENT_TYPES = st.sampled_from(
    [
        "*",
        "*",
        "*",
        None,
        "application/json; charset=utf-8",
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/json; charset=latin-1",
        "APPLICATION/JSON",
        "application/merge-patch+json",
        "multipart/form-data",
        ";;;",
    ]
)


@st.composite
def body_of(draw: st.DrawFn, template: Template) -> tuple[bytes, str | None]:
    """(body, Content-Type) for a template: often close to valid, often not."""
    default_type = template.media_types[0] if template.media_types else "application/json"
    kind = draw(BODY_KINDS)
    if kind == "none":
        return b"", draw(st.sampled_from([None, default_type]))
    if kind == "multipart" or (kind == "example" and default_type.startswith("multipart")):
        return draw(multipart_body())
    if kind == "example":
        raw = draw(mutated_example(template))
    elif kind == "json":
        raw = _json_bytes(draw(json_values))
    elif kind == "bytes":
        raw = draw(st.binary(max_size=512))
    elif kind == "special":
        raw = draw(SPECIAL_BODIES).encode("utf-8")
    elif kind == "deep":
        depth = draw(st.integers(1, 100_000))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        raw = (opener * depth + "1" + closer * draw(st.sampled_from([depth, 0, depth // 2]))).encode()
    else:  # the spec's example in another encoding
        text = _json_bytes(template.example if template.example is not None else {"a": "é"}).decode()
        encoding = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1", "utf-8-sig", "cp1252"]))
        raw = text.encode(encoding, "replace")
        charset = draw(st.sampled_from([encoding, "utf-8", None, "bogus"]))
        return raw, default_type + (f"; charset={charset}" if charset else "")
    ctype = draw(CONTENT_TYPES)
    ctype = default_type if ctype == "*" else ctype
    return raw, ctype


def authorization_variants() -> st.SearchStrategy[list[bytes]]:
    """The Authorization header lines of one request (none, one or two)."""
    one = st.sampled_from(
        [
            basic(AUTH_ID, AUTH_TOKEN),
            basic(AUTH_ID, AUTH_TOKEN),
            basic(AUTH_ID, AUTH_TOKEN),
            basic(SUB_ID, SUB_TOKEN),
            basic(AUTH_ID, "wrong"),
            basic("MAZZZZZZZZZZZZZZZZZZ", AUTH_TOKEN),
            basic(AUTH_ID, ""),
            basic("", ""),
            basic(b"\xff\xfe", b"\x00"),
            basic(AUTH_ID.encode(), "é".encode()),
            b"Basic " + base64.b64encode(AUTH_ID.encode()),
            b"Basic",
            b"Basic ",
            b"basic " + base64.b64encode(f"{AUTH_ID}:{AUTH_TOKEN}".encode()),
            b"Basic  " + base64.b64encode(f"{AUTH_ID}:{AUTH_TOKEN}".encode()) + b"  ",
            b"Basic !!!!",
            b"Basic \xe9\xe9\xe9",
            b"\xe9",
            b"Bearer " + AUTH_TOKEN.encode(),
            b"Digest username=x",
            b"Basic " + b"A" * 6000,
            b"",
        ]
    )
    return st.lists(one, max_size=2)


ACCOUNT_SEGMENTS = st.sampled_from([AUTH_ID, AUTH_ID, AUTH_ID, SUB_ID, "MAZZZZZZZZZZZZZZZZZZ", "x", ""])
RESOURCE_SEGMENTS = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.sampled_from(["14155550123", "18005550100", "12345", "102345678901234", "CXXXXXX", "B1"]),
    st.sampled_from(["", "..", ".", "%2F", "a/b", "%00", "x" * 300, "é", "9" * 40]),
    st.text(max_size=20),
)
QUERY_VALUES = st.one_of(
    st.integers().map(str),
    st.sampled_from(HUGE_NUMBERS + NON_FINITE + ODD_TEXT),
    st.text(max_size=20),
    st.uuids().map(str),
)
EXTRA_QUERY_NAMES = ("limit", "offset", "x", "", "é")
_query_pairs: dict[tuple[str, ...], st.SearchStrategy[list[tuple[str, str]]]] = {}


def query_pairs(names: tuple[str, ...]) -> st.SearchStrategy[list[tuple[str, str]]]:
    """Built once per set of names: building strategies costs more than drawing from them."""
    if names not in _query_pairs:
        _query_pairs[names] = st.lists(
            st.tuples(st.sampled_from(names + EXTRA_QUERY_NAMES), QUERY_VALUES), max_size=5
        )
    return _query_pairs[names]


def _segment(draw: st.DrawFn, name: str) -> str:
    value = draw(ACCOUNT_SEGMENTS if name == "auth_id" else RESOURCE_SEGMENTS)
    safe = "%" if draw(st.booleans()) else ""
    return quote(value.encode("utf-8", "surrogatepass"), safe=safe)


@st.composite
def target(draw: st.DrawFn, template: Template) -> str:
    """The request target: the template's path with its placeholders filled (sometimes mutated)."""
    pieces = []
    for seg in template.path.split("/"):
        if seg.startswith("{") and seg.endswith("}"):
            pieces.append(_segment(draw, seg[1:-1]))
        elif seg and draw(st.integers(0, 30)) == 0:
            pieces.append(draw(st.sampled_from([seg.lower(), seg.upper(), seg + "x", "", quote(seg)])))
        else:
            pieces.append(seg)
    path = "/".join(pieces)
    if draw(st.integers(0, 20)) == 0:
        path = path.replace("/", draw(st.sampled_from(["//", "/./", "/%2f"])), 1)
    pairs = draw(query_pairs(template.query))
    if not pairs:
        return path
    encoded = "&".join(
        quote(k.encode("utf-8", "surrogatepass"), safe="")
        + "="
        + quote(v.encode("utf-8", "surrogatepass"), safe="")
        for k, v in pairs
    )
    if draw(st.integers(0, 10)) == 0:
        encoded = draw(
            st.sampled_from([encoded + "&&", "&" + encoded, encoded + "=", encoded.replace("=", "", 1)])
        )
    return f"{path}?{encoded}"


AUTHORIZATIONS = authorization_variants()
METHODS = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "get", "FOO"])
TOKEN_CHARS = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~"
HEADER_NAMES = st.text(alphabet=TOKEN_CHARS, min_size=1, max_size=12)
header_values = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f"), max_size=40
)


@st.composite
def raw_request(draw: st.DrawFn, choose: st.SearchStrategy[Template]) -> tuple[str, bytes]:
    """(method, the whole request as bytes) with a correct Content-Length, so that the connection
    stays usable for the next request. `choose` is `st.sampled_from(templates())`."""
    template = draw(choose)
    method = template.method
    if draw(st.integers(0, 8)) == 0:
        method = draw(METHODS)
    body, ctype = draw(body_of(template))
    lines = [f"{method} {draw(target(template))} HTTP/1.1".encode("latin-1"), b"Host: 127.0.0.1"]
    lines += [b"Authorization: " + value for value in draw(AUTHORIZATIONS)]
    if ctype is not None:
        lines.append(b"Content-Type: " + ctype.encode("latin-1"))
    for _ in range(draw(st.integers(0, 2))):
        name = draw(HEADER_NAMES)
        if name.lower() not in (
            "content-length",
            "transfer-encoding",
            "host",
            "connection",
            "expect",
            "upgrade",
        ):
            lines.append(name.encode() + b": " + draw(header_values).encode("latin-1"))
    if body or draw(st.booleans()):
        lines.append(b"Content-Length: " + str(len(body)).encode())
    return method, b"\r\n".join(lines) + b"\r\n\r\n" + body


# -------------------------------------------------------------------------------------- connection


@dataclass
class Answer:
    status: int
    headers: dict[bytes, bytes]
    body: bytes


class RawConnection:
    """One keep-alive connection; reopened whenever the server closes it."""

    def __init__(self, port: int, timeout: float = 30.0) -> None:
        self.port = port
        self.timeout = timeout
        self.sock: socket.socket | None = None
        self.buffer = b""

    def _open(self) -> socket.socket:
        if self.sock is None:
            self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=self.timeout)
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.buffer = b""
        return self.sock

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None

    def _fill(self) -> bool:
        assert self.sock is not None
        chunk = self.sock.recv(65536)
        self.buffer += chunk
        return bool(chunk)

    def exchange(self, method: str, request: bytes) -> Answer | None:
        """Send one request and read its answer; None when the server closed without answering."""
        sock = self._open()
        try:
            sock.sendall(request)
        except (BrokenPipeError, ConnectionResetError):
            self.close()
            return None
        try:
            while b"\r\n\r\n" not in self.buffer:
                if not self._fill():
                    self.close()
                    return None
        except ConnectionResetError:
            self.close()
            return None
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        status_line, *header_lines = head.split(b"\r\n")
        status = int(status_line.split(b" ")[1])
        headers: dict[bytes, bytes] = {}
        for line in header_lines:
            key, _, value = line.partition(b":")
            headers[key.strip().lower()] = value.strip()
        if method.upper() == "HEAD" or status in (204, 304) or status < 200:
            length = 0
        elif b"content-length" in headers:
            length = int(headers[b"content-length"])
        else:  # read to the end
            while self._fill():
                pass
            length = len(self.buffer)
        while len(self.buffer) < length:
            if not self._fill():
                break
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        if headers.get(b"connection", b"").lower() == b"close":
            self.close()
        return Answer(status, headers, body)
