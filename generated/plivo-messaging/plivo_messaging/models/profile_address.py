from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProfileAddress")


@_attrs_define
class ProfileAddress:
    """Postal address of a business as Plivo returns it; fields not filled come back as empty strings."""

    street: str
    """ Street address. """
    city: str
    """ City. """
    state: str
    """ State or region code. """
    postal_code: str
    """ ZIP or postal code. """
    country: str
    """ ISO 3166-1 alpha-2 country code (may be empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        state = self.state

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street": street,
                "city": city,
                "state": state,
                "postal_code": postal_code,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("street")

        city = d.pop("city")

        state = d.pop("state")

        postal_code = d.pop("postal_code")

        country = d.pop("country")

        profile_address = cls(
            street=street,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
        )

        profile_address.additional_properties = d
        return profile_address

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
