from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_number_status import CampaignNumberStatus, check_campaign_number_status

T = TypeVar("T", bound="CampaignNumber")


@_attrs_define
class CampaignNumber:
    """A number and the state of its link to a campaign."""

    number: str
    """ A phone number in international form without `+`, digits with the country code. """
    status: CampaignNumberStatus | str
    """ Linking state; Plivo may add states, so other values may be met. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        def _parse_status(data: object) -> CampaignNumberStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_campaign_number_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignNumberStatus | str, data)

        status = _parse_status(d.pop("status"))

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
