from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response, invalid_response, transport_errors
from ...models.api_error_response import ApiErrorResponse
from ...models.brand_list import BrandList
from ...models.brand_registration_status import BrandRegistrationStatus
from ...models.brand_type import BrandType
from ...types import UNSET, Response, Unset, http_status

# override: httpx only annotates here; importing an operation module does not load the HTTP stack.
if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    type_: BrandType | Unset = UNSET,
    status: BrandRegistrationStatus | Unset = UNSET,
    registration_status: BrandRegistrationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_registration_status: str | Unset = UNSET
    if not isinstance(registration_status, Unset):
        json_registration_status = registration_status

    params["registration_status"] = json_registration_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/10dlc/Brand/",
        "params": params,
    }

    return _kwargs


# override: `parsed` is empty (None) when a documented status's body is not what the spec says, so
# `*_detailed` always hands back the Response (an HTML error page from a proxy, an empty 401 ...).
def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | BrandList | None:
    try:
        return _parse_documented(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:
        return None


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | BrandList:
    if response.status_code == 200:
        response_200 = BrandList.from_dict(response.json())

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
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BrandList:
    if response.status_code == 200:
        try:
            response_200 = BrandList.from_dict(response.json())

            return response_200

        except Exception as cause:
            error = invalid_response(response, cause)
            raise error from error.__cause__
    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | BrandList]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: BrandType | Unset = UNSET,
    status: BrandRegistrationStatus | Unset = UNSET,
    registration_status: BrandRegistrationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ApiErrorResponse | BrandList]:
    """List 10DLC brands

     Returns the account's brands in pages, in an array named `brands`. `meta` may lack `total_count`
    and `previous`, and some responses omit `meta` altogether. The registration-status filter is
    documented as `registration_status`, while the official SDKs send it as `status`; both are
    accepted here and mean the same thing.

    Args:
        type_ (BrandType | Unset): Registration type. `STANDARD` needs a tax id (EIN); `STARTER`
            is for sole proprietors without one
            (Plivo has paused starter registrations).
        status (BrandRegistrationStatus | Unset): Where the brand's registration with The Campaign
            Registry stands.
        registration_status (BrandRegistrationStatus | Unset): Where the brand's registration with
            The Campaign Registry stands.
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | BrandList]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        registration_status=registration_status,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: BrandType | Unset = UNSET,
    status: BrandRegistrationStatus | Unset = UNSET,
    registration_status: BrandRegistrationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> BrandList:
    """List 10DLC brands

     Returns the account's brands in pages, in an array named `brands`. `meta` may lack `total_count`
    and `previous`, and some responses omit `meta` altogether. The registration-status filter is
    documented as `registration_status`, while the official SDKs send it as `status`; both are
    accepted here and mean the same thing.

    Args:
        type_ (BrandType | Unset): Registration type. `STANDARD` needs a tax id (EIN); `STARTER`
            is for sole proprietors without one
            (Plivo has paused starter registrations).
        status (BrandRegistrationStatus | Unset): Where the brand's registration with The Campaign
            Registry stands.
        registration_status (BrandRegistrationStatus | Unset): Where the brand's registration with
            The Campaign Registry stands.
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        BrandList
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        registration_status=registration_status,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: BrandType | Unset = UNSET,
    status: BrandRegistrationStatus | Unset = UNSET,
    registration_status: BrandRegistrationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ApiErrorResponse | BrandList]:
    """List 10DLC brands

     Returns the account's brands in pages, in an array named `brands`. `meta` may lack `total_count`
    and `previous`, and some responses omit `meta` altogether. The registration-status filter is
    documented as `registration_status`, while the official SDKs send it as `status`; both are
    accepted here and mean the same thing.

    Args:
        type_ (BrandType | Unset): Registration type. `STANDARD` needs a tax id (EIN); `STARTER`
            is for sole proprietors without one
            (Plivo has paused starter registrations).
        status (BrandRegistrationStatus | Unset): Where the brand's registration with The Campaign
            Registry stands.
        registration_status (BrandRegistrationStatus | Unset): Where the brand's registration with
            The Campaign Registry stands.
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | BrandList]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        registration_status=registration_status,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: BrandType | Unset = UNSET,
    status: BrandRegistrationStatus | Unset = UNSET,
    registration_status: BrandRegistrationStatus | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> BrandList:
    """List 10DLC brands

     Returns the account's brands in pages, in an array named `brands`. `meta` may lack `total_count`
    and `previous`, and some responses omit `meta` altogether. The registration-status filter is
    documented as `registration_status`, while the official SDKs send it as `status`; both are
    accepted here and mean the same thing.

    Args:
        type_ (BrandType | Unset): Registration type. `STANDARD` needs a tax id (EIN); `STARTER`
            is for sole proprietors without one
            (Plivo has paused starter registrations).
        status (BrandRegistrationStatus | Unset): Where the brand's registration with The Campaign
            Registry stands.
        registration_status (BrandRegistrationStatus | Unset): Where the brand's registration with
            The Campaign Registry stands.
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        BrandList
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        registration_status=registration_status,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
