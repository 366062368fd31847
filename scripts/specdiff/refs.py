"""Local $ref resolution, and a canonical form of schemas used to tell "the same" from "changed"."""

from __future__ import annotations

import json
from typing import Any

from specdiff.model import Node, SpecDiffError

# Keywords that explain a schema or an object without changing what is valid.
ANNOTATIONS = frozenset(
    {"description", "summary", "title", "example", "examples", "$comment", "externalDocs", "deprecated"}
)


def is_annotation(key: str) -> bool:
    return key in ANNOTATIONS or key.startswith("x-")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


class Document:
    """An OpenAPI document with its local references followed on demand."""

    def __init__(self, root: Node) -> None:
        if not isinstance(root, dict):
            raise SpecDiffError("the document is not a mapping")
        self.root: dict[str, Any] = root

    def lookup(self, pointer: str) -> Node:
        node: Node = self.root
        for token in pointer.split("/")[1:] if pointer else []:
            key = unescape(token)
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise SpecDiffError(f"$ref '#{pointer}' does not resolve")
        return node

    def deref(self, node: Node, pointer: str) -> tuple[Node, str]:
        """Follow `node`'s $ref chain; return the target and its pointer.

        OpenAPI 3.1 lets keywords stand beside a $ref; they are laid over the target, which is what they
        mean for the annotations written there in practice (a description, an example).
        """
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#"):
                raise SpecDiffError(f"{pointer}: only local references are supported, not {ref!r}")
            if ref in seen:
                raise SpecDiffError(f"{pointer}: $ref cycle through {ref!r}")
            seen.add(ref)
            target = self.lookup(ref[1:])
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
            pointer = ref[1:]
        return node, pointer

    def canonical(self, node: Node) -> str:
        """A string equal for two nodes exactly when they allow the same values, as far as structure tells:
        references are inlined, annotations dropped, mapping keys sorted. A recursive reference is kept
        as its name."""
        return json.dumps(self._inline(node, ()), sort_keys=True, separators=(",", ":"))

    def _inline(self, node: Node, stack: tuple[str, ...]) -> Node:
        if isinstance(node, list):
            return [self._inline(item, stack) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            if ref in stack:
                return {"$recursive": ref}
            target = self.lookup(ref[1:])
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            merged = {**target, **siblings} if isinstance(target, dict) else target
            return self._inline(merged, (*stack, ref))
        out: dict[str, Any] = {}
        for key, value in node.items():
            if is_annotation(key):
                continue
            # Inside `properties` (and the like) keys are names, never annotations.
            if key in ("properties", "patternProperties", "$defs", "dependentSchemas") and isinstance(
                value, dict
            ):
                out[key] = {name: self._inline(sub, stack) for name, sub in value.items()}
            else:
                out[key] = self._inline(value, stack)
        return out
