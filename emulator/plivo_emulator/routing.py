"""Match a request path against the spec's path templates.

Templates are stored in a segment trie; at every level a literal segment wins over a `{param}`
segment (so `/10dlc/Campaign/Import/` is never read as a campaign id). An unknown path is a 404; a
known path with an undeclared method is a 405 carrying the `Allow` header. HEAD is served wherever
GET is (RFC 9110 9.3.2: the GET operation answers, the body is left out), and `Allow` says so.
Consecutive slashes count as one, as at Plivo's front end: the official Node SDK lists pool numbers
at `NumberPool/{uuid}/Number//?...`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ApiError
from .spec import Operation


@dataclass
class _Node:
    literals: dict[str, _Node] = field(default_factory=dict)
    param: tuple[str, _Node] | None = None
    methods: dict[str, Operation] = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_params: dict[str, str]


_SLASHES = re.compile(r"//+")


def _segments(path: str) -> list[str]:
    # A trailing slash is significant (Plivo's paths keep it), so it becomes an empty last segment.
    return _SLASHES.sub("/", path).split("/")[1:]


class Router:
    def __init__(self, operations: tuple[Operation, ...] | list[Operation]) -> None:
        self._root = _Node()
        for op in operations:
            self._add(op)

    def _add(self, op: Operation) -> None:
        node = self._root
        for seg in _segments(op.path):
            if seg.startswith("{") and seg.endswith("}"):
                name = seg[1:-1]
                if node.param is None:
                    node.param = (name, _Node())
                elif node.param[0] != name:
                    raise ValueError(f"{op.path}: parameter {{{name}}} clashes with {{{node.param[0]}}}")
                node = node.param[1]
            else:
                node = node.literals.setdefault(seg, _Node())
        if op.method in node.methods:
            raise ValueError(f"{op.method} {op.path} declared twice")
        node.methods[op.method] = op

    def _find(self, node: _Node, segs: list[str], i: int, params: dict[str, str]) -> _Node | None:
        if i == len(segs):
            return node if node.methods else None
        seg = segs[i]
        child = node.literals.get(seg)
        if child is not None:
            found = self._find(child, segs, i + 1, params)
            if found is not None:
                return found
        if node.param is not None and seg:
            name, sub = node.param
            found = self._find(sub, segs, i + 1, params)
            if found is not None:
                params[name] = seg
                return found
        return None

    def match(self, method: str, path: str) -> Match:
        params: dict[str, str] = {}
        node = self._find(self._root, _segments(path), 0, params)
        if node is None:
            raise ApiError(404, "not found")
        method = method.upper()
        op = node.methods.get("GET" if method == "HEAD" else method)
        if op is None:
            allow = ", ".join(sorted({*node.methods, *(["HEAD"] if "GET" in node.methods else [])}))
            raise ApiError(405, f"method {method} not allowed; allowed: {allow}", headers={"Allow": allow})
        return Match(op, params)
