from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response
from ...models.api_error_response import ApiErrorResponse
from ...models.profile_response import ProfileResponse
from ...models.update_profile_request import UpdateProfileRequest
from ...types import Response


def _get_kwargs(
    profile_uuid: UUID,
    *,
    body: UpdateProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Profile/{profile_uuid}/".format(
            profile_uuid=quote(str(profile_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | ProfileResponse:
    if response.status_code == 200:
        response_200 = ProfileResponse.from_dict(response.json())

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


# override: parse a 2xx answer, raise for anything else
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProfileResponse:
    if response.status_code == 200:
        response_200 = ProfileResponse.from_dict(response.json())

        return response_200

    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | ProfileResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    profile_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProfileRequest,
) -> Response[ApiErrorResponse | ProfileResponse]:
    """Update a business profile

     Changes the listed fields of a profile and returns the whole updated profile. Identity fields such
    as `ein`, `customer_type` and `profile_alias` cannot be changed this way; create a new profile
    instead.

    Args:
        profile_uuid (UUID):
        body (UpdateProfileRequest): The profile fields to change. An empty string or `null`
            leaves a field unchanged: plivo-go sends
            every field of its update struct (`entity_type`, `company_name`, `vertical` as `""`,
            `address`
            and `authorized_contact` as `null` when the caller did not set them), and plivo-node and
            plivo-python send what the caller gives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ProfileResponse]
    """

    kwargs = _get_kwargs(
        profile_uuid=profile_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProfileRequest,
) -> ProfileResponse:
    """Update a business profile

     Changes the listed fields of a profile and returns the whole updated profile. Identity fields such
    as `ein`, `customer_type` and `profile_alias` cannot be changed this way; create a new profile
    instead.

    Args:
        profile_uuid (UUID):
        body (UpdateProfileRequest): The profile fields to change. An empty string or `null`
            leaves a field unchanged: plivo-go sends
            every field of its update struct (`entity_type`, `company_name`, `vertical` as `""`,
            `address`
            and `authorized_contact` as `null` when the caller did not set them), and plivo-node and
            plivo-python send what the caller gives.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, RateLimitError, ServerError ...) or a status the spec does not document.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileResponse
    """

    kwargs = _get_kwargs(
        profile_uuid=profile_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _parse_success(client=client, response=response)


async def asyncio_detailed(
    profile_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProfileRequest,
) -> Response[ApiErrorResponse | ProfileResponse]:
    """Update a business profile

     Changes the listed fields of a profile and returns the whole updated profile. Identity fields such
    as `ein`, `customer_type` and `profile_alias` cannot be changed this way; create a new profile
    instead.

    Args:
        profile_uuid (UUID):
        body (UpdateProfileRequest): The profile fields to change. An empty string or `null`
            leaves a field unchanged: plivo-go sends
            every field of its update struct (`entity_type`, `company_name`, `vertical` as `""`,
            `address`
            and `authorized_contact` as `null` when the caller did not set them), and plivo-node and
            plivo-python send what the caller gives.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ProfileResponse]
    """

    kwargs = _get_kwargs(
        profile_uuid=profile_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateProfileRequest,
) -> ProfileResponse:
    """Update a business profile

     Changes the listed fields of a profile and returns the whole updated profile. Identity fields such
    as `ein`, `customer_type` and `profile_alias` cannot be changed this way; create a new profile
    instead.

    Args:
        profile_uuid (UUID):
        body (UpdateProfileRequest): The profile fields to change. An empty string or `null`
            leaves a field unchanged: plivo-go sends
            every field of its update struct (`entity_type`, `company_name`, `vertical` as `""`,
            `address`
            and `authorized_contact` as `null` when the caller did not set them), and plivo-node and
            plivo-python send what the caller gives.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, RateLimitError, ServerError ...) or a status the spec does not document.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileResponse
    """

    kwargs = _get_kwargs(
        profile_uuid=profile_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
