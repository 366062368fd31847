from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response, transport_errors
from ...models.api_error_response import ApiErrorResponse
from ...types import Response, http_status

# override: httpx only annotates here; importing an operation module does not load the HTTP stack.
if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    message_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/Message/{message_uuid}/Media/".format(
            message_uuid=quote(str(message_uuid), safe=""),
        ),
    }

    return _kwargs


# override: `parsed` is empty (None) when a documented status's body is not what the spec says, so
# `*_detailed` always hands back the Response (an HTML error page from a proxy, an empty 401 ...).
def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiErrorResponse | None:
    try:
        return _parse_documented(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:
        return None


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiErrorResponse:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = ApiErrorResponse.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = ApiErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ApiErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiErrorResponse.from_dict(response.json())

        return response_500

    response_default = ApiErrorResponse.from_dict(response.json())

    return response_default


# override: parse a documented success answer (InvalidResponseError if it does not parse), raise the
# PlivoError of the status for anything else
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiErrorResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiErrorResponse]:
    """Delete all media of a message

     Removes every file attached to the message; the message record itself stays. Uncertain:
    this comes from older MMS documentation and is no longer offered by the current SDKs, so
    whether Plivo still serves it, and that it answers 204, is not confirmed.

    Args:
        message_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[Any | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        message_uuid=message_uuid,
    )

    with transport_errors(client, kwargs):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    message_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete all media of a message

     Removes every file attached to the message; the message record itself stays. Uncertain:
    this comes from older MMS documentation and is no longer offered by the current SDKs, so
    whether Plivo still serves it, and that it answers 204, is not confirmed.

    Args:
        message_uuid (UUID):

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        message_uuid=message_uuid,
    )

    with transport_errors(client, kwargs):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    message_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiErrorResponse]:
    """Delete all media of a message

     Removes every file attached to the message; the message record itself stays. Uncertain:
    this comes from older MMS documentation and is no longer offered by the current SDKs, so
    whether Plivo still serves it, and that it answers 204, is not confirmed.

    Args:
        message_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[Any | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        message_uuid=message_uuid,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete all media of a message

     Removes every file attached to the message; the message record itself stays. Uncertain:
    this comes from older MMS documentation and is no longer offered by the current SDKs, so
    whether Plivo still serves it, and that it answers 204, is not confirmed.

    Args:
        message_uuid (UUID):

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        None
    """

    kwargs = _get_kwargs(
        message_uuid=message_uuid,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
