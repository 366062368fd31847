from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateTollfreeVerificationResponse")


@_attrs_define
class CreateTollfreeVerificationResponse:
    """Acknowledgement of a new verification request."""

    api_id: UUID
    """ Identifier Plivo gives each API request (a time-based UUID). """
    message: str
    """ Human-readable confirmation. """
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = str(self.api_id)

        message = self.message

        uuid = str(self.uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "message": message,
                "uuid": uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = UUID(d.pop("api_id"))

        message = d.pop("message")

        uuid = UUID(d.pop("uuid"))

        create_tollfree_verification_response = cls(
            api_id=api_id,
            message=message,
            uuid=uuid,
        )

        create_tollfree_verification_response.additional_properties = d
        return create_tollfree_verification_response

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
