from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MnoCarrierMetadata")


@_attrs_define
class MnoCarrierMetadata:
    """What one carrier granted the campaign: a messages-per-minute cap (`tpm`) or, for T-Mobile, a
    daily-volume tier (`brand_tier`). Carriers may add other keys.

    """

    tpm: int | Unset = UNSET
    """ Messages per minute allowed on this carrier. """
    brand_tier: str | Unset = UNSET
    """ T-Mobile volume tier (for example `LOW`, `TOP`, `SOLE_PROPRIETOR`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tpm = self.tpm

        brand_tier = self.brand_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tpm is not UNSET:
            field_dict["tpm"] = tpm
        if brand_tier is not UNSET:
            field_dict["brand_tier"] = brand_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tpm = d.pop("tpm", UNSET)

        brand_tier = d.pop("brand_tier", UNSET)

        mno_carrier_metadata = cls(
            tpm=tpm,
            brand_tier=brand_tier,
        )

        mno_carrier_metadata.additional_properties = d
        return mno_carrier_metadata

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
