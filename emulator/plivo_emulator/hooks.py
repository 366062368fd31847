"""Extension points for modules that act on the request path (message lifecycle, callbacks).

A module registers callables on `Hooks`; the request path calls them on the event loop thread. They
must not block: start an asyncio task for slow work. `messages_storing` runs inside the send's
transaction, before its records are written; `messages_queued` after that transaction is committed.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("plivo_emulator")


@dataclass(frozen=True)
class MessagesQueued:
    """Outbound messages just accepted by `sendMessage`: created `queued`, and stored in whatever state
    the `messages_storing` hooks moved them to."""

    account: str
    message_uuids: tuple[str, ...]
    documents: tuple[dict[str, Any], ...]  # the records, private `_` keys included


# (store, account auth id, powerpack uuid, destination) -> the sender number to use. Raises
# errors.ApiError when the Powerpack cannot send (unknown, empty pool).
PowerpackSender = Callable[[Any, str, str, str], str]


@dataclass
class Hooks:
    # Inside sendMessage's transaction, before its records are written: a hook may change the records
    # in place (an instant lifecycle stores each message once, in its final state) and write more in
    # the same transaction. An exception rolls the whole send back (the client gets a 500).
    messages_storing: list[Callable[[MessagesQueued], None]] = field(default_factory=list)
    # After the send's transaction is committed (the records are in the database).
    messages_queued: list[Callable[[MessagesQueued], None]] = field(default_factory=list)
    # Replaces the built-in choice of a sender for `powerpack_uuid` sends (see handlers.messages).
    powerpack_sender: PowerpackSender | None = None
    startup: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    def emit_messages_storing(self, event: MessagesQueued) -> None:
        for callback in self.messages_storing:
            callback(event)

    def emit_messages_queued(self, event: MessagesQueued) -> None:
        for callback in self.messages_queued:
            try:
                callback(event)
            except Exception:  # a broken extension must not turn an accepted send into a 500
                log.exception("messages_queued hook %r failed", callback)
