from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response
from ...models.api_error_response import ApiErrorResponse
from ...types import Response


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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiErrorResponse:
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


# override: parse a 2xx answer, raise for anything else
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
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
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        message_uuid=message_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete all media of a message

     Removes every file attached to the message; the message record itself stays. Uncertain:
    this comes from older MMS documentation and is no longer offered by the current SDKs, so
    whether Plivo still serves it, and that it answers 204, is not confirmed.

    Args:
        message_uuid (UUID):

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, RateLimitError, ServerError ...) or a status the spec does not document.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        message_uuid=message_uuid,
    )

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
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        message_uuid=message_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Delete all media of a message

     Removes every file attached to the message; the message record itself stays. Uncertain:
    this comes from older MMS documentation and is no longer offered by the current SDKs, so
    whether Plivo still serves it, and that it answers 204, is not confirmed.

    Args:
        message_uuid (UUID):

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, RateLimitError, ServerError ...) or a status the spec does not document.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    kwargs = _get_kwargs(
        message_uuid=message_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
