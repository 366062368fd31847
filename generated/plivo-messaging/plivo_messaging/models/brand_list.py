from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand import Brand
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="BrandList")


@_attrs_define
class BrandList:
    """A page of brands. `meta` is absent from some responses."""

    api_id: UUID
    """ Identifier Plivo gives each API request (a time-based UUID). """
    brands: list[Brand]
    """ The brands on this page. """
    meta: PaginationMeta | Unset = UNSET
    """ Where a page sits in the whole result set. `total_count` is absent from some 10DLC lists;
    toll-free verification lists send `count` instead. `next` and `previous` are relative URLs,
    `null` (or, on some lists, an empty string) when there is no such page.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = str(self.api_id)

        brands = []
        for brands_item_data in self.brands:
            brands_item = brands_item_data.to_dict()
            brands.append(brands_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "brands": brands,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand import Brand  # noqa: PLC0415
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        api_id = UUID(d.pop("api_id"))

        brands = []
        _brands = d.pop("brands")
        for brands_item_data in _brands:
            brands_item = Brand.from_dict(brands_item_data)

            brands.append(brands_item)

        _meta = d.pop("meta", UNSET)
        meta: PaginationMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PaginationMeta.from_dict(_meta)

        brand_list = cls(
            api_id=api_id,
            brands=brands,
            meta=meta,
        )

        brand_list.additional_properties = d
        return brand_list

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
