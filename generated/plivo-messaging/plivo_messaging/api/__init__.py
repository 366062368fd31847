"""Contains methods for accessing the API: one package per tag, one module per operation"""

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from . import (
        media,
        messages,
        number_pools,
        powerpacks,
        profiles,
        tendlc_brands,
        tendlc_campaigns,
        toll_free_verification,
        whatsapp_templates,
    )

__all__ = (
    "media",
    "messages",
    "number_pools",
    "powerpacks",
    "profiles",
    "tendlc_brands",
    "tendlc_campaigns",
    "toll_free_verification",
    "whatsapp_templates",
)

# Hidden from type checkers: with a module __getattr__ they would accept any name, typos included.
if not TYPE_CHECKING:
    __getattr__, __dir__ = attach(__name__, {}, __all__)
