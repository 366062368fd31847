from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.brand import Brand


T = TypeVar("T", bound="BrandResponse")


@_attrs_define
class BrandResponse:
    """One brand, wrapped in `brand`."""

    api_id: UUID
    """ Identifier Plivo gives each API request (a time-based UUID). """
    brand: Brand
    """ A 10DLC brand. Fields not filled by the registration may be missing, empty strings, or
    placeholders (`nil`); `authorized_contact` may be an empty object.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = str(self.api_id)

        brand = self.brand.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "brand": brand,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand import Brand  # noqa: PLC0415

        d = dict(src_dict)
        api_id = UUID(d.pop("api_id"))

        brand = Brand.from_dict(d.pop("brand"))

        brand_response = cls(
            api_id=api_id,
            brand=brand,
        )

        brand_response.additional_properties = d
        return brand_response

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
