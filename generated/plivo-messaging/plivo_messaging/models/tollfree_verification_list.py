from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination_meta import PaginationMeta
    from ..models.tollfree_verification import TollfreeVerification


T = TypeVar("T", bound="TollfreeVerificationList")


@_attrs_define
class TollfreeVerificationList:
    """A page of verification requests; `meta.count` holds the number of matches."""

    api_id: UUID
    """ Identifier Plivo gives each API request (a time-based UUID). """
    meta: PaginationMeta
    """ Where a page sits in the whole result set. `total_count` is absent from some 10DLC lists;
    toll-free verification lists send `count` instead. `next` and `previous` are relative URLs,
    `null` (or, on some lists, an empty string) when there is no such page.
     """
    objects: list[TollfreeVerification]
    """ The requests on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = str(self.api_id)

        meta = self.meta.to_dict()

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "meta": meta,
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415
        from ..models.tollfree_verification import TollfreeVerification  # noqa: PLC0415

        d = dict(src_dict)
        api_id = UUID(d.pop("api_id"))

        meta = PaginationMeta.from_dict(d.pop("meta"))

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = TollfreeVerification.from_dict(objects_item_data)

            objects.append(objects_item)

        tollfree_verification_list = cls(
            api_id=api_id,
            meta=meta,
            objects=objects,
        )

        tollfree_verification_list.additional_properties = d
        return tollfree_verification_list

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
