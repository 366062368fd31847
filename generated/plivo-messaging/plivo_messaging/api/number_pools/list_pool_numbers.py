from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response, invalid_response, transport_errors
from ...models.api_error_response import ApiErrorResponse
from ...models.pool_number_list import PoolNumberList
from ...models.pool_number_type import PoolNumberType
from ...models.pool_service import PoolService
from ...types import UNSET, Response, Unset, http_status

# override: httpx only annotates here; importing an operation module does not load the HTTP stack.
if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    number_pool_uuid: UUID,
    *,
    starts_with: str | Unset = UNSET,
    country_iso2: str | Unset = UNSET,
    type_: PoolNumberType | Unset = UNSET,
    service: PoolService | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["starts_with"] = starts_with

    params["country_iso2"] = country_iso2

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_service: str | Unset = UNSET
    if not isinstance(service, Unset):
        json_service = service

    params["service"] = json_service

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/NumberPool/{number_pool_uuid}/Number/".format(
            number_pool_uuid=quote(str(number_pool_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


# override: `parsed` is empty (None) when a documented status's body is not what the spec says, so
# `*_detailed` always hands back the Response (an HTML error page from a proxy, an empty 401 ...).
def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PoolNumberList | None:
    try:
        return _parse_documented(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:
        return None


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | PoolNumberList:
    if response.status_code == 200:
        response_200 = PoolNumberList.from_dict(response.json())

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
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PoolNumberList:
    if response.status_code == 200:
        try:
            response_200 = PoolNumberList.from_dict(response.json())

            return response_200

        except Exception as cause:
            error = invalid_response(response, cause)
            raise error from error.__cause__
    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | PoolNumberList]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number_pool_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    country_iso2: str | Unset = UNSET,
    type_: PoolNumberType | Unset = UNSET,
    service: PoolService | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ApiErrorResponse | PoolNumberList]:
    """List the pool's long-code numbers

     Returns the long-code (and toll-free) numbers in the pool, one page at a time, optionally
    filtered. To count the numbers, read `meta.total_count`. `meta.next` and `meta.previous` may be
    empty strings instead of `null` when there is no such page.

    Args:
        number_pool_uuid (UUID):
        starts_with (str | Unset):
        country_iso2 (str | Unset):
        type_ (PoolNumberType | Unset): Kind of number in a pool. Plivo writes toll-free as
            `tollfree`; its object documentation spells it
            `toll-free`, so both are accepted.
        service (PoolService | Unset): Message service a pool number is used for.
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | PoolNumberList]
    """

    kwargs = _get_kwargs(
        number_pool_uuid=number_pool_uuid,
        starts_with=starts_with,
        country_iso2=country_iso2,
        type_=type_,
        service=service,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    number_pool_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    country_iso2: str | Unset = UNSET,
    type_: PoolNumberType | Unset = UNSET,
    service: PoolService | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> PoolNumberList:
    """List the pool's long-code numbers

     Returns the long-code (and toll-free) numbers in the pool, one page at a time, optionally
    filtered. To count the numbers, read `meta.total_count`. `meta.next` and `meta.previous` may be
    empty strings instead of `null` when there is no such page.

    Args:
        number_pool_uuid (UUID):
        starts_with (str | Unset):
        country_iso2 (str | Unset):
        type_ (PoolNumberType | Unset): Kind of number in a pool. Plivo writes toll-free as
            `tollfree`; its object documentation spells it
            `toll-free`, so both are accepted.
        service (PoolService | Unset): Message service a pool number is used for.
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        PoolNumberList
    """

    kwargs = _get_kwargs(
        number_pool_uuid=number_pool_uuid,
        starts_with=starts_with,
        country_iso2=country_iso2,
        type_=type_,
        service=service,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    number_pool_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    country_iso2: str | Unset = UNSET,
    type_: PoolNumberType | Unset = UNSET,
    service: PoolService | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ApiErrorResponse | PoolNumberList]:
    """List the pool's long-code numbers

     Returns the long-code (and toll-free) numbers in the pool, one page at a time, optionally
    filtered. To count the numbers, read `meta.total_count`. `meta.next` and `meta.previous` may be
    empty strings instead of `null` when there is no such page.

    Args:
        number_pool_uuid (UUID):
        starts_with (str | Unset):
        country_iso2 (str | Unset):
        type_ (PoolNumberType | Unset): Kind of number in a pool. Plivo writes toll-free as
            `tollfree`; its object documentation spells it
            `toll-free`, so both are accepted.
        service (PoolService | Unset): Message service a pool number is used for.
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | PoolNumberList]
    """

    kwargs = _get_kwargs(
        number_pool_uuid=number_pool_uuid,
        starts_with=starts_with,
        country_iso2=country_iso2,
        type_=type_,
        service=service,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number_pool_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    starts_with: str | Unset = UNSET,
    country_iso2: str | Unset = UNSET,
    type_: PoolNumberType | Unset = UNSET,
    service: PoolService | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> PoolNumberList:
    """List the pool's long-code numbers

     Returns the long-code (and toll-free) numbers in the pool, one page at a time, optionally
    filtered. To count the numbers, read `meta.total_count`. `meta.next` and `meta.previous` may be
    empty strings instead of `null` when there is no such page.

    Args:
        number_pool_uuid (UUID):
        starts_with (str | Unset):
        country_iso2 (str | Unset):
        type_ (PoolNumberType | Unset): Kind of number in a pool. Plivo writes toll-free as
            `tollfree`; its object documentation spells it
            `toll-free`, so both are accepted.
        service (PoolService | Unset): Message service a pool number is used for.
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        PoolNumberList
    """

    kwargs = _get_kwargs(
        number_pool_uuid=number_pool_uuid,
        starts_with=starts_with,
        country_iso2=country_iso2,
        type_=type_,
        service=service,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
