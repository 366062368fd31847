"""Resource handlers, one module per resource.

To add a resource: write `handlers/<resource>.py` with one function per operation, each decorated
with `@handles("<operationId>")`, taking a `Ctx` and returning a `Result`; then add the module to
the import list below. Start-up fails when an operation of the spec has no handler.
"""

from __future__ import annotations

from . import (  # noqa: F401 - imported for their @handles registrations
    brands,
    campaigns,
    media,
    messages,
    number_pools,
    powerpacks,
    profiles,
    tollfree_verifications,
    whatsapp_templates,
)
from .registry import REGISTRY, handles

__all__ = ["REGISTRY", "handles"]
