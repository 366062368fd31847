"""Python client for Plivo's Messaging API.

Create a `PlivoClient` with your Auth ID and Auth Token, then call the operation functions in
`plivo_messaging.api.<tag>.<operation>` (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`).
"""

from .client import Client
from .plivo_client import DEFAULT_BASE_URL, AsyncPlivoClient, PlivoClient

__all__ = (
    "DEFAULT_BASE_URL",
    "AsyncPlivoClient",
    "Client",
    "PlivoClient",
)
