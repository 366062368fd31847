from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_method import CallbackMethod, check_callback_method
from ..models.message_log import MessageLog, check_message_log
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_interactive import WhatsappInteractive
    from ..models.whatsapp_message_location import WhatsappMessageLocation
    from ..models.whatsapp_message_template import WhatsappMessageTemplate


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """Parameters of a send. Give `src` or `powerpack_uuid` (not both); WhatsApp needs `src`.
    `text` is required for SMS; an MMS needs text or media; a WhatsApp message needs text, media, a
    `template`, an `interactive` or a `location`. `template`, `interactive` and `location` need
    `type: whatsapp`.
    MMS and WhatsApp media come from `media_urls` and/or `media_ids`: together at most 10 files
    under 5 MB for MMS, one file for WhatsApp.

    """

    dst: str
    """ One destination number (digits with country code), or several joined with `<` to send the
    same message to each. Plivo sanitises each destination on its own (spaces, `-`, `.`, `(`,
    `)` and `+` are removed, so `+1 (415) 555-0123` is `14155550123`) and validates it: the
    valid ones are queued (one message each, under the sanitised number) and the invalid ones
    are returned in `invalid_number` of the 202 answer. Only a request with no valid
    destination is refused (400). Plivo's pages do not say how a number is judged valid; the
    emulator accepts a number whose length fits its country's numbering plan.
     """
    src: str | Unset = UNSET
    """ Where a message comes from: a phone number (digits with country code), a short code, or an
    alphanumeric sender id of up to 11 letters and digits (off by default; allowed only in
    some countries). A number is sanitised like a destination (spaces, `-`, `.`, `(`, `)` and
    `+` removed).
     """
    powerpack_uuid: UUID | Unset = UNSET
    text: str | Unset = UNSET
    """ Message body. SMS: up to 1,600 GSM characters (160 per unit, 153 per unit when split)
    or 737 Unicode characters (70 per unit, 67 when split). MMS: an optional caption.
    WhatsApp free-form text: up to 4,096 characters.
     """
    type_: MessageType | Unset = UNSET
    """ Channel of a message. """
    media_urls: list[str] | Unset = UNSET
    """ Public URLs of media for an MMS or WhatsApp message. """
    media_ids: list[UUID] | Unset = UNSET
    """ IDs of files uploaded with `uploadMedia`, for an MMS or WhatsApp message. """
    url: str | Unset = UNSET
    """ An `http` or `https` URL Plivo calls with status events. """
    method: CallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to call a callback URL. """
    log: bool | MessageLog | Unset = UNSET
    """ What Plivo keeps of the message; `"true"` when omitted. The official SDKs send the
    strings (`"true"`, `"false"`, `"content_only"`, `"number_only"`); JSON booleans
    `true`/`false` are also accepted.
     """
    trackable: bool | Unset = False
    """ Mark the message for conversion tracking (for example a one-time code entered later). """
    message_expiry: int | Unset = UNSET
    """ Seconds the message may wait in Plivo's queue before it is dropped as `failed` (error
    code 420, not charged). When omitted Plivo allows 10,800 seconds (3 hours).
     """
    template: WhatsappMessageTemplate | Unset = UNSET
    """ An approved WhatsApp template and the values for its placeholders. """
    interactive: WhatsappInteractive | Unset = UNSET
    """ A WhatsApp interactive message: reply buttons (`button`), a list (`list`) or a link button
    (`cta_url`). WhatsApp's own limits apply (three reply buttons, ten list rows). The Python
    SDK sends `null` for parts that are not set.
     """
    location: WhatsappMessageLocation | Unset = UNSET
    """ A map location, sent on its own or as a template header. """
    dlt_entity_id: str | Unset = UNSET
    """ India DLT principal entity id registered for the sender. """
    dlt_template_id: str | Unset = UNSET
    """ India DLT id of the registered content template this text follows. """
    dlt_template_category: str | Unset = UNSET
    """ India DLT category of the template, such as `transactional`, `promotional`,
    `service_implicit` or `service_explicit`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dst = self.dst

        src = self.src

        powerpack_uuid: str | Unset = UNSET
        if not isinstance(self.powerpack_uuid, Unset):
            powerpack_uuid = str(self.powerpack_uuid)

        text = self.text

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        media_urls: list[str] | Unset = UNSET
        if not isinstance(self.media_urls, Unset):
            media_urls = self.media_urls

        media_ids: list[str] | Unset = UNSET
        if not isinstance(self.media_ids, Unset):
            media_ids = []
            for media_ids_item_data in self.media_ids:
                media_ids_item = str(media_ids_item_data)
                media_ids.append(media_ids_item)

        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        log: bool | str | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, str):
            log = self.log
        else:
            log = self.log

        trackable = self.trackable

        message_expiry = self.message_expiry

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        interactive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactive, Unset):
            interactive = self.interactive.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        dlt_entity_id = self.dlt_entity_id

        dlt_template_id = self.dlt_template_id

        dlt_template_category = self.dlt_template_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dst": dst,
            }
        )
        if src is not UNSET:
            field_dict["src"] = src
        if powerpack_uuid is not UNSET:
            field_dict["powerpack_uuid"] = powerpack_uuid
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls
        if media_ids is not UNSET:
            field_dict["media_ids"] = media_ids
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if log is not UNSET:
            field_dict["log"] = log
        if trackable is not UNSET:
            field_dict["trackable"] = trackable
        if message_expiry is not UNSET:
            field_dict["message_expiry"] = message_expiry
        if template is not UNSET:
            field_dict["template"] = template
        if interactive is not UNSET:
            field_dict["interactive"] = interactive
        if location is not UNSET:
            field_dict["location"] = location
        if dlt_entity_id is not UNSET:
            field_dict["dlt_entity_id"] = dlt_entity_id
        if dlt_template_id is not UNSET:
            field_dict["dlt_template_id"] = dlt_template_id
        if dlt_template_category is not UNSET:
            field_dict["dlt_template_category"] = dlt_template_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whatsapp_interactive import WhatsappInteractive  # noqa: PLC0415
        from ..models.whatsapp_message_location import WhatsappMessageLocation  # noqa: PLC0415
        from ..models.whatsapp_message_template import WhatsappMessageTemplate  # noqa: PLC0415

        d = dict(src_dict)
        dst = d.pop("dst")

        src = d.pop("src", UNSET)

        _powerpack_uuid = d.pop("powerpack_uuid", UNSET)
        powerpack_uuid: UUID | Unset
        if isinstance(_powerpack_uuid, Unset):
            powerpack_uuid = UNSET
        else:
            powerpack_uuid = UUID(_powerpack_uuid)

        text = d.pop("text", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: MessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_message_type(_type_)

        media_urls = cast(list[str], d.pop("media_urls", UNSET))

        _media_ids = d.pop("media_ids", UNSET)
        media_ids: list[UUID] | Unset = UNSET
        if _media_ids is not UNSET:
            media_ids = []
            for media_ids_item_data in _media_ids:
                media_ids_item = UUID(media_ids_item_data)

                media_ids.append(media_ids_item)

        url = d.pop("url", UNSET)

        _method = d.pop("method", UNSET)
        method: CallbackMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_callback_method(_method)

        def _parse_log(data: object) -> bool | MessageLog | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                log_type_0 = check_message_log(data)

                return log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | MessageLog | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        trackable = d.pop("trackable", UNSET)

        message_expiry = d.pop("message_expiry", UNSET)

        _template = d.pop("template", UNSET)
        template: WhatsappMessageTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = WhatsappMessageTemplate.from_dict(_template)

        _interactive = d.pop("interactive", UNSET)
        interactive: WhatsappInteractive | Unset
        if isinstance(_interactive, Unset):
            interactive = UNSET
        else:
            interactive = WhatsappInteractive.from_dict(_interactive)

        _location = d.pop("location", UNSET)
        location: WhatsappMessageLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = WhatsappMessageLocation.from_dict(_location)

        dlt_entity_id = d.pop("dlt_entity_id", UNSET)

        dlt_template_id = d.pop("dlt_template_id", UNSET)

        dlt_template_category = d.pop("dlt_template_category", UNSET)

        send_message_request = cls(
            dst=dst,
            src=src,
            powerpack_uuid=powerpack_uuid,
            text=text,
            type_=type_,
            media_urls=media_urls,
            media_ids=media_ids,
            url=url,
            method=method,
            log=log,
            trackable=trackable,
            message_expiry=message_expiry,
            template=template,
            interactive=interactive,
            location=location,
            dlt_entity_id=dlt_entity_id,
            dlt_template_id=dlt_template_id,
            dlt_template_category=dlt_template_category,
        )

        send_message_request.additional_properties = d
        return send_message_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
