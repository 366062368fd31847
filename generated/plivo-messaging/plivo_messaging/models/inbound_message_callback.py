from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_intent import MessageIntent, check_message_intent
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundMessageCallback")


@_attrs_define
class InboundMessageCallback:
    """Fields of an incoming message sent to your `message_url`. All values are strings; which
    ones appear depends on the channel (SMS: `Text`; MMS and WhatsApp: `Body` and media) and
    the receiving number type. `Media<n>` carry one URL per attached file, numbered from 1
    (`Media0` has also been seen); up to ten are listed here, further ones arrive the same way.

    """

    message_uuid: UUID
    from_: str
    """ Number that sent the message. """
    to: str
    """ Your number or short code that received it. """
    type_: MessageType | str | Unset = UNSET
    """ Channel of the message; Plivo may add channels, so other values may be met. """
    text: str | Unset = UNSET
    """ SMS text; long messages arrive joined. """
    body: str | Unset = UNSET
    """ Text of an MMS or WhatsApp message (with or without media). """
    units: str | Unset = UNSET
    """ Parts the message arrived in; always 1 for WhatsApp. """
    total_rate: str | Unset = UNSET
    """ A decimal amount in USD, sent as a string to keep its precision (`0.00500`). """
    total_amount: str | Unset = UNSET
    """ A decimal amount in USD, sent as a string to keep its precision (`0.00500`). """
    message_intent: MessageIntent | str | Unset = UNSET
    """ What the message asks for; other values than the listed ones may be met. """
    powerpack_uuid: str | Unset = UNSET
    """ Powerpack of the receiving number; empty when none. """
    media_count: str | Unset = UNSET
    """ Number of attached files. """
    media_0: str | Unset = UNSET
    media_1: str | Unset = UNSET
    media_2: str | Unset = UNSET
    media_3: str | Unset = UNSET
    media_4: str | Unset = UNSET
    media_5: str | Unset = UNSET
    media_6: str | Unset = UNSET
    media_7: str | Unset = UNSET
    media_8: str | Unset = UNSET
    media_9: str | Unset = UNSET
    media_10: str | Unset = UNSET
    content_type: str | Unset = UNSET
    """ WhatsApp only: kind of content, such as `text`, `media`, `button`, `interactive`,
    `location` or `unknown`.
     """
    mime_type: str | Unset = UNSET
    """ WhatsApp media only, the file's MIME type (`video/mp4`). """
    error_code: str | Unset = UNSET
    """ Set when Plivo could not take in part of an MMS or WhatsApp message (for example unsupported content). """
    conversation_id: str | Unset = UNSET
    """ WhatsApp conversation id; may be empty for inbound messages. """
    conversation_origin: str | Unset = UNSET
    """ WhatsApp conversation category; may be empty. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_uuid = str(self.message_uuid)

        from_ = self.from_

        to = self.to

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        text = self.text

        body = self.body

        units = self.units

        total_rate = self.total_rate

        total_amount = self.total_amount

        message_intent: str | Unset
        if isinstance(self.message_intent, Unset):
            message_intent = UNSET
        elif isinstance(self.message_intent, str):
            message_intent = self.message_intent
        else:
            message_intent = self.message_intent

        powerpack_uuid = self.powerpack_uuid

        media_count = self.media_count

        media_0 = self.media_0

        media_1 = self.media_1

        media_2 = self.media_2

        media_3 = self.media_3

        media_4 = self.media_4

        media_5 = self.media_5

        media_6 = self.media_6

        media_7 = self.media_7

        media_8 = self.media_8

        media_9 = self.media_9

        media_10 = self.media_10

        content_type = self.content_type

        mime_type = self.mime_type

        error_code = self.error_code

        conversation_id = self.conversation_id

        conversation_origin = self.conversation_origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MessageUUID": message_uuid,
                "From": from_,
                "To": to,
            }
        )
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if text is not UNSET:
            field_dict["Text"] = text
        if body is not UNSET:
            field_dict["Body"] = body
        if units is not UNSET:
            field_dict["Units"] = units
        if total_rate is not UNSET:
            field_dict["TotalRate"] = total_rate
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount
        if message_intent is not UNSET:
            field_dict["MessageIntent"] = message_intent
        if powerpack_uuid is not UNSET:
            field_dict["PowerpackUUID"] = powerpack_uuid
        if media_count is not UNSET:
            field_dict["MediaCount"] = media_count
        if media_0 is not UNSET:
            field_dict["Media0"] = media_0
        if media_1 is not UNSET:
            field_dict["Media1"] = media_1
        if media_2 is not UNSET:
            field_dict["Media2"] = media_2
        if media_3 is not UNSET:
            field_dict["Media3"] = media_3
        if media_4 is not UNSET:
            field_dict["Media4"] = media_4
        if media_5 is not UNSET:
            field_dict["Media5"] = media_5
        if media_6 is not UNSET:
            field_dict["Media6"] = media_6
        if media_7 is not UNSET:
            field_dict["Media7"] = media_7
        if media_8 is not UNSET:
            field_dict["Media8"] = media_8
        if media_9 is not UNSET:
            field_dict["Media9"] = media_9
        if media_10 is not UNSET:
            field_dict["Media10"] = media_10
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if mime_type is not UNSET:
            field_dict["MimeType"] = mime_type
        if error_code is not UNSET:
            field_dict["ErrorCode"] = error_code
        if conversation_id is not UNSET:
            field_dict["ConversationID"] = conversation_id
        if conversation_origin is not UNSET:
            field_dict["ConversationOrigin"] = conversation_origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_uuid = UUID(d.pop("MessageUUID"))

        from_ = d.pop("From")

        to = d.pop("To")

        def _parse_type_(data: object) -> MessageType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_message_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageType | str | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        text = d.pop("Text", UNSET)

        body = d.pop("Body", UNSET)

        units = d.pop("Units", UNSET)

        total_rate = d.pop("TotalRate", UNSET)

        total_amount = d.pop("TotalAmount", UNSET)

        def _parse_message_intent(data: object) -> MessageIntent | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                message_intent_type_0 = check_message_intent(data)

                return message_intent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageIntent | str | Unset, data)

        message_intent = _parse_message_intent(d.pop("MessageIntent", UNSET))

        powerpack_uuid = d.pop("PowerpackUUID", UNSET)

        media_count = d.pop("MediaCount", UNSET)

        media_0 = d.pop("Media0", UNSET)

        media_1 = d.pop("Media1", UNSET)

        media_2 = d.pop("Media2", UNSET)

        media_3 = d.pop("Media3", UNSET)

        media_4 = d.pop("Media4", UNSET)

        media_5 = d.pop("Media5", UNSET)

        media_6 = d.pop("Media6", UNSET)

        media_7 = d.pop("Media7", UNSET)

        media_8 = d.pop("Media8", UNSET)

        media_9 = d.pop("Media9", UNSET)

        media_10 = d.pop("Media10", UNSET)

        content_type = d.pop("ContentType", UNSET)

        mime_type = d.pop("MimeType", UNSET)

        error_code = d.pop("ErrorCode", UNSET)

        conversation_id = d.pop("ConversationID", UNSET)

        conversation_origin = d.pop("ConversationOrigin", UNSET)

        inbound_message_callback = cls(
            message_uuid=message_uuid,
            from_=from_,
            to=to,
            type_=type_,
            text=text,
            body=body,
            units=units,
            total_rate=total_rate,
            total_amount=total_amount,
            message_intent=message_intent,
            powerpack_uuid=powerpack_uuid,
            media_count=media_count,
            media_0=media_0,
            media_1=media_1,
            media_2=media_2,
            media_3=media_3,
            media_4=media_4,
            media_5=media_5,
            media_6=media_6,
            media_7=media_7,
            media_8=media_8,
            media_9=media_9,
            media_10=media_10,
            content_type=content_type,
            mime_type=mime_type,
            error_code=error_code,
            conversation_id=conversation_id,
            conversation_origin=conversation_origin,
        )

        inbound_message_callback.additional_properties = d
        return inbound_message_callback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
