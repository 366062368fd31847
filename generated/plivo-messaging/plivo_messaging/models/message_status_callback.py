from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_state import MessageState, check_message_state
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatusCallback")


@_attrs_define
class MessageStatusCallback:
    """Fields of a message status callback. All values are strings; fields that do not apply are
    absent or empty. Fields Plivo adds later arrive as further strings.

    """

    message_uuid: UUID
    from_: str
    """ Sender used. """
    to: str
    """ Destination number. """
    status: MessageState | str
    """ New state of the message (never `received`, which is for inbound records). Plivo adds states
    from time to time, so other values may be met.
     """
    type_: MessageType | str | Unset = UNSET
    """ Channel of the message; Plivo may add channels, so other values may be met. """
    units: str | Unset = UNSET
    """ Billed units. """
    total_rate: str | Unset = UNSET
    """ A decimal amount in USD, sent as a string to keep its precision (`0.00500`). """
    total_amount: str | Unset = UNSET
    """ A decimal amount in USD, sent as a string to keep its precision (`0.00500`). """
    mcc: str | Unset = UNSET
    """ Mobile country code of the destination network. """
    mnc: str | Unset = UNSET
    """ Mobile network code of the destination network. """
    error_code: str | Unset = UNSET
    """ Messaging error code, set for `failed` and `undelivered`; `000` or empty otherwise. """
    parent_message_uuid: str | Unset = UNSET
    """ Reserved by Plivo; currently the message's own UUID. """
    part_info: str | Unset = UNSET
    """ Reserved by Plivo; ignore. """
    sequence: str | Unset = UNSET
    """ Increases with each callback of this message; use it to order callbacks. """
    message_time: str | Unset = UNSET
    """ Time in a message callback, `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC; empty when the event has
    not happened.
     """
    queued_time: str | Unset = UNSET
    """ Time in a message callback, `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC; empty when the event has
    not happened.
     """
    sent_time: str | Unset = UNSET
    """ Time in a message callback, `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC; empty when the event has
    not happened.
     """
    delivery_report_time: str | Unset = UNSET
    """ Time in a message callback, `YYYY-MM-DD HH:MM:SS[.ffffff]` in UTC; empty when the event has
    not happened.
     """
    powerpack_uuid: str | Unset = UNSET
    """ Powerpack the message went through; empty when none. """
    requester_ip: str | Unset = UNSET
    """ IP address the send request came from. """
    conversation_id: str | Unset = UNSET
    """ WhatsApp conversation id. """
    conversation_origin: str | Unset = UNSET
    """ WhatsApp conversation category (`service`, `utility`, `authentication`, `marketing`); empty otherwise. """
    conversation_expiration_timestamp: str | Unset = UNSET
    """ Unix time at which the WhatsApp conversation ends. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_uuid = str(self.message_uuid)

        from_ = self.from_

        to = self.to

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        units = self.units

        total_rate = self.total_rate

        total_amount = self.total_amount

        mcc = self.mcc

        mnc = self.mnc

        error_code = self.error_code

        parent_message_uuid = self.parent_message_uuid

        part_info = self.part_info

        sequence = self.sequence

        message_time = self.message_time

        queued_time = self.queued_time

        sent_time = self.sent_time

        delivery_report_time = self.delivery_report_time

        powerpack_uuid = self.powerpack_uuid

        requester_ip = self.requester_ip

        conversation_id = self.conversation_id

        conversation_origin = self.conversation_origin

        conversation_expiration_timestamp = self.conversation_expiration_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MessageUUID": message_uuid,
                "From": from_,
                "To": to,
                "Status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if units is not UNSET:
            field_dict["Units"] = units
        if total_rate is not UNSET:
            field_dict["TotalRate"] = total_rate
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount
        if mcc is not UNSET:
            field_dict["MCC"] = mcc
        if mnc is not UNSET:
            field_dict["MNC"] = mnc
        if error_code is not UNSET:
            field_dict["ErrorCode"] = error_code
        if parent_message_uuid is not UNSET:
            field_dict["ParentMessageUUID"] = parent_message_uuid
        if part_info is not UNSET:
            field_dict["PartInfo"] = part_info
        if sequence is not UNSET:
            field_dict["Sequence"] = sequence
        if message_time is not UNSET:
            field_dict["MessageTime"] = message_time
        if queued_time is not UNSET:
            field_dict["QueuedTime"] = queued_time
        if sent_time is not UNSET:
            field_dict["SentTime"] = sent_time
        if delivery_report_time is not UNSET:
            field_dict["DeliveryReportTime"] = delivery_report_time
        if powerpack_uuid is not UNSET:
            field_dict["PowerpackUUID"] = powerpack_uuid
        if requester_ip is not UNSET:
            field_dict["requester_ip"] = requester_ip
        if conversation_id is not UNSET:
            field_dict["ConversationID"] = conversation_id
        if conversation_origin is not UNSET:
            field_dict["ConversationOrigin"] = conversation_origin
        if conversation_expiration_timestamp is not UNSET:
            field_dict["ConversationExpirationTimestamp"] = conversation_expiration_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_uuid = UUID(d.pop("MessageUUID"))

        from_ = d.pop("From")

        to = d.pop("To")

        def _parse_status(data: object) -> MessageState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_message_state(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageState | str, data)

        status = _parse_status(d.pop("Status"))

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

        units = d.pop("Units", UNSET)

        total_rate = d.pop("TotalRate", UNSET)

        total_amount = d.pop("TotalAmount", UNSET)

        mcc = d.pop("MCC", UNSET)

        mnc = d.pop("MNC", UNSET)

        error_code = d.pop("ErrorCode", UNSET)

        parent_message_uuid = d.pop("ParentMessageUUID", UNSET)

        part_info = d.pop("PartInfo", UNSET)

        sequence = d.pop("Sequence", UNSET)

        message_time = d.pop("MessageTime", UNSET)

        queued_time = d.pop("QueuedTime", UNSET)

        sent_time = d.pop("SentTime", UNSET)

        delivery_report_time = d.pop("DeliveryReportTime", UNSET)

        powerpack_uuid = d.pop("PowerpackUUID", UNSET)

        requester_ip = d.pop("requester_ip", UNSET)

        conversation_id = d.pop("ConversationID", UNSET)

        conversation_origin = d.pop("ConversationOrigin", UNSET)

        conversation_expiration_timestamp = d.pop("ConversationExpirationTimestamp", UNSET)

        message_status_callback = cls(
            message_uuid=message_uuid,
            from_=from_,
            to=to,
            status=status,
            type_=type_,
            units=units,
            total_rate=total_rate,
            total_amount=total_amount,
            mcc=mcc,
            mnc=mnc,
            error_code=error_code,
            parent_message_uuid=parent_message_uuid,
            part_info=part_info,
            sequence=sequence,
            message_time=message_time,
            queued_time=queued_time,
            sent_time=sent_time,
            delivery_report_time=delivery_report_time,
            powerpack_uuid=powerpack_uuid,
            requester_ip=requester_ip,
            conversation_id=conversation_id,
            conversation_origin=conversation_origin,
            conversation_expiration_timestamp=conversation_expiration_timestamp,
        )

        message_status_callback.additional_properties = d
        return message_status_callback

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
