"""Contains endpoint functions for accessing the API

Each operation is a module of this package (`from . import send_message` or
`import plivo_messaging.api.<tag>.<operation>`), imported when first used.
"""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from . import (
        delete_message_media,
        get_message,
        get_message_media,
        list_message_media,
        list_messages,
        send_message,
    )

__all__ = (
    "delete_message_media",
    "get_message",
    "get_message_media",
    "list_message_media",
    "list_messages",
    "send_message",
)

# Hidden from type checkers: with a module __getattr__ they would accept any name, typos included.
if not TYPE_CHECKING:
    __getattr__, __dir__ = attach(__name__, {}, __all__)
