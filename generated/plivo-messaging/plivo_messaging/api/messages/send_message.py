from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import AuthenticatedClient, Client
from ...exceptions import error_for_response, invalid_response, transport_errors
from ...models.api_error_response import ApiErrorResponse
from ...models.send_message_request import SendMessageRequest
from ...models.send_message_response import SendMessageResponse
from ...types import Response, http_status

# override: httpx only annotates here; importing an operation module does not load the HTTP stack.
if TYPE_CHECKING:
    import httpx


def _get_kwargs(
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Message/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


# override: `parsed` is empty (None) when a documented status's body is not what the spec says, so
# `*_detailed` always hands back the Response (an HTML error page from a proxy, an empty 401 ...).
def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | SendMessageResponse | None:
    try:
        return _parse_documented(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except Exception:
        return None


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | SendMessageResponse:
    if response.status_code == 202:
        response_202 = SendMessageResponse.from_dict(response.json())

        return response_202

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
def _parse_success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SendMessageResponse:
    if response.status_code == 202:
        try:
            response_202 = SendMessageResponse.from_dict(response.json())

            return response_202

        except Exception as cause:
            error = invalid_response(response, cause)
            raise error from error.__cause__
    raise error_for_response(response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | SendMessageResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[ApiErrorResponse | SendMessageResponse]:
    """Send an SMS, MMS or WhatsApp message

     Queues one message per destination and answers at once with the new message UUIDs; delivery
    happens asynchronously. Follow progress with the status callback (`url`, see the
    `messageStatus` webhook) or by reading the message record.

    Send from `src` (a number, short code or alphanumeric sender id) or through a Powerpack
    (`powerpack_uuid`), never both. WhatsApp needs `src` (the number registered with the
    WhatsApp Business account), so Powerpacks do not apply to it. `template`, `interactive` and
    `location` are WhatsApp-only and need `type: whatsapp`.

    Messages above the account's sending rate are queued, not refused; a message still queued
    when `message_expiry` runs out ends as `failed` with error code 420 and is not charged.
    A destination country that is not enabled in the account's geo permissions is refused with
    403.

    Args:
        body (SendMessageRequest): Parameters of a send. Give `src` or `powerpack_uuid` (not
            both); WhatsApp needs `src`.
            `text` is required for SMS; an MMS needs text or media; a WhatsApp message needs text,
            media, a
            `template`, an `interactive` or a `location`. `template`, `interactive` and `location`
            need
            `type: whatsapp`.
            MMS and WhatsApp media come from `media_urls` and/or `media_ids`: together at most 10
            files
            under 5 MB for MMS, one file for WhatsApp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | SendMessageResponse]
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
    body: SendMessageRequest,
) -> SendMessageResponse:
    """Send an SMS, MMS or WhatsApp message

     Queues one message per destination and answers at once with the new message UUIDs; delivery
    happens asynchronously. Follow progress with the status callback (`url`, see the
    `messageStatus` webhook) or by reading the message record.

    Send from `src` (a number, short code or alphanumeric sender id) or through a Powerpack
    (`powerpack_uuid`), never both. WhatsApp needs `src` (the number registered with the
    WhatsApp Business account), so Powerpacks do not apply to it. `template`, `interactive` and
    `location` are WhatsApp-only and need `type: whatsapp`.

    Messages above the account's sending rate are queued, not refused; a message still queued
    when `message_expiry` runs out ends as `failed` with error code 420 and is not charged.
    A destination country that is not enabled in the account's geo permissions is refused with
    403.

    Args:
        body (SendMessageRequest): Parameters of a send. Give `src` or `powerpack_uuid` (not
            both); WhatsApp needs `src`.
            `text` is required for SMS; an MMS needs text or media; a WhatsApp message needs text,
            media, a
            `template`, an `interactive` or a `location`. `template`, `interactive` and `location`
            need
            `type: whatsapp`.
            MMS and WhatsApp media come from `media_urls` and/or `media_ids`: together at most 10
            files
            under 5 MB for MMS, one file for WhatsApp.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        SendMessageResponse
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
    body: SendMessageRequest,
) -> Response[ApiErrorResponse | SendMessageResponse]:
    """Send an SMS, MMS or WhatsApp message

     Queues one message per destination and answers at once with the new message UUIDs; delivery
    happens asynchronously. Follow progress with the status callback (`url`, see the
    `messageStatus` webhook) or by reading the message record.

    Send from `src` (a number, short code or alphanumeric sender id) or through a Powerpack
    (`powerpack_uuid`), never both. WhatsApp needs `src` (the number registered with the
    WhatsApp Business account), so Powerpacks do not apply to it. `template`, `interactive` and
    `location` are WhatsApp-only and need `type: whatsapp`.

    Messages above the account's sending rate are queued, not refused; a message still queued
    when `message_expiry` runs out ends as `failed` with error code 420 and is not charged.
    A destination country that is not enabled in the account's geo permissions is refused with
    403.

    Args:
        body (SendMessageRequest): Parameters of a send. Give `src` or `powerpack_uuid` (not
            both); WhatsApp needs `src`.
            `text` is required for SMS; an MMS needs text or media; a WhatsApp message needs text,
            media, a
            `template`, an `interactive` or a `location`. `template`, `interactive` and `location`
            need
            `type: whatsapp`.
            MMS and WhatsApp media come from `media_urls` and/or `media_ids`: together at most 10
            files
            under 5 MB for MMS, one file for WhatsApp.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        Response[ApiErrorResponse | SendMessageResponse]
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
    body: SendMessageRequest,
) -> SendMessageResponse:
    """Send an SMS, MMS or WhatsApp message

     Queues one message per destination and answers at once with the new message UUIDs; delivery
    happens asynchronously. Follow progress with the status callback (`url`, see the
    `messageStatus` webhook) or by reading the message record.

    Send from `src` (a number, short code or alphanumeric sender id) or through a Powerpack
    (`powerpack_uuid`), never both. WhatsApp needs `src` (the number registered with the
    WhatsApp Business account), so Powerpacks do not apply to it. `template`, `interactive` and
    `location` are WhatsApp-only and need `type: whatsapp`.

    Messages above the account's sending rate are queued, not refused; a message still queued
    when `message_expiry` runs out ends as `failed` with error code 420 and is not charged.
    A destination country that is not enabled in the account's geo permissions is refused with
    403.

    Args:
        body (SendMessageRequest): Parameters of a send. Give `src` or `powerpack_uuid` (not
            both); WhatsApp needs `src`.
            `text` is required for SMS; an MMS needs text or media; a WhatsApp message needs text,
            media, a
            `template`, an `interactive` or a `location`. `template`, `interactive` and `location`
            need
            `type: whatsapp`.
            MMS and WhatsApp media come from `media_urls` and/or `media_ids`: together at most 10
            files
            under 5 MB for MMS, one file for WhatsApp.

    Raises:
        exceptions.PlivoError: For an error status (a subclass per status: BadRequestError, AuthenticationError,
            NotFoundError, ConflictError, RateLimitError, ServerError ...), a status the spec does not document, or a
            success answer whose body is not the documented model (InvalidResponseError).
        exceptions.PlivoTimeoutError: If the request takes longer than Client.timeout.
        exceptions.PlivoConnectionError: If no answer arrives (connection refused or broken, unreadable answer).

    Returns:
        SendMessageResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with transport_errors(client, kwargs):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(client=client, response=response)
