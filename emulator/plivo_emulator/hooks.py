"""What handlers tell the rest of the emulator, through `ctx.hooks`.

A handler whose request sets something in motion says so in its own code: `send_message` calls
`messages_storing` and `messages_queued`, the handlers that submit a compliance request call
`review_started` (or `numbers_linked`, `number_unlinked`). This base class does nothing: it is what
an app without behaviour runs with. `behaviour.Behaviour` implements each method (message lifecycle,
status callbacks, compliance reviews); `emulator.create_app` hands it to the Runtime.

Every method runs on the event loop thread and must not block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MessagesQueued:
    """Outbound messages just accepted by `sendMessage`: created `queued`, and stored in whatever state
    `messages_storing` moved them to."""

    account: str
    message_uuids: tuple[str, ...]
    documents: tuple[dict[str, Any], ...]  # the records, private `_` keys included


class Hooks:
    def messages_storing(self, event: MessagesQueued) -> None:
        """Inside sendMessage's transaction, before its records are written: the records may be
        changed in place (an instant lifecycle stores each message once, in its final state) and more
        written in the same transaction. An exception rolls the whole send back."""

    def messages_queued(self, event: MessagesQueued) -> None:
        """After the send's transaction is committed (the records are in the database)."""

    def review_started(self, kind: str, account: str, key: str) -> None:
        """A `brand`, `campaign` or `tollfree_verification` (id `key`) was submitted for review, or
        submitted again; called after the handler's transaction is committed."""

    def numbers_linked(self, account: str, campaign_id: str, numbers: Sequence[str]) -> None:
        """Links of `numbers` to a campaign were requested (each starts a review)."""

    def number_unlinked(self, account: str, campaign_id: str, number: str, url: str, method: str) -> None:
        """A number was unlinked from a campaign; `url`/`method`: where the request asked to be told."""
