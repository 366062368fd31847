from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign import Campaign
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="CampaignList")


@_attrs_define
class CampaignList:
    """A page of campaigns."""

    api_id: UUID
    """ Identifier Plivo gives each API request (a time-based UUID). """
    campaigns: list[Campaign]
    """ The campaigns on this page. """
    meta: PaginationMeta | Unset = UNSET
    """ Where a page sits in the whole result set. `total_count` is absent from some 10DLC lists;
    toll-free verification lists send `count` instead. `next` and `previous` are relative URLs,
    `null` (or, on some lists, an empty string) when there is no such page.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = str(self.api_id)

        campaigns = []
        for campaigns_item_data in self.campaigns:
            campaigns_item = campaigns_item_data.to_dict()
            campaigns.append(campaigns_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "campaigns": campaigns,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign import Campaign  # noqa: PLC0415
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        api_id = UUID(d.pop("api_id"))

        campaigns = []
        _campaigns = d.pop("campaigns")
        for campaigns_item_data in _campaigns:
            campaigns_item = Campaign.from_dict(campaigns_item_data)

            campaigns.append(campaigns_item)

        _meta = d.pop("meta", UNSET)
        meta: PaginationMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PaginationMeta.from_dict(_meta)

        campaign_list = cls(
            api_id=api_id,
            campaigns=campaigns,
            meta=meta,
        )

        campaign_list.additional_properties = d
        return campaign_list

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
