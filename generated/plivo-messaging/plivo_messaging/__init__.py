"""Python client for Plivo's Messaging API.

Create a `PlivoClient` with your Auth ID and Auth Token, then call the operation functions in
`plivo_messaging.api.<tag>.<operation>` (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`).
`sync` and `asyncio` return the success model or raise a `PlivoError` subclass; `iterate`/`aiterate`
walk every page of a list, `send_bulk` sends many messages concurrently, `RetryPolicy` retries
rate-limited requests, and `validate_callback_request` checks the signature of a callback.
"""

from .bulk import BulkResult, send_bulk
from .client import Client
from .exceptions import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvalidResponseError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    PlivoConnectionError,
    PlivoError,
    PlivoTimeoutError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    ValidationError,
)
from .message_xml import MessageElement, MessageXmlError, message_xml, parse_message_xml
from .pagination import aiterate, iterate
from .plivo_client import DEFAULT_BASE_URL, AsyncPlivoClient, PlivoClient
from .retries import RetryPolicy
from .signature import validate_signature_v2, validate_signature_v3
from .webhooks import validate_callback_request

__all__ = (
    "DEFAULT_BASE_URL",
    "AsyncPlivoClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkResult",
    "Client",
    "ConflictError",
    "InvalidResponseError",
    "MessageElement",
    "MessageXmlError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlivoClient",
    "PlivoConnectionError",
    "PlivoError",
    "PlivoTimeoutError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "ValidationError",
    "aiterate",
    "iterate",
    "message_xml",
    "parse_message_xml",
    "send_bulk",
    "validate_callback_request",
    "validate_signature_v2",
    "validate_signature_v3",
)
