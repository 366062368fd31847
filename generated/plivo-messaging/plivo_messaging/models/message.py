from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_origin import ConversationOrigin, check_conversation_origin
from ..models.message_direction import MessageDirection, check_message_direction
from ..models.message_log import MessageLog, check_message_log
from ..models.message_state import MessageState, check_message_state
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message detail record, inbound or outbound. Plivo adds fields from time to time, so
    unknown fields should be kept, not refused. `api_id` is present only when the record is
    read on its own.

    """

    message_uuid: UUID
    message_time: str
    """ Time in a message record, `YYYY-MM-DD HH:MM:SS[.ffffff]±HH:MM`, in the account's time zone
    (`2024-08-21 18:28:49.244057+05:30`).
     """
    message_direction: MessageDirection | str
    """ Whether the message was sent or received; other values than the listed ones may be met. """
    message_state: MessageState | str
    """ Where the message stands; Plivo adds states from time to time, so other values may be met. """
    message_type: MessageType | str
    """ Channel of the message; Plivo may add channels, so other values may be met. """
    from_number: str
    """ Sender; a number, short code or alphanumeric sender id. """
    to_number: str
    """ Destination; masked (`141XXXXX528`) when the message was sent with `log` `false` or `number_only`. """
    units: int
    """ Billed units (SMS segments); always 1 for WhatsApp. """
    total_rate: str
    """ A decimal amount in USD, sent as a string to keep its precision (`0.00500`). """
    total_amount: str
    """ A decimal amount in USD, sent as a string to keep its precision (`0.00500`). """
    error_code: int | None | str
    """ Messaging error code (`"000"` for none, `"200"` opted out, `"420"` expired ...), `null`
    while there is none. Plivo sends it as a string; some records carry a number.
     """
    resource_uri: str
    """ Relative URL of this record. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    error_message: None | str | Unset = UNSET
    """ Text for `error_code`; empty when there is no error. """
    mcc: None | str | Unset = UNSET
    """ Mobile country code of the destination network. """
    mnc: None | str | Unset = UNSET
    """ Mobile network code of the destination network. """
    carrier_fees: None | str | Unset = UNSET
    """ Carrier surcharge for this message. """
    carrier_fees_rate: None | str | Unset = UNSET
    """ Carrier surcharge per unit. """
    powerpack_id: None | str | Unset = UNSET
    """ Powerpack the message was sent through. """
    requester_ip: None | str | Unset = UNSET
    """ IP address the send request came from; watch it to spot misuse of credentials. """
    is_domestic: bool | None | Unset = UNSET
    """ Whether sender and destination are in the same country. """
    replaced_sender: None | str | Unset = UNSET
    """ Sender Plivo used instead of `src`, when it had to replace it. """
    destination_country_iso2: None | str | Unset = UNSET
    """ Country of the destination (ISO 3166-1 alpha-2). """
    destination_network: None | str | Unset = UNSET
    """ Name of the destination carrier; may be empty. """
    tendlc_campaign_id: None | str | Unset = UNSET
    """ 10DLC campaign of the sending number. """
    tendlc_registration_status: None | str | Unset = UNSET
    """ 10DLC registration status of the sending number. """
    dlt_entity_id: None | str | Unset = UNSET
    dlt_template_id: None | str | Unset = UNSET
    dlt_template_category: None | str | Unset = UNSET
    conversation_id: None | str | Unset = UNSET
    """ WhatsApp conversation the message belongs to. """
    conversation_origin: ConversationOrigin | None | str | Unset = UNSET
    conversation_expiration_timestamp: int | None | str | Unset = UNSET
    """ Unix time at which the WhatsApp conversation ends. Plivo's documentation calls it
    `conversation_expiry_timestamp`; the API sends this name.
     """
    conversation_expiry_timestamp: int | None | str | Unset = UNSET
    """ The same value under the name Plivo's documentation uses. """
    log: bool | MessageLog | None | str | Unset = UNSET
    """ Logging mode the message was sent with. """
    message_sent_time: None | str | Unset = UNSET
    """ When the message was handed to the carrier. """
    message_updated_time: None | str | Unset = UNSET
    """ When the state last changed. """
    cloud_rate: None | str | Unset = UNSET
    """ Older rate field still seen on some records. """
    carrier_rate: None | str | Unset = UNSET
    """ Older rate field still seen on some records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_uuid = str(self.message_uuid)

        message_time = self.message_time

        message_direction: str
        if isinstance(self.message_direction, str):
            message_direction = self.message_direction
        else:
            message_direction = self.message_direction

        message_state: str
        if isinstance(self.message_state, str):
            message_state = self.message_state
        else:
            message_state = self.message_state

        message_type: str
        if isinstance(self.message_type, str):
            message_type = self.message_type
        else:
            message_type = self.message_type

        from_number = self.from_number

        to_number = self.to_number

        units = self.units

        total_rate = self.total_rate

        total_amount = self.total_amount

        error_code: int | None | str
        error_code = self.error_code

        resource_uri = self.resource_uri

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        mcc: None | str | Unset
        if isinstance(self.mcc, Unset):
            mcc = UNSET
        else:
            mcc = self.mcc

        mnc: None | str | Unset
        if isinstance(self.mnc, Unset):
            mnc = UNSET
        else:
            mnc = self.mnc

        carrier_fees: None | str | Unset
        if isinstance(self.carrier_fees, Unset):
            carrier_fees = UNSET
        else:
            carrier_fees = self.carrier_fees

        carrier_fees_rate: None | str | Unset
        if isinstance(self.carrier_fees_rate, Unset):
            carrier_fees_rate = UNSET
        else:
            carrier_fees_rate = self.carrier_fees_rate

        powerpack_id: None | str | Unset
        if isinstance(self.powerpack_id, Unset):
            powerpack_id = UNSET
        else:
            powerpack_id = self.powerpack_id

        requester_ip: None | str | Unset
        if isinstance(self.requester_ip, Unset):
            requester_ip = UNSET
        else:
            requester_ip = self.requester_ip

        is_domestic: bool | None | Unset
        if isinstance(self.is_domestic, Unset):
            is_domestic = UNSET
        else:
            is_domestic = self.is_domestic

        replaced_sender: None | str | Unset
        if isinstance(self.replaced_sender, Unset):
            replaced_sender = UNSET
        else:
            replaced_sender = self.replaced_sender

        destination_country_iso2: None | str | Unset
        if isinstance(self.destination_country_iso2, Unset):
            destination_country_iso2 = UNSET
        else:
            destination_country_iso2 = self.destination_country_iso2

        destination_network: None | str | Unset
        if isinstance(self.destination_network, Unset):
            destination_network = UNSET
        else:
            destination_network = self.destination_network

        tendlc_campaign_id: None | str | Unset
        if isinstance(self.tendlc_campaign_id, Unset):
            tendlc_campaign_id = UNSET
        else:
            tendlc_campaign_id = self.tendlc_campaign_id

        tendlc_registration_status: None | str | Unset
        if isinstance(self.tendlc_registration_status, Unset):
            tendlc_registration_status = UNSET
        else:
            tendlc_registration_status = self.tendlc_registration_status

        dlt_entity_id: None | str | Unset
        if isinstance(self.dlt_entity_id, Unset):
            dlt_entity_id = UNSET
        else:
            dlt_entity_id = self.dlt_entity_id

        dlt_template_id: None | str | Unset
        if isinstance(self.dlt_template_id, Unset):
            dlt_template_id = UNSET
        else:
            dlt_template_id = self.dlt_template_id

        dlt_template_category: None | str | Unset
        if isinstance(self.dlt_template_category, Unset):
            dlt_template_category = UNSET
        else:
            dlt_template_category = self.dlt_template_category

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        conversation_origin: None | str | Unset
        if isinstance(self.conversation_origin, Unset):
            conversation_origin = UNSET
        elif isinstance(self.conversation_origin, str):
            conversation_origin = self.conversation_origin
        else:
            conversation_origin = self.conversation_origin

        conversation_expiration_timestamp: int | None | str | Unset
        if isinstance(self.conversation_expiration_timestamp, Unset):
            conversation_expiration_timestamp = UNSET
        else:
            conversation_expiration_timestamp = self.conversation_expiration_timestamp

        conversation_expiry_timestamp: int | None | str | Unset
        if isinstance(self.conversation_expiry_timestamp, Unset):
            conversation_expiry_timestamp = UNSET
        else:
            conversation_expiry_timestamp = self.conversation_expiry_timestamp

        log: bool | None | str | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, str):
            log = self.log
        else:
            log = self.log

        message_sent_time: None | str | Unset
        if isinstance(self.message_sent_time, Unset):
            message_sent_time = UNSET
        else:
            message_sent_time = self.message_sent_time

        message_updated_time: None | str | Unset
        if isinstance(self.message_updated_time, Unset):
            message_updated_time = UNSET
        else:
            message_updated_time = self.message_updated_time

        cloud_rate: None | str | Unset
        if isinstance(self.cloud_rate, Unset):
            cloud_rate = UNSET
        else:
            cloud_rate = self.cloud_rate

        carrier_rate: None | str | Unset
        if isinstance(self.carrier_rate, Unset):
            carrier_rate = UNSET
        else:
            carrier_rate = self.carrier_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_uuid": message_uuid,
                "message_time": message_time,
                "message_direction": message_direction,
                "message_state": message_state,
                "message_type": message_type,
                "from_number": from_number,
                "to_number": to_number,
                "units": units,
                "total_rate": total_rate,
                "total_amount": total_amount,
                "error_code": error_code,
                "resource_uri": resource_uri,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if carrier_fees is not UNSET:
            field_dict["carrier_fees"] = carrier_fees
        if carrier_fees_rate is not UNSET:
            field_dict["carrier_fees_rate"] = carrier_fees_rate
        if powerpack_id is not UNSET:
            field_dict["powerpack_id"] = powerpack_id
        if requester_ip is not UNSET:
            field_dict["requester_ip"] = requester_ip
        if is_domestic is not UNSET:
            field_dict["is_domestic"] = is_domestic
        if replaced_sender is not UNSET:
            field_dict["replaced_sender"] = replaced_sender
        if destination_country_iso2 is not UNSET:
            field_dict["destination_country_iso2"] = destination_country_iso2
        if destination_network is not UNSET:
            field_dict["destination_network"] = destination_network
        if tendlc_campaign_id is not UNSET:
            field_dict["tendlc_campaign_id"] = tendlc_campaign_id
        if tendlc_registration_status is not UNSET:
            field_dict["tendlc_registration_status"] = tendlc_registration_status
        if dlt_entity_id is not UNSET:
            field_dict["dlt_entity_id"] = dlt_entity_id
        if dlt_template_id is not UNSET:
            field_dict["dlt_template_id"] = dlt_template_id
        if dlt_template_category is not UNSET:
            field_dict["dlt_template_category"] = dlt_template_category
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if conversation_origin is not UNSET:
            field_dict["conversation_origin"] = conversation_origin
        if conversation_expiration_timestamp is not UNSET:
            field_dict["conversation_expiration_timestamp"] = conversation_expiration_timestamp
        if conversation_expiry_timestamp is not UNSET:
            field_dict["conversation_expiry_timestamp"] = conversation_expiry_timestamp
        if log is not UNSET:
            field_dict["log"] = log
        if message_sent_time is not UNSET:
            field_dict["message_sent_time"] = message_sent_time
        if message_updated_time is not UNSET:
            field_dict["message_updated_time"] = message_updated_time
        if cloud_rate is not UNSET:
            field_dict["cloud_rate"] = cloud_rate
        if carrier_rate is not UNSET:
            field_dict["carrier_rate"] = carrier_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_uuid = UUID(d.pop("message_uuid"))

        message_time = d.pop("message_time")

        def _parse_message_direction(data: object) -> MessageDirection | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                message_direction_type_0 = check_message_direction(data)

                return message_direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageDirection | str, data)

        message_direction = _parse_message_direction(d.pop("message_direction"))

        def _parse_message_state(data: object) -> MessageState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                message_state_type_0 = check_message_state(data)

                return message_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageState | str, data)

        message_state = _parse_message_state(d.pop("message_state"))

        def _parse_message_type(data: object) -> MessageType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                message_type_type_0 = check_message_type(data)

                return message_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageType | str, data)

        message_type = _parse_message_type(d.pop("message_type"))

        from_number = d.pop("from_number")

        to_number = d.pop("to_number")

        units = d.pop("units")

        total_rate = d.pop("total_rate")

        total_amount = d.pop("total_amount")

        def _parse_error_code(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        error_code = _parse_error_code(d.pop("error_code"))

        resource_uri = d.pop("resource_uri")

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_mcc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mcc = _parse_mcc(d.pop("mcc", UNSET))

        def _parse_mnc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mnc = _parse_mnc(d.pop("mnc", UNSET))

        def _parse_carrier_fees(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_fees = _parse_carrier_fees(d.pop("carrier_fees", UNSET))

        def _parse_carrier_fees_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_fees_rate = _parse_carrier_fees_rate(d.pop("carrier_fees_rate", UNSET))

        def _parse_powerpack_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        powerpack_id = _parse_powerpack_id(d.pop("powerpack_id", UNSET))

        def _parse_requester_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requester_ip = _parse_requester_ip(d.pop("requester_ip", UNSET))

        def _parse_is_domestic(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_domestic = _parse_is_domestic(d.pop("is_domestic", UNSET))

        def _parse_replaced_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replaced_sender = _parse_replaced_sender(d.pop("replaced_sender", UNSET))

        def _parse_destination_country_iso2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_country_iso2 = _parse_destination_country_iso2(d.pop("destination_country_iso2", UNSET))

        def _parse_destination_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_network = _parse_destination_network(d.pop("destination_network", UNSET))

        def _parse_tendlc_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tendlc_campaign_id = _parse_tendlc_campaign_id(d.pop("tendlc_campaign_id", UNSET))

        def _parse_tendlc_registration_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tendlc_registration_status = _parse_tendlc_registration_status(d.pop("tendlc_registration_status", UNSET))

        def _parse_dlt_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dlt_entity_id = _parse_dlt_entity_id(d.pop("dlt_entity_id", UNSET))

        def _parse_dlt_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dlt_template_id = _parse_dlt_template_id(d.pop("dlt_template_id", UNSET))

        def _parse_dlt_template_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dlt_template_category = _parse_dlt_template_category(d.pop("dlt_template_category", UNSET))

        def _parse_conversation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        def _parse_conversation_origin(data: object) -> ConversationOrigin | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_origin_type_0 = check_conversation_origin(data)

                return conversation_origin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationOrigin | None | str | Unset, data)

        conversation_origin = _parse_conversation_origin(d.pop("conversation_origin", UNSET))

        def _parse_conversation_expiration_timestamp(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        conversation_expiration_timestamp = _parse_conversation_expiration_timestamp(
            d.pop("conversation_expiration_timestamp", UNSET)
        )

        def _parse_conversation_expiry_timestamp(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        conversation_expiry_timestamp = _parse_conversation_expiry_timestamp(
            d.pop("conversation_expiry_timestamp", UNSET)
        )

        def _parse_log(data: object) -> bool | MessageLog | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                log_type_0 = check_message_log(data)

                return log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | MessageLog | None | str | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        def _parse_message_sent_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_sent_time = _parse_message_sent_time(d.pop("message_sent_time", UNSET))

        def _parse_message_updated_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_updated_time = _parse_message_updated_time(d.pop("message_updated_time", UNSET))

        def _parse_cloud_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cloud_rate = _parse_cloud_rate(d.pop("cloud_rate", UNSET))

        def _parse_carrier_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_rate = _parse_carrier_rate(d.pop("carrier_rate", UNSET))

        message = cls(
            message_uuid=message_uuid,
            message_time=message_time,
            message_direction=message_direction,
            message_state=message_state,
            message_type=message_type,
            from_number=from_number,
            to_number=to_number,
            units=units,
            total_rate=total_rate,
            total_amount=total_amount,
            error_code=error_code,
            resource_uri=resource_uri,
            api_id=api_id,
            error_message=error_message,
            mcc=mcc,
            mnc=mnc,
            carrier_fees=carrier_fees,
            carrier_fees_rate=carrier_fees_rate,
            powerpack_id=powerpack_id,
            requester_ip=requester_ip,
            is_domestic=is_domestic,
            replaced_sender=replaced_sender,
            destination_country_iso2=destination_country_iso2,
            destination_network=destination_network,
            tendlc_campaign_id=tendlc_campaign_id,
            tendlc_registration_status=tendlc_registration_status,
            dlt_entity_id=dlt_entity_id,
            dlt_template_id=dlt_template_id,
            dlt_template_category=dlt_template_category,
            conversation_id=conversation_id,
            conversation_origin=conversation_origin,
            conversation_expiration_timestamp=conversation_expiration_timestamp,
            conversation_expiry_timestamp=conversation_expiry_timestamp,
            log=log,
            message_sent_time=message_sent_time,
            message_updated_time=message_updated_time,
            cloud_rate=cloud_rate,
            carrier_rate=carrier_rate,
        )

        message.additional_properties = d
        return message

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
