"""Contains endpoint functions for accessing the API

Each operation is a module of this package (`from . import send_message` or
`import plivo_messaging.api.<tag>.<operation>`), imported when first used.
"""

from typing import TYPE_CHECKING

from ..._lazy import attach

if TYPE_CHECKING:
    from . import (
        add_pool_number,
        add_pool_tollfree_number,
        get_number_pool,
        get_pool_number,
        get_pool_shortcode,
        get_pool_tollfree_number,
        list_pool_numbers,
        list_pool_shortcodes,
        list_pool_tollfree_numbers,
        remove_pool_number,
        remove_pool_shortcode,
        remove_pool_tollfree_number,
    )

__all__ = (
    "add_pool_number",
    "add_pool_tollfree_number",
    "get_number_pool",
    "get_pool_number",
    "get_pool_shortcode",
    "get_pool_tollfree_number",
    "list_pool_numbers",
    "list_pool_shortcodes",
    "list_pool_tollfree_numbers",
    "remove_pool_number",
    "remove_pool_shortcode",
    "remove_pool_tollfree_number",
)

# Hidden from type checkers: with a module __getattr__ they would accept any name, typos included.
if not TYPE_CHECKING:
    __getattr__, __dir__ = attach(__name__, {}, __all__)
