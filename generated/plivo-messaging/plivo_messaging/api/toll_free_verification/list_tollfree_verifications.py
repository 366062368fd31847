from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response, invalid_response, transport_errors
from ...models.api_error_response import ApiErrorResponse
from ...models.standard_usecase import StandardUsecase
from ...models.tollfree_verification_list import TollfreeVerificationList
from ...models.tollfree_verification_status import TollfreeVerificationStatus
from ...types import UNSET, Response, Unset, http_status

# override: httpx only annotates here; importing an operation module does not load the HTTP stack.
if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    number: str | Unset = UNSET,
    status: TollfreeVerificationStatus | Unset = UNSET,
    profile_uuid: UUID | Unset = UNSET,
    usecase: StandardUsecase | Unset = UNSET,
    created_gt: str | Unset = UNSET,
    created_gte: str | Unset = UNSET,
    created_lt: str | Unset = UNSET,
    created_lte: str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_profile_uuid: str | Unset = UNSET
    if not isinstance(profile_uuid, Unset):
        json_profile_uuid = str(profile_uuid)
    params["profile_uuid"] = json_profile_uuid

    json_usecase: str | Unset = UNSET
    if not isinstance(usecase, Unset):
        json_usecase = usecase

    params["usecase"] = json_usecase

    params["created__gt"] = created_gt

    params["created__gte"] = created_gte

    params["created__lt"] = created_lt

    params["created__lte"] = created_lte

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/TollfreeVerification/",
        "params": params,
    }

    return _kwargs


# override: `parsed` is empty (None) when a documented status's body is not what the spec says, so
# `*_detailed` always hands back the Response (an HTML error page from a proxy, an empty 401 ...).
def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | TollfreeVerificationList | None:
    try:
        return _parse_documented(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:
        return None


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | TollfreeVerificationList:
    if response.status_code == 200:
        response_200 = TollfreeVerificationList.from_dict(response.json())

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
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TollfreeVerificationList:
    if response.status_code == 200:
        try:
            response_200 = TollfreeVerificationList.from_dict(response.json())

            return response_200

        except Exception as cause:
            error = invalid_response(response, cause)
            raise error from error.__cause__
    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | TollfreeVerificationList]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    status: TollfreeVerificationStatus | Unset = UNSET,
    profile_uuid: UUID | Unset = UNSET,
    usecase: StandardUsecase | Unset = UNSET,
    created_gt: str | Unset = UNSET,
    created_gte: str | Unset = UNSET,
    created_lt: str | Unset = UNSET,
    created_lte: str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ApiErrorResponse | TollfreeVerificationList]:
    """List toll-free verification requests

     Returns verification requests in pages. `meta` gives the number of matches in `count` (some
    responses use `total_count` instead).

    Args:
        number (str | Unset): A phone number in international form without `+`, digits with the
            country code.
        status (TollfreeVerificationStatus | Unset): Review state of a toll-free verification
            request. `UPDATE_REQUIRED` means the reviewers asked for
            changes (see `error_message`). An in-review state may exist as well; responses accept
            other values.
        profile_uuid (UUID | Unset):
        usecase (StandardUsecase | Unset): A standard A2P use case: the possible sub-use cases of
            a `MIXED` or `LOW_VOLUME` campaign, and the
            use cases of a toll-free verification.
        created_gt (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_gte (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_lt (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_lte (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | TollfreeVerificationList]
    """

    kwargs = _get_kwargs(
        number=number,
        status=status,
        profile_uuid=profile_uuid,
        usecase=usecase,
        created_gt=created_gt,
        created_gte=created_gte,
        created_lt=created_lt,
        created_lte=created_lte,
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
    number: str | Unset = UNSET,
    status: TollfreeVerificationStatus | Unset = UNSET,
    profile_uuid: UUID | Unset = UNSET,
    usecase: StandardUsecase | Unset = UNSET,
    created_gt: str | Unset = UNSET,
    created_gte: str | Unset = UNSET,
    created_lt: str | Unset = UNSET,
    created_lte: str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> TollfreeVerificationList:
    """List toll-free verification requests

     Returns verification requests in pages. `meta` gives the number of matches in `count` (some
    responses use `total_count` instead).

    Args:
        number (str | Unset): A phone number in international form without `+`, digits with the
            country code.
        status (TollfreeVerificationStatus | Unset): Review state of a toll-free verification
            request. `UPDATE_REQUIRED` means the reviewers asked for
            changes (see `error_message`). An in-review state may exist as well; responses accept
            other values.
        profile_uuid (UUID | Unset):
        usecase (StandardUsecase | Unset): A standard A2P use case: the possible sub-use cases of
            a `MIXED` or `LOW_VOLUME` campaign, and the
            use cases of a toll-free verification.
        created_gt (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_gte (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_lt (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_lte (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        TollfreeVerificationList
    """

    kwargs = _get_kwargs(
        number=number,
        status=status,
        profile_uuid=profile_uuid,
        usecase=usecase,
        created_gt=created_gt,
        created_gte=created_gte,
        created_lt=created_lt,
        created_lte=created_lte,
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
    number: str | Unset = UNSET,
    status: TollfreeVerificationStatus | Unset = UNSET,
    profile_uuid: UUID | Unset = UNSET,
    usecase: StandardUsecase | Unset = UNSET,
    created_gt: str | Unset = UNSET,
    created_gte: str | Unset = UNSET,
    created_lt: str | Unset = UNSET,
    created_lte: str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ApiErrorResponse | TollfreeVerificationList]:
    """List toll-free verification requests

     Returns verification requests in pages. `meta` gives the number of matches in `count` (some
    responses use `total_count` instead).

    Args:
        number (str | Unset): A phone number in international form without `+`, digits with the
            country code.
        status (TollfreeVerificationStatus | Unset): Review state of a toll-free verification
            request. `UPDATE_REQUIRED` means the reviewers asked for
            changes (see `error_message`). An in-review state may exist as well; responses accept
            other values.
        profile_uuid (UUID | Unset):
        usecase (StandardUsecase | Unset): A standard A2P use case: the possible sub-use cases of
            a `MIXED` or `LOW_VOLUME` campaign, and the
            use cases of a toll-free verification.
        created_gt (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_gte (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_lt (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_lte (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | TollfreeVerificationList]
    """

    kwargs = _get_kwargs(
        number=number,
        status=status,
        profile_uuid=profile_uuid,
        usecase=usecase,
        created_gt=created_gt,
        created_gte=created_gte,
        created_lt=created_lt,
        created_lte=created_lte,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    status: TollfreeVerificationStatus | Unset = UNSET,
    profile_uuid: UUID | Unset = UNSET,
    usecase: StandardUsecase | Unset = UNSET,
    created_gt: str | Unset = UNSET,
    created_gte: str | Unset = UNSET,
    created_lt: str | Unset = UNSET,
    created_lte: str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> TollfreeVerificationList:
    """List toll-free verification requests

     Returns verification requests in pages. `meta` gives the number of matches in `count` (some
    responses use `total_count` instead).

    Args:
        number (str | Unset): A phone number in international form without `+`, digits with the
            country code.
        status (TollfreeVerificationStatus | Unset): Review state of a toll-free verification
            request. `UPDATE_REQUIRED` means the reviewers asked for
            changes (see `error_message`). An in-review state may exist as well; responses accept
            other values.
        profile_uuid (UUID | Unset):
        usecase (StandardUsecase | Unset): A standard A2P use case: the possible sub-use cases of
            a `MIXED` or `LOW_VOLUME` campaign, and the
            use cases of a toll-free verification.
        created_gt (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_gte (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_lt (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        created_lte (str | Unset): A date (`2024-09-01`) or an ISO-8601 date and time
            (`2024-09-01T00:00:00Z`) used as a bound
            when filtering. It must exist: Plivo refuses a month 13, a 30 February, a 29 February
            outside
            leap years or an hour 24. The pattern encodes the calendar, so a value it accepts is a
            real
            date (the emulator applies this same pattern before reading the value).
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        TollfreeVerificationList
    """

    kwargs = _get_kwargs(
        number=number,
        status=status,
        profile_uuid=profile_uuid,
        usecase=usecase,
        created_gt=created_gt,
        created_gte=created_gte,
        created_lt=created_lt,
        created_lte=created_lte,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
