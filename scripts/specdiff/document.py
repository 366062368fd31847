"""Walk two OpenAPI documents: operations, webhooks, parameters, bodies, responses and headers.

Operations are paired by method and path (path parameter names aside), then by operationId, so a moved
operation is reported as moved. Each side of an operation is compared in its direction: for an
operation the client user writes the request and reads the response; for a webhook Plivo writes the
request (the payload) and the user's server writes the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from specdiff.model import Change, Direction, Effect, Node, Severity, join
from specdiff.refs import Document, is_annotation
from specdiff.schemas import Emitter, SchemaDiff

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOCUMENT = "document"


@dataclass
class Operation:
    where: str
    method: str
    path: str
    pointer: str
    node: dict[str, Any]
    path_item: dict[str, Any]
    path_item_pointer: str


def _operations(doc: Document, section: str) -> Iterator[Operation]:
    items = doc.root.get(section) or {}
    for name, item in items.items():
        item_ptr = join("", section, name)
        item, item_ptr = doc.deref(item, item_ptr)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                if section == "webhooks":
                    where = f"webhook {name}"
                else:
                    where = op.get("operationId") or f"{method.upper()} {name}"
                yield Operation(where, method, name, join(item_ptr, method), op, item, item_ptr)


def _route(op: Operation) -> tuple[str, str]:
    """The key an operation is served under: method and path with parameter names left out."""
    return op.method, re.sub(r"\{[^}/]*\}", "{}", op.path)


class Differ:
    def __init__(self, old: Node, new: Node) -> None:
        self.old = Document(old)
        self.new = Document(new)
        self.changes: set[Change] = set()

    def run(self) -> list[Change]:
        self._top()
        for section in ("paths", "webhooks"):
            self._section(section)
        return sorted(self.changes, key=lambda c: (c.cls.rank, c.where, c.pointer, c.change))

    def _emitter(self, where: str) -> Emitter:
        def report(cls: Severity, pointer: str, change: str) -> None:
            self.changes.add(Change(cls, where, pointer, change))

        return Emitter(report)

    # --- document level ----------------------------------------------------------------------------

    def _top(self) -> None:
        emit = self._emitter(DOCUMENT)
        a, b = self.old.root, self.new.root
        info_a, info_b = a.get("info") or {}, b.get("info") or {}
        for key in sorted((info_a.keys() | info_b.keys()) - {"version"}):
            if info_a.get(key) != info_b.get(key):
                emit.report(Severity.DOCS, join("/info", key), f"`info.{key}` changed")
        for key in ("tags", "externalDocs", *sorted(k for k in a.keys() | b.keys() if k.startswith("x-"))):
            if a.get(key) != b.get(key):
                emit.report(Severity.DOCS, join("", key), f"`{key}` changed")
        self._servers(a.get("servers"), b.get("servers"), "/servers", emit)
        if self.old.canonical(a.get("security")) != self.new.canonical(b.get("security")):
            emit.report(Severity.BREAKING, "/security", "the security requirements of the API changed")
        schemes_a = (a.get("components") or {}).get("securitySchemes") or {}
        schemes_b = (b.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(schemes_a.keys() | schemes_b.keys()):
            sa, sb = schemes_a.get(name), schemes_b.get(name)
            if self.old.canonical(sa) != self.new.canonical(sb):
                ptr = join("/components/securitySchemes", name)
                cls = Severity.NON_BREAKING if sa is None else Severity.BREAKING
                emit.report(cls, ptr, f"security scheme `{name}` {'added' if sa is None else 'changed'}")
            elif sa != sb:
                emit.report(
                    Severity.DOCS,
                    join("/components/securitySchemes", name),
                    f"description of `{name}` changed",
                )

    def _servers(self, a: Node, b: Node, ptr: str, emit: Emitter) -> None:
        urls_a = [s.get("url") for s in a or [] if isinstance(s, dict)]
        urls_b = [s.get("url") for s in b or [] if isinstance(s, dict)]
        for url in urls_a:
            if url not in urls_b:
                emit.report(Severity.BREAKING, ptr, f"server {url} removed")
        for url in urls_b:
            if url not in urls_a:
                emit.report(Severity.NON_BREAKING, ptr, f"server {url} added")
        if set(urls_a) == set(urls_b) and a != b:
            emit.report(Severity.DOCS, ptr, "server descriptions changed")

    # --- operations --------------------------------------------------------------------------------

    def _section(self, section: str) -> None:
        webhook = section == "webhooks"
        olds = list(_operations(self.old, section))
        news = list(_operations(self.new, section))
        pairs: list[tuple[Operation, Operation]] = []
        if webhook:
            by_key = {(n.path, n.method): n for n in news}
            for o in list(olds):
                n = by_key.get((o.path, o.method))
                if n is not None:
                    pairs.append((o, n))
                    olds.remove(o)
                    news.remove(n)
        else:
            for same in (
                lambda o, n: _route(o) == _route(n),
                lambda o, n: (
                    bool(o.node.get("operationId")) and o.node.get("operationId") == n.node.get("operationId")
                ),
            ):
                for o in list(olds):
                    match = next((n for n in news if same(o, n)), None)
                    if match is not None:
                        pairs.append((o, match))
                        olds.remove(o)
                        news.remove(match)
        for o in olds:
            emit = self._emitter(o.where)
            if webhook:
                emit.report(
                    Severity.BREAKING, o.pointer, f"webhook {o.path} ({o.method.upper()}) is no longer sent"
                )
            else:
                emit.report(
                    Severity.BREAKING, o.pointer, f"operation {o.method.upper()} {o.path} was removed"
                )
        for n in news:
            emit = self._emitter(n.where)
            what = (
                f"new webhook {n.path} ({n.method.upper()})"
                if webhook
                else f"new operation {n.method.upper()} {n.path}"
            )
            emit.report(Severity.NON_BREAKING, n.pointer, what)
        for o, n in pairs:
            OperationDiff(self.old, self.new, self._emitter(n.where), webhook).compare(o, n)


class OperationDiff:
    def __init__(self, old: Document, new: Document, emit: Emitter, webhook: bool) -> None:
        self.old = old
        self.new = new
        self.emit = emit
        self.webhook = webhook
        self.schemas = SchemaDiff(old, new, emit)
        # Who writes each half of the exchange.
        self.request = Direction.READ if webhook else Direction.WRITE
        self.response = self.request.flipped()

    def compare(self, o: Operation, n: Operation) -> None:
        ptr = n.pointer
        if not self.webhook:
            if _route(o) != _route(n):
                self.emit.report(
                    Severity.BREAKING,
                    ptr,
                    f"moved from {o.method.upper()} {o.path} to {n.method.upper()} {n.path}",
                )
            if o.node.get("operationId") != n.node.get("operationId"):
                self.emit.report(
                    Severity.BREAKING,
                    join(ptr, "operationId"),
                    f"operationId changed from {o.node.get('operationId')} to {n.node.get('operationId')}: "
                    "the generated function is renamed",
                )
            tag_a, tag_b = (o.node.get("tags") or [None])[0], (n.node.get("tags") or [None])[0]
            if tag_a != tag_b:
                self.emit.report(
                    Severity.BREAKING,
                    join(ptr, "tags"),
                    f"first tag changed from {tag_a} to {tag_b}: the generated function moves to another "
                    "module",
                )
            elif o.node.get("tags") != n.node.get("tags"):
                self.emit.report(Severity.DOCS, join(ptr, "tags"), "tags changed")
        else:
            for key in ("operationId", "tags"):
                if o.node.get(key) != n.node.get(key):
                    self.emit.report(Severity.DOCS, join(ptr, key), f"`{key}` changed")
        for key in sorted(k for k in o.node.keys() | n.node.keys() if is_annotation(k)):
            if o.node.get(key) != n.node.get(key):
                if key == "deprecated":
                    state = "deprecated" if n.node.get(key) else "no longer deprecated"
                    self.emit.report(Severity.NON_BREAKING, join(ptr, key), f"the operation is {state}")
                else:
                    self.emit.report(Severity.DOCS, join(ptr, key), f"`{key}` changed")
        for key in ("summary", "description"):
            if o.path_item.get(key) != n.path_item.get(key):
                self.emit.report(
                    Severity.DOCS, join(n.path_item_pointer, key), f"`{key}` of the path changed"
                )
        if self.old.canonical(o.node.get("security")) != self.new.canonical(n.node.get("security")):
            cls = Severity.NON_BREAKING if self.webhook else Severity.BREAKING
            self.emit.report(cls, join(ptr, "security"), "security requirements changed")
        servers_a = o.node.get("servers", o.path_item.get("servers"))
        servers_b = n.node.get("servers", n.path_item.get("servers"))
        if servers_a != servers_b:
            self.emit.report(Severity.BREAKING, join(ptr, "servers"), "servers of the operation changed")
        self._parameters(o, n)
        self._request_body(o, n)
        self._responses(o, n)

    # --- parameters and headers --------------------------------------------------------------------

    def _parameter_map(
        self, doc: Document, op: Operation
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, owner in ((op.path_item_pointer, op.path_item), (op.pointer, op.node)):
            for i, raw in enumerate(owner.get("parameters") or []):
                param, p_ptr = doc.deref(raw, join(base, "parameters", i))
                if isinstance(param, dict):
                    where, name = str(param.get("in")), str(param.get("name"))
                    found[(where, name.lower() if where == "header" else name)] = (param, p_ptr)
        return found

    def _parameters(self, o: Operation, n: Operation) -> None:
        olds, news = self._parameter_map(self.old, o), self._parameter_map(self.new, n)
        direction = self.request
        for key in [*olds, *(k for k in news if k not in olds)]:
            name = (news.get(key) or olds[key])[0].get("name")
            label = f"{key[0]} parameter `{name}`"
            if key in olds and key in news:
                self._value_holder(olds[key], news[key], direction, label)
            elif key in olds:
                text = (
                    f"{label} is no longer accepted"
                    if direction is Direction.WRITE
                    else f"{label} is no longer sent"
                )
                self.emit.report(Severity.BREAKING, olds[key][1], text)
            else:
                param, p_ptr = news[key]
                if direction is Direction.WRITE and (param.get("required") or key[0] == "path"):
                    self.emit.report(Severity.BREAKING, p_ptr, f"new required {label}")
                else:
                    kind = "optional " if direction is Direction.WRITE else ""
                    self.emit.report(Severity.NON_BREAKING, p_ptr, f"new {kind}{label}")

    def _value_holder(
        self,
        old: tuple[dict[str, Any], str],
        new: tuple[dict[str, Any], str],
        direction: Direction,
        label: str,
    ) -> None:
        """A parameter or a header: required flag, serialisation, schema or content, annotations."""
        (a, a_ptr), (b, ptr) = old, new
        req_a, req_b = bool(a.get("required")), bool(b.get("required"))
        if req_a != req_b:
            if direction is Direction.WRITE:
                cls = Severity.BREAKING if req_b else Severity.NON_BREAKING
                text = f"{label} is now required" if req_b else f"{label} is now optional"
            else:
                cls = Severity.NON_BREAKING if req_b else Severity.BREAKING
                text = f"{label} is now always sent" if req_b else f"{label} may now be absent"
            self.emit.report(cls, join(ptr, "required"), text)
        for key in ("style", "explode", "allowReserved", "allowEmptyValue"):
            if a.get(key) != b.get(key):
                self.emit.report(
                    Effect.CHANGED.severity(direction), join(ptr, key), f"`{key}` of {label} changed"
                )
        for key in sorted(k for k in a.keys() | b.keys() if is_annotation(k)):
            if a.get(key) != b.get(key):
                if key == "deprecated":
                    state = "deprecated" if b.get(key) else "no longer deprecated"
                    self.emit.report(Severity.NON_BREAKING, join(ptr, key), f"{label} is {state}")
                else:
                    self.emit.report(Severity.DOCS, join(ptr, key), f"`{key}` of {label} changed")
        if "schema" in a or "schema" in b:
            self.schemas.compare(
                a.get("schema", True),
                join(a_ptr, "schema"),
                b.get("schema", True),
                join(ptr, "schema"),
                direction,
                label,
            )
        if "content" in a or "content" in b:
            self._content(a.get("content") or {}, a_ptr, b.get("content") or {}, ptr, direction, label)

    # --- bodies ------------------------------------------------------------------------------------

    def _request_body(self, o: Operation, n: Operation) -> None:
        raw_a, raw_b = o.node.get("requestBody"), n.node.get("requestBody")
        direction = self.request
        label = "the payload" if self.webhook else "the request body"
        if raw_a is None and raw_b is None:
            return
        a_ptr, b_ptr = join(o.pointer, "requestBody"), join(n.pointer, "requestBody")
        if raw_b is None:
            text = (
                f"{label} is no longer accepted" if direction is Direction.WRITE else f"{label} was removed"
            )
            self.emit.report(Severity.BREAKING, a_ptr, text)
            return
        b, b_ptr = self.new.deref(raw_b, b_ptr)
        if raw_a is None:
            required = direction is Direction.WRITE and bool(b.get("required"))
            self.emit.report(
                Severity.BREAKING if required else Severity.NON_BREAKING,
                b_ptr,
                f"new {'required' if required else 'optional'} {label}"
                if direction is Direction.WRITE
                else f"new {label}",
            )
            return
        a, a_ptr = self.old.deref(raw_a, a_ptr)
        req_a, req_b = bool(a.get("required")), bool(b.get("required"))
        if req_a != req_b:
            if direction is Direction.WRITE:
                cls = Severity.BREAKING if req_b else Severity.NON_BREAKING
            else:
                cls = Severity.NON_BREAKING if req_b else Severity.BREAKING
            self.emit.report(
                cls, join(b_ptr, "required"), f"{label} is now {'required' if req_b else 'optional'}"
            )
        for key in sorted(k for k in a.keys() | b.keys() if is_annotation(k)):
            if a.get(key) != b.get(key):
                self.emit.report(Severity.DOCS, join(b_ptr, key), f"`{key}` of {label} changed")
        self._content(a.get("content") or {}, a_ptr, b.get("content") or {}, b_ptr, direction, label)

    def _content(
        self, a: dict[str, Any], a_ptr: str, b: dict[str, Any], b_ptr: str, direction: Direction, label: str
    ) -> None:
        """Media types of a body: the writer picks one, so the reader must know every one that remains."""
        keys_a = {k.lower().split(";")[0].strip(): k for k in a}
        keys_b = {k.lower().split(";")[0].strip(): k for k in b}
        for media in keys_a:
            if media not in keys_b:
                ptr = join(a_ptr, "content", keys_a[media])
                if direction is Direction.WRITE:
                    self.emit.report(Severity.BREAKING, ptr, f"{label} is no longer accepted as {media}")
                elif not keys_b:
                    self.emit.report(Severity.BREAKING, ptr, f"{label} ({media}) was removed")
                else:
                    self.emit.report(Severity.NON_BREAKING, ptr, f"{label} is no longer sent as {media}")
        for media in keys_b:
            ptr = join(b_ptr, "content", keys_b[media])
            if media not in keys_a:
                if direction is Direction.WRITE:
                    self.emit.report(Severity.NON_BREAKING, ptr, f"{label} is now also accepted as {media}")
                else:
                    self.emit.report(Severity.BREAKING, ptr, f"{label} may now come as {media}")
                continue
            ma, mb = a[keys_a[media]] or {}, b[keys_b[media]] or {}
            ma_ptr = join(a_ptr, "content", keys_a[media])
            for key in sorted(k for k in ma.keys() | mb.keys() if is_annotation(k)):
                if ma.get(key) != mb.get(key):
                    self.emit.report(Severity.DOCS, join(ptr, key), f"`{key}` of {label} ({media}) changed")
            if self.old.canonical(ma.get("encoding")) != self.new.canonical(mb.get("encoding")):
                self.emit.report(
                    Effect.CHANGED.severity(direction),
                    join(ptr, "encoding"),
                    f"encoding of {label} ({media}) changed",
                )
            self.schemas.compare(
                ma.get("schema", True),
                join(ma_ptr, "schema"),
                mb.get("schema", True),
                join(ptr, "schema"),
                direction,
                label,
            )

    # --- responses ---------------------------------------------------------------------------------

    def _responses(self, o: Operation, n: Operation) -> None:
        a = {str(k).upper(): v for k, v in (o.node.get("responses") or {}).items()}
        b = {str(k).upper(): v for k, v in (n.node.get("responses") or {}).items()}
        a_base, b_base = join(o.pointer, "responses"), join(n.pointer, "responses")
        original_a = {str(k).upper(): str(k) for k in o.node.get("responses") or {}}
        original_b = {str(k).upper(): str(k) for k in n.node.get("responses") or {}}
        direction = self.response
        for status in a:
            if status in b:
                continue
            ptr, shown = join(a_base, original_a[status]), original_a[status]
            if direction is Direction.WRITE:
                self.emit.report(Severity.BREAKING, ptr, f"answer {shown} is no longer accepted")
            elif status.startswith("2"):
                self.emit.report(Severity.BREAKING, ptr, f"success status {shown} was removed")
            else:
                self.emit.report(Severity.NON_BREAKING, ptr, f"status {shown} is no longer documented")
        for status in b:
            ptr, shown = join(b_base, original_b[status]), original_b[status]
            if status not in a:
                if direction is Direction.WRITE:
                    self.emit.report(Severity.NON_BREAKING, ptr, f"answer {shown} is now accepted")
                elif status.startswith("2"):
                    # Removing or replacing a success status breaks clients; adding one documents an answer
                    # that clients generated before handle as an unexpected status.
                    self.emit.report(Severity.NON_BREAKING, ptr, f"new success status {shown}")
                else:
                    self.emit.report(Severity.NON_BREAKING, ptr, f"new error status {shown}")
                continue
            self._response(shown, a[status], join(a_base, original_a[status]), b[status], ptr, direction)

    def _response(
        self, status: str, raw_a: Node, a_ptr: str, raw_b: Node, b_ptr: str, direction: Direction
    ) -> None:
        a, a_ptr = self.old.deref(raw_a, a_ptr)
        b, b_ptr = self.new.deref(raw_b, b_ptr)
        label = f"the {status} answer" if self.webhook else f"the {status} response"
        for key in sorted(k for k in a.keys() | b.keys() if is_annotation(k) or k == "links"):
            if a.get(key) != b.get(key):
                self.emit.report(Severity.DOCS, join(b_ptr, key), f"`{key}` of {label} changed")
        headers_a = {k.lower(): (k, v) for k, v in (a.get("headers") or {}).items()}
        headers_b = {k.lower(): (k, v) for k, v in (b.get("headers") or {}).items()}
        for name in [*headers_a, *(h for h in headers_b if h not in headers_a)]:
            if name == "content-type":
                continue  # OpenAPI ignores a Content-Type header description
            hlabel = f"header `{(headers_b.get(name) or headers_a[name])[0]}` of {label}"
            if name in headers_a and name in headers_b:
                ha = self.old.deref(headers_a[name][1], join(a_ptr, "headers", headers_a[name][0]))
                hb = self.new.deref(headers_b[name][1], join(b_ptr, "headers", headers_b[name][0]))
                self._value_holder(ha, hb, direction, hlabel)
            elif name in headers_a:
                ptr = join(a_ptr, "headers", headers_a[name][0])
                text = (
                    f"{hlabel} is no longer accepted"
                    if direction is Direction.WRITE
                    else f"{hlabel} was removed"
                )
                self.emit.report(Severity.BREAKING, ptr, text)
            else:
                ptr = join(b_ptr, "headers", headers_b[name][0])
                header, _ = self.new.deref(headers_b[name][1], ptr)
                required = direction is Direction.WRITE and bool(header.get("required"))
                self.emit.report(
                    Severity.BREAKING if required else Severity.NON_BREAKING,
                    ptr,
                    f"new {'required ' if required else ''}{hlabel}",
                )
        self._content(
            a.get("content") or {}, a_ptr, b.get("content") or {}, b_ptr, direction, f"{label} body"
        )


def diff_documents(old: Node, new: Node) -> list[Change]:
    """Every change from `old` to `new`, classified and sorted: BREAKING first, then by place."""
    return Differ(old, new).run()
