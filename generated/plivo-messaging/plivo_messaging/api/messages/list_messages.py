from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response, invalid_response, transport_errors
from ...models.api_error_response import ApiErrorResponse
from ...models.conversation_origin import ConversationOrigin
from ...models.message_direction import MessageDirection
from ...models.message_list import MessageList
from ...models.message_state import MessageState
from ...models.message_type import MessageType
from ...types import UNSET, Response, Unset, http_status

# override: httpx only annotates here; importing an operation module does not load the HTTP stack.
if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    subaccount: str | Unset = UNSET,
    message_direction: MessageDirection | Unset = UNSET,
    message_time: str | Unset = UNSET,
    message_time_gt: str | Unset = UNSET,
    message_time_gte: str | Unset = UNSET,
    message_time_lt: str | Unset = UNSET,
    message_time_lte: str | Unset = UNSET,
    message_state: MessageState | Unset = UNSET,
    message_type: MessageType | Unset = UNSET,
    error_code: int | Unset = UNSET,
    powerpack_id: UUID | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    destination_country_iso2: str | Unset = UNSET,
    tendlc_campaign_id: str | Unset = UNSET,
    tendlc_registration_status: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    conversation_origin: ConversationOrigin | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subaccount"] = subaccount

    json_message_direction: str | Unset = UNSET
    if not isinstance(message_direction, Unset):
        json_message_direction = message_direction

    params["message_direction"] = json_message_direction

    params["message_time"] = message_time

    params["message_time__gt"] = message_time_gt

    params["message_time__gte"] = message_time_gte

    params["message_time__lt"] = message_time_lt

    params["message_time__lte"] = message_time_lte

    json_message_state: str | Unset = UNSET
    if not isinstance(message_state, Unset):
        json_message_state = message_state

    params["message_state"] = json_message_state

    json_message_type: str | Unset = UNSET
    if not isinstance(message_type, Unset):
        json_message_type = message_type

    params["message_type"] = json_message_type

    params["error_code"] = error_code

    json_powerpack_id: str | Unset = UNSET
    if not isinstance(powerpack_id, Unset):
        json_powerpack_id = str(powerpack_id)
    params["powerpack_id"] = json_powerpack_id

    params["from_number"] = from_number

    params["to_number"] = to_number

    params["destination_country_iso2"] = destination_country_iso2

    params["tendlc_campaign_id"] = tendlc_campaign_id

    params["tendlc_registration_status"] = tendlc_registration_status

    params["conversation_id"] = conversation_id

    json_conversation_origin: str | Unset = UNSET
    if not isinstance(conversation_origin, Unset):
        json_conversation_origin = conversation_origin

    params["conversation_origin"] = json_conversation_origin

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Message/",
        "params": params,
    }

    return _kwargs


# override: `parsed` is empty (None) when a documented status's body is not what the spec says, so
# `*_detailed` always hands back the Response (an HTML error page from a proxy, an empty 401 ...).
def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | MessageList | None:
    try:
        return _parse_documented(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:
        return None


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | MessageList:
    if response.status_code == 200:
        response_200 = MessageList.from_dict(response.json())

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
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MessageList:
    if response.status_code == 200:
        try:
            response_200 = MessageList.from_dict(response.json())

            return response_200

        except Exception as cause:
            error = invalid_response(response, cause)
            raise error from error.__cause__
    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | MessageList]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subaccount: str | Unset = UNSET,
    message_direction: MessageDirection | Unset = UNSET,
    message_time: str | Unset = UNSET,
    message_time_gt: str | Unset = UNSET,
    message_time_gte: str | Unset = UNSET,
    message_time_lt: str | Unset = UNSET,
    message_time_lte: str | Unset = UNSET,
    message_state: MessageState | Unset = UNSET,
    message_type: MessageType | Unset = UNSET,
    error_code: int | Unset = UNSET,
    powerpack_id: UUID | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    destination_country_iso2: str | Unset = UNSET,
    tendlc_campaign_id: str | Unset = UNSET,
    tendlc_registration_status: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    conversation_origin: ConversationOrigin | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ApiErrorResponse | MessageList]:
    """List message records

     Returns inbound and outbound message records, newest first. Without a `message_time` filter
    only the last 24 hours are searched; records older than 90 days cannot be read through the
    API. This listing has its own limit of 20 requests per minute (429 beyond it).

    Time filters take `YYYY-MM-DD HH:MM[:SS[.ffffff]]` in UTC; the `__gt`, `__gte`, `__lt` and
    `__lte` forms select a range. A main account may narrow the list to one subaccount.

    Args:
        subaccount (str | Unset):
        message_direction (MessageDirection | Unset): Whether Plivo sent the message for you
            (`outbound`) or received it on your number (`inbound`).
        message_time (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_gt (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_gte (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_lt (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_lte (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_state (MessageState | Unset): Where a message stands. Outbound: `queued` at first,
            `sent` once handed to a carrier, then
            `delivered` or `undelivered` when a delivery report arrives (many routes never send one,
            so
            `sent` may stay final); `failed` when Plivo could not send it; `rejected` when refused
            before sending; `read` when a WhatsApp recipient opened it. Inbound: `received`, then
            `delivered` or `undelivered` depending on whether your `message_url` accepted it.
        message_type (MessageType | Unset): Channel of a message.
        error_code (int | Unset):
        powerpack_id (UUID | Unset):
        from_number (str | Unset):
        to_number (str | Unset): A phone number in international form without `+`, digits with the
            country code.
        destination_country_iso2 (str | Unset):
        tendlc_campaign_id (str | Unset):
        tendlc_registration_status (str | Unset):
        conversation_id (str | Unset):
        conversation_origin (ConversationOrigin | Unset): How a WhatsApp conversation was opened:
            with a template of the `utility`, `authentication`
            or `marketing` category, or by the user writing first (`service`).
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | MessageList]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
        message_direction=message_direction,
        message_time=message_time,
        message_time_gt=message_time_gt,
        message_time_gte=message_time_gte,
        message_time_lt=message_time_lt,
        message_time_lte=message_time_lte,
        message_state=message_state,
        message_type=message_type,
        error_code=error_code,
        powerpack_id=powerpack_id,
        from_number=from_number,
        to_number=to_number,
        destination_country_iso2=destination_country_iso2,
        tendlc_campaign_id=tendlc_campaign_id,
        tendlc_registration_status=tendlc_registration_status,
        conversation_id=conversation_id,
        conversation_origin=conversation_origin,
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
    subaccount: str | Unset = UNSET,
    message_direction: MessageDirection | Unset = UNSET,
    message_time: str | Unset = UNSET,
    message_time_gt: str | Unset = UNSET,
    message_time_gte: str | Unset = UNSET,
    message_time_lt: str | Unset = UNSET,
    message_time_lte: str | Unset = UNSET,
    message_state: MessageState | Unset = UNSET,
    message_type: MessageType | Unset = UNSET,
    error_code: int | Unset = UNSET,
    powerpack_id: UUID | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    destination_country_iso2: str | Unset = UNSET,
    tendlc_campaign_id: str | Unset = UNSET,
    tendlc_registration_status: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    conversation_origin: ConversationOrigin | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> MessageList:
    """List message records

     Returns inbound and outbound message records, newest first. Without a `message_time` filter
    only the last 24 hours are searched; records older than 90 days cannot be read through the
    API. This listing has its own limit of 20 requests per minute (429 beyond it).

    Time filters take `YYYY-MM-DD HH:MM[:SS[.ffffff]]` in UTC; the `__gt`, `__gte`, `__lt` and
    `__lte` forms select a range. A main account may narrow the list to one subaccount.

    Args:
        subaccount (str | Unset):
        message_direction (MessageDirection | Unset): Whether Plivo sent the message for you
            (`outbound`) or received it on your number (`inbound`).
        message_time (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_gt (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_gte (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_lt (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_lte (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_state (MessageState | Unset): Where a message stands. Outbound: `queued` at first,
            `sent` once handed to a carrier, then
            `delivered` or `undelivered` when a delivery report arrives (many routes never send one,
            so
            `sent` may stay final); `failed` when Plivo could not send it; `rejected` when refused
            before sending; `read` when a WhatsApp recipient opened it. Inbound: `received`, then
            `delivered` or `undelivered` depending on whether your `message_url` accepted it.
        message_type (MessageType | Unset): Channel of a message.
        error_code (int | Unset):
        powerpack_id (UUID | Unset):
        from_number (str | Unset):
        to_number (str | Unset): A phone number in international form without `+`, digits with the
            country code.
        destination_country_iso2 (str | Unset):
        tendlc_campaign_id (str | Unset):
        tendlc_registration_status (str | Unset):
        conversation_id (str | Unset):
        conversation_origin (ConversationOrigin | Unset): How a WhatsApp conversation was opened:
            with a template of the `utility`, `authentication`
            or `marketing` category, or by the user writing first (`service`).
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        MessageList
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
        message_direction=message_direction,
        message_time=message_time,
        message_time_gt=message_time_gt,
        message_time_gte=message_time_gte,
        message_time_lt=message_time_lt,
        message_time_lte=message_time_lte,
        message_state=message_state,
        message_type=message_type,
        error_code=error_code,
        powerpack_id=powerpack_id,
        from_number=from_number,
        to_number=to_number,
        destination_country_iso2=destination_country_iso2,
        tendlc_campaign_id=tendlc_campaign_id,
        tendlc_registration_status=tendlc_registration_status,
        conversation_id=conversation_id,
        conversation_origin=conversation_origin,
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
    subaccount: str | Unset = UNSET,
    message_direction: MessageDirection | Unset = UNSET,
    message_time: str | Unset = UNSET,
    message_time_gt: str | Unset = UNSET,
    message_time_gte: str | Unset = UNSET,
    message_time_lt: str | Unset = UNSET,
    message_time_lte: str | Unset = UNSET,
    message_state: MessageState | Unset = UNSET,
    message_type: MessageType | Unset = UNSET,
    error_code: int | Unset = UNSET,
    powerpack_id: UUID | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    destination_country_iso2: str | Unset = UNSET,
    tendlc_campaign_id: str | Unset = UNSET,
    tendlc_registration_status: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    conversation_origin: ConversationOrigin | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[ApiErrorResponse | MessageList]:
    """List message records

     Returns inbound and outbound message records, newest first. Without a `message_time` filter
    only the last 24 hours are searched; records older than 90 days cannot be read through the
    API. This listing has its own limit of 20 requests per minute (429 beyond it).

    Time filters take `YYYY-MM-DD HH:MM[:SS[.ffffff]]` in UTC; the `__gt`, `__gte`, `__lt` and
    `__lte` forms select a range. A main account may narrow the list to one subaccount.

    Args:
        subaccount (str | Unset):
        message_direction (MessageDirection | Unset): Whether Plivo sent the message for you
            (`outbound`) or received it on your number (`inbound`).
        message_time (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_gt (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_gte (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_lt (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_lte (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_state (MessageState | Unset): Where a message stands. Outbound: `queued` at first,
            `sent` once handed to a carrier, then
            `delivered` or `undelivered` when a delivery report arrives (many routes never send one,
            so
            `sent` may stay final); `failed` when Plivo could not send it; `rejected` when refused
            before sending; `read` when a WhatsApp recipient opened it. Inbound: `received`, then
            `delivered` or `undelivered` depending on whether your `message_url` accepted it.
        message_type (MessageType | Unset): Channel of a message.
        error_code (int | Unset):
        powerpack_id (UUID | Unset):
        from_number (str | Unset):
        to_number (str | Unset): A phone number in international form without `+`, digits with the
            country code.
        destination_country_iso2 (str | Unset):
        tendlc_campaign_id (str | Unset):
        tendlc_registration_status (str | Unset):
        conversation_id (str | Unset):
        conversation_origin (ConversationOrigin | Unset): How a WhatsApp conversation was opened:
            with a template of the `utility`, `authentication`
            or `marketing` category, or by the user writing first (`service`).
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | MessageList]
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
        message_direction=message_direction,
        message_time=message_time,
        message_time_gt=message_time_gt,
        message_time_gte=message_time_gte,
        message_time_lt=message_time_lt,
        message_time_lte=message_time_lte,
        message_state=message_state,
        message_type=message_type,
        error_code=error_code,
        powerpack_id=powerpack_id,
        from_number=from_number,
        to_number=to_number,
        destination_country_iso2=destination_country_iso2,
        tendlc_campaign_id=tendlc_campaign_id,
        tendlc_registration_status=tendlc_registration_status,
        conversation_id=conversation_id,
        conversation_origin=conversation_origin,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subaccount: str | Unset = UNSET,
    message_direction: MessageDirection | Unset = UNSET,
    message_time: str | Unset = UNSET,
    message_time_gt: str | Unset = UNSET,
    message_time_gte: str | Unset = UNSET,
    message_time_lt: str | Unset = UNSET,
    message_time_lte: str | Unset = UNSET,
    message_state: MessageState | Unset = UNSET,
    message_type: MessageType | Unset = UNSET,
    error_code: int | Unset = UNSET,
    powerpack_id: UUID | Unset = UNSET,
    from_number: str | Unset = UNSET,
    to_number: str | Unset = UNSET,
    destination_country_iso2: str | Unset = UNSET,
    tendlc_campaign_id: str | Unset = UNSET,
    tendlc_registration_status: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    conversation_origin: ConversationOrigin | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> MessageList:
    """List message records

     Returns inbound and outbound message records, newest first. Without a `message_time` filter
    only the last 24 hours are searched; records older than 90 days cannot be read through the
    API. This listing has its own limit of 20 requests per minute (429 beyond it).

    Time filters take `YYYY-MM-DD HH:MM[:SS[.ffffff]]` in UTC; the `__gt`, `__gte`, `__lt` and
    `__lte` forms select a range. A main account may narrow the list to one subaccount.

    Args:
        subaccount (str | Unset):
        message_direction (MessageDirection | Unset): Whether Plivo sent the message for you
            (`outbound`) or received it on your number (`inbound`).
        message_time (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_gt (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_gte (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_lt (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_time_lte (str | Unset): A UTC time for message list filters, `YYYY-MM-DD
            HH:MM[:SS[.ffffff]]`. It must exist: Plivo
            refuses a month 13, a 30 February or an hour 24.
        message_state (MessageState | Unset): Where a message stands. Outbound: `queued` at first,
            `sent` once handed to a carrier, then
            `delivered` or `undelivered` when a delivery report arrives (many routes never send one,
            so
            `sent` may stay final); `failed` when Plivo could not send it; `rejected` when refused
            before sending; `read` when a WhatsApp recipient opened it. Inbound: `received`, then
            `delivered` or `undelivered` depending on whether your `message_url` accepted it.
        message_type (MessageType | Unset): Channel of a message.
        error_code (int | Unset):
        powerpack_id (UUID | Unset):
        from_number (str | Unset):
        to_number (str | Unset): A phone number in international form without `+`, digits with the
            country code.
        destination_country_iso2 (str | Unset):
        tendlc_campaign_id (str | Unset):
        tendlc_registration_status (str | Unset):
        conversation_id (str | Unset):
        conversation_origin (ConversationOrigin | Unset): How a WhatsApp conversation was opened:
            with a template of the `utility`, `authentication`
            or `marketing` category, or by the user writing first (`service`).
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        MessageList
    """

    kwargs = _get_kwargs(
        subaccount=subaccount,
        message_direction=message_direction,
        message_time=message_time,
        message_time_gt=message_time_gt,
        message_time_gte=message_time_gte,
        message_time_lt=message_time_lt,
        message_time_lte=message_time_lte,
        message_state=message_state,
        message_type=message_type,
        error_code=error_code,
        powerpack_id=powerpack_id,
        from_number=from_number,
        to_number=to_number,
        destination_country_iso2=destination_country_iso2,
        tendlc_campaign_id=tendlc_campaign_id,
        tendlc_registration_status=tendlc_registration_status,
        conversation_id=conversation_id,
        conversation_origin=conversation_origin,
        limit=limit,
        offset=offset,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
