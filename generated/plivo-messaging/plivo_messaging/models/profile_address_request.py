from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProfileAddressRequest")


@_attrs_define
class ProfileAddressRequest:
    """Postal address of the business, as sent when creating or updating a profile."""

    street: str
    """ Street address. """
    city: str
    """ City. """
    state: str
    """ State or region code, for example `TX`. """
    postal_code: str
    """ ZIP or postal code. """
    country: str
    """ ISO 3166-1 alpha-2 country code. """

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        state = self.state

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}

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

        profile_address_request = cls(
            street=street,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
        )

        return profile_address_request
