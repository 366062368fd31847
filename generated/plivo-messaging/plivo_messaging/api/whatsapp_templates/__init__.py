"""Contains endpoint functions for accessing the API

Each operation is a module of this package (`from . import send_message` or
`import plivo_messaging.api.<tag>.<operation>`), imported when first used.
"""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from . import (
        create_whatsapp_template,
        delete_whatsapp_template,
        get_whatsapp_template,
        list_whatsapp_templates,
        update_whatsapp_template,
    )

__all__ = (
    "create_whatsapp_template",
    "delete_whatsapp_template",
    "get_whatsapp_template",
    "list_whatsapp_templates",
    "update_whatsapp_template",
)

# Hidden from type checkers: with a module __getattr__ they would accept any name, typos included.
if not TYPE_CHECKING:
    __getattr__, __dir__ = attach(__name__, {}, __all__)
