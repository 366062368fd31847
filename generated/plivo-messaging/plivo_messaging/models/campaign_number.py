from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_number_status import CampaignNumberStatus, check_campaign_number_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignNumber")


@_attrs_define
class CampaignNumber:
    """A number and the state of its link to a campaign."""

    number: str | Unset = UNSET
    """ A phone number in international form without `+`, digits with the country code. """
    status: CampaignNumberStatus | Unset = UNSET
    """ Where the linking of a number to a campaign stands. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        _status = d.pop("status", UNSET)
        status: CampaignNumberStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_campaign_number_status(_status)

        campaign_number = cls(
            number=number,
            status=status,
        )

        campaign_number.additional_properties = d
        return campaign_number

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
