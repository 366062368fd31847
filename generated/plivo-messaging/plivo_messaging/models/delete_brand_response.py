from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteBrandResponse")


@_attrs_define
class DeleteBrandResponse:
    """Confirmation that a brand was deactivated. `api_id` is absent from some responses."""

    brand_id: str
    """ The Campaign Registry's brand identifier, letters and digits. Observed values are `B` followed
    by six upper-case letters or digits (`B7QK2ZD`), but that form is not documented as a rule.
     """
    message: str
    """ Human-readable confirmation (`Brand Deactivated`). """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        message = self.message

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "message": message,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_id = d.pop("brand_id")

        message = d.pop("message")

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        delete_brand_response = cls(
            brand_id=brand_id,
            message=message,
            api_id=api_id,
        )

        delete_brand_response.additional_properties = d
        return delete_brand_response

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
