from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response, invalid_response, transport_errors
from ...models.api_error_response import ApiErrorResponse
from ...models.create_tollfree_verification_request import CreateTollfreeVerificationRequest
from ...models.create_tollfree_verification_response import CreateTollfreeVerificationResponse
from ...types import Response, http_status

# override: httpx only annotates here; importing an operation module does not load the HTTP stack.
if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: CreateTollfreeVerificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/TollfreeVerification/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


# override: `parsed` is empty (None) when a documented status's body is not what the spec says, so
# `*_detailed` always hands back the Response (an HTML error page from a proxy, an empty 401 ...).
def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | CreateTollfreeVerificationResponse | None:
    try:
        return _parse_documented(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:
        return None


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | CreateTollfreeVerificationResponse:
    if response.status_code == 201:
        response_201 = CreateTollfreeVerificationResponse.from_dict(response.json())

        return response_201

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
def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTollfreeVerificationResponse:
    if response.status_code == 201:
        try:
            response_201 = CreateTollfreeVerificationResponse.from_dict(response.json())

            return response_201

        except Exception as cause:
            error = invalid_response(response, cause)
            raise error from error.__cause__
    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | CreateTollfreeVerificationResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTollfreeVerificationRequest,
) -> Response[ApiErrorResponse | CreateTollfreeVerificationResponse]:
    """Request verification of a toll-free number

     Submits a US or Canadian toll-free number for A2P verification. Since November 2023 an
    unverified toll-free number cannot send to the US or Canada at all (the earlier daily, weekly
    and monthly caps for pending numbers no longer apply): messages from it are blocked until the
    verification is approved. A new request starts `SUBMITTED` and can be updated while it is
    under review. The review outcome arrives on `callback_url` (see the
    `tollfreeVerificationStatus` webhook).

    Args:
        body (CreateTollfreeVerificationRequest): A toll-free number to submit for verification,
            with the traffic it will carry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | CreateTollfreeVerificationResponse]
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
    body: CreateTollfreeVerificationRequest,
) -> CreateTollfreeVerificationResponse:
    """Request verification of a toll-free number

     Submits a US or Canadian toll-free number for A2P verification. Since November 2023 an
    unverified toll-free number cannot send to the US or Canada at all (the earlier daily, weekly
    and monthly caps for pending numbers no longer apply): messages from it are blocked until the
    verification is approved. A new request starts `SUBMITTED` and can be updated while it is
    under review. The review outcome arrives on `callback_url` (see the
    `tollfreeVerificationStatus` webhook).

    Args:
        body (CreateTollfreeVerificationRequest): A toll-free number to submit for verification,
            with the traffic it will carry.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        CreateTollfreeVerificationResponse
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
    body: CreateTollfreeVerificationRequest,
) -> Response[ApiErrorResponse | CreateTollfreeVerificationResponse]:
    """Request verification of a toll-free number

     Submits a US or Canadian toll-free number for A2P verification. Since November 2023 an
    unverified toll-free number cannot send to the US or Canada at all (the earlier daily, weekly
    and monthly caps for pending numbers no longer apply): messages from it are blocked until the
    verification is approved. A new request starts `SUBMITTED` and can be updated while it is
    under review. The review outcome arrives on `callback_url` (see the
    `tollfreeVerificationStatus` webhook).

    Args:
        body (CreateTollfreeVerificationRequest): A toll-free number to submit for verification,
            with the traffic it will carry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | CreateTollfreeVerificationResponse]
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
    body: CreateTollfreeVerificationRequest,
) -> CreateTollfreeVerificationResponse:
    """Request verification of a toll-free number

     Submits a US or Canadian toll-free number for A2P verification. Since November 2023 an
    unverified toll-free number cannot send to the US or Canada at all (the earlier daily, weekly
    and monthly caps for pending numbers no longer apply): messages from it are blocked until the
    verification is approved. A new request starts `SUBMITTED` and can be updated while it is
    under review. The review outcome arrives on `callback_url` (see the
    `tollfreeVerificationStatus` webhook).

    Args:
        body (CreateTollfreeVerificationRequest): A toll-free number to submit for verification,
            with the traffic it will carry.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        CreateTollfreeVerificationResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
