from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProfileResponse")


@_attrs_define
class CreateProfileResponse:
    """Acknowledgement of a new profile. `message` is absent from some responses."""

    api_id: UUID
    """ Identifier Plivo gives each API request (a time-based UUID). """
    profile_uuid: UUID
    message: str | Unset = UNSET
    """ Human-readable confirmation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = str(self.api_id)

        profile_uuid = str(self.profile_uuid)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "profile_uuid": profile_uuid,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_id = UUID(d.pop("api_id"))

        profile_uuid = UUID(d.pop("profile_uuid"))

        message = d.pop("message", UNSET)

        create_profile_response = cls(
            api_id=api_id,
            profile_uuid=profile_uuid,
            message=message,
        )

        create_profile_response.additional_properties = d
        return create_profile_response

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
