"""Python client for Plivo's Messaging API.

Create a `PlivoClient` with your Auth ID and Auth Token, then call the operation functions in
`plivo_messaging.api.<tag>.<operation>` (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`).
`sync` and `asyncio` return the success model or raise a `PlivoError` subclass; `iterate`/`aiterate`
walk every page of a list, `send_bulk` sends many messages concurrently, `RetryPolicy` retries
rate-limited requests, and `validate_callback_request` checks the signature of a callback.

Names are imported when first used, so `import plivo_messaging` stays cheap.
"""

from typing import TYPE_CHECKING

from ._lazy import attach

if TYPE_CHECKING:
    from . import api, errors, models, types
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
    "aiterate",
    "api",
    "AsyncPlivoClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkResult",
    "Client",
    "ConflictError",
    "DEFAULT_BASE_URL",
    "errors",
    "InvalidResponseError",
    "iterate",
    "message_xml",
    "MessageElement",
    "MessageXmlError",
    "MethodNotAllowedError",
    "models",
    "NotFoundError",
    "parse_message_xml",
    "PermissionDeniedError",
    "PlivoClient",
    "PlivoConnectionError",
    "PlivoError",
    "PlivoTimeoutError",
    "RateLimitError",
    "RetryPolicy",
    "send_bulk",
    "ServerError",
    "types",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "validate_callback_request",
    "validate_signature_v2",
    "validate_signature_v3",
    "ValidationError",
)

# Hidden from type checkers: with a module __getattr__ they would accept any name, typos included.
if not TYPE_CHECKING:
    __getattr__, __dir__ = attach(
        __name__,
        {
            "BulkResult": "bulk",
            "send_bulk": "bulk",
            "Client": "client",
            "AuthenticationError": "exceptions",
            "BadRequestError": "exceptions",
            "ConflictError": "exceptions",
            "InvalidResponseError": "exceptions",
            "MethodNotAllowedError": "exceptions",
            "NotFoundError": "exceptions",
            "PermissionDeniedError": "exceptions",
            "PlivoConnectionError": "exceptions",
            "PlivoError": "exceptions",
            "PlivoTimeoutError": "exceptions",
            "RateLimitError": "exceptions",
            "ServerError": "exceptions",
            "UnexpectedResponseError": "exceptions",
            "UnprocessableEntityError": "exceptions",
            "ValidationError": "exceptions",
            "MessageElement": "message_xml",
            "MessageXmlError": "message_xml",
            "message_xml": "message_xml",
            "parse_message_xml": "message_xml",
            "aiterate": "pagination",
            "iterate": "pagination",
            "DEFAULT_BASE_URL": "plivo_client",
            "AsyncPlivoClient": "plivo_client",
            "PlivoClient": "plivo_client",
            "RetryPolicy": "retries",
            "validate_signature_v2": "signature",
            "validate_signature_v3": "signature",
            "validate_callback_request": "webhooks",
        },
        (
            "api",
            "errors",
            "models",
            "types",
        ),
    )
