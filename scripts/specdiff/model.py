"""The vocabulary of a diff: who writes a value, how a change is classed, and one reported change."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

# A parsed YAML/JSON node: the differ walks documents it did not write, so nodes stay untyped.
Node = Any


class SpecDiffError(Exception):
    """The documents cannot be compared (a $ref that does not resolve, no release); the message says why."""


class Severity(enum.Enum):
    """Class of a change, from the client user's point of view; the order is the order of reports."""

    BREAKING = "BREAKING"
    NON_BREAKING = "NON-BREAKING"
    DOCS = "DOCS"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class Direction(enum.Enum):
    """Who writes a value. The other side reads it, and only the reader can be broken by a change."""

    # The client user writes it and Plivo reads it: request parameters and bodies, webhook answers.
    WRITE = "write"
    # Plivo writes it and the client user reads it: responses, webhook payloads and headers.
    READ = "read"

    def flipped(self) -> Direction:
        return Direction.READ if self is Direction.WRITE else Direction.WRITE


class Effect(enum.Enum):
    """What a change does to the set of values a schema allows."""

    WIDER = "wider"
    NARROWER = "narrower"
    # Neither: some values are added and others removed (a type or a pattern replaced).
    CHANGED = "changed"

    def severity(self, direction: Direction) -> Severity:
        """A writer is broken when values it may send become invalid; a reader when it may meet new ones."""
        harmless = Effect.WIDER if direction is Direction.WRITE else Effect.NARROWER
        return Severity.NON_BREAKING if self is harmless else Severity.BREAKING


@dataclass(frozen=True)
class Change:
    """One classified change. `pointer` is a JSON pointer into the new document (into the old one for
    something removed); `where` names the operation (operationId) or webhook the change affects."""

    cls: Severity
    where: str
    pointer: str
    change: str


def escape(token: str) -> str:
    """One JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def join(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape(str(t)) for t in tokens)
