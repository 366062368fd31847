from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define
class SendMessageResponse:
    """Answer to a send; the message is queued, not yet delivered."""

    api_id: UUID
    """ Identifier Plivo gives each API request (a time-based UUID). """
    message: str
    """ Always `message(s) queued`. """
    message_uuid: list[UUID]
    """ UUIDs of the new message records, one per destination. """
    invalid_number: list[str] | Unset = UNSET
    """ Destinations Plivo refused as invalid; absent when every destination was accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = str(self.api_id)

        message = self.message

        message_uuid = []
        for message_uuid_item_data in self.message_uuid:
            message_uuid_item = str(message_uuid_item_data)
            message_uuid.append(message_uuid_item)

        invalid_number: list[str] | Unset = UNSET
        if not isinstance(self.invalid_number, Unset):
            invalid_number = self.invalid_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "message": message,
                "message_uuid": message_uuid,
            }
        )
        if invalid_number is not UNSET:
            field_dict["invalid_number"] = invalid_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = UUID(d.pop("api_id"))

        message = d.pop("message")

        message_uuid = []
        _message_uuid = d.pop("message_uuid")
        for message_uuid_item_data in _message_uuid:
            message_uuid_item = UUID(message_uuid_item_data)

            message_uuid.append(message_uuid_item)

        invalid_number = cast(list[str], d.pop("invalid_number", UNSET))

        send_message_response = cls(
            api_id=api_id,
            message=message,
            message_uuid=message_uuid,
            invalid_number=invalid_number,
        )

        send_message_response.additional_properties = d
        return send_message_response

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
