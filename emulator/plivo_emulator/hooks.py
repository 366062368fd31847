"""Extension points for modules that act after the request path (message lifecycle, callbacks).

A module registers callables on `Hooks`; the request path calls them after its transaction is
committed, on the event loop thread. They must not block: start an asyncio task for slow work.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("plivo_emulator")


@dataclass(frozen=True)
class MessagesQueued:
    """Outbound messages just accepted by `sendMessage` (state `queued`)."""

    account: str
    message_uuids: tuple[str, ...]
    documents: tuple[dict[str, Any], ...]  # the stored records, private `_` keys included


# (store, account auth id, powerpack uuid, destination) -> the sender number to use. Raises
# errors.ApiError when the Powerpack cannot send (unknown, empty pool).
PowerpackSender = Callable[[Any, str, str, str], str]


@dataclass
class Hooks:
    messages_queued: list[Callable[[MessagesQueued], None]] = field(default_factory=list)
    # Replaces the built-in choice of a sender for `powerpack_uuid` sends (see handlers.messages).
    powerpack_sender: PowerpackSender | None = None
    startup: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    shutdown: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    def emit_messages_queued(self, event: MessagesQueued) -> None:
        for callback in self.messages_queued:
            try:
                callback(event)
            except Exception:  # a broken extension must not turn an accepted send into a 500
                log.exception("messages_queued hook %r failed", callback)
