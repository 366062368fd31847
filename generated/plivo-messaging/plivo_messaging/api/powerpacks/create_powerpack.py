from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response, invalid_response, transport_errors
from ...models.api_error_response import ApiErrorResponse
from ...models.create_powerpack_request import CreatePowerpackRequest
from ...models.powerpack import Powerpack
from ...types import Response, http_status

# override: httpx only annotates here; importing an operation module does not load the HTTP stack.
if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: CreatePowerpackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Powerpack/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


# override: `parsed` is empty (None) when a documented status's body is not what the spec says, so
# `*_detailed` always hands back the Response (an HTML error page from a proxy, an empty 401 ...).
def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | Powerpack | None:
    try:
        return _parse_documented(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:
        return None


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | Powerpack:
    if response.status_code == 200:
        response_200 = Powerpack.from_dict(response.json())

        return response_200

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
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Powerpack:
    if response.status_code == 200:
        try:
            response_200 = Powerpack.from_dict(response.json())

            return response_200

        except Exception as cause:
            error = invalid_response(response, cause)
            raise error from error.__cause__
    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | Powerpack]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePowerpackRequest,
) -> Response[ApiErrorResponse | Powerpack]:
    """Create a Powerpack

     Creates a Powerpack: a named group of sender numbers with the rules Plivo uses to pick a source
    number for each outgoing message. An empty number pool is created with it; its URI comes back in
    `number_pool`, and the pool UUID is the last path segment of that URI.

    Args:
        body (CreatePowerpackRequest): A new Powerpack.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | Powerpack]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with transport_errors(client, kwargs):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePowerpackRequest,
) -> Powerpack:
    """Create a Powerpack

     Creates a Powerpack: a named group of sender numbers with the rules Plivo uses to pick a source
    number for each outgoing message. An empty number pool is created with it; its URI comes back in
    `number_pool`, and the pool UUID is the last path segment of that URI.

    Args:
        body (CreatePowerpackRequest): A new Powerpack.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Powerpack
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with transport_errors(client, kwargs):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePowerpackRequest,
) -> Response[ApiErrorResponse | Powerpack]:
    """Create a Powerpack

     Creates a Powerpack: a named group of sender numbers with the rules Plivo uses to pick a source
    number for each outgoing message. An empty number pool is created with it; its URI comes back in
    `number_pool`, and the pool UUID is the last path segment of that URI.

    Args:
        body (CreatePowerpackRequest): A new Powerpack.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | Powerpack]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePowerpackRequest,
) -> Powerpack:
    """Create a Powerpack

     Creates a Powerpack: a named group of sender numbers with the rules Plivo uses to pick a source
    number for each outgoing message. An empty number pool is created with it; its URI comes back in
    `number_pool`, and the pool UUID is the last path segment of that URI.

    Args:
        body (CreatePowerpackRequest): A new Powerpack.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Powerpack
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
