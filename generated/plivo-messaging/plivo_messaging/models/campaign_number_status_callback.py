from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_number_callback_status import CampaignNumberCallbackStatus, check_campaign_number_callback_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignNumberStatusCallback")


@_attrs_define
class CampaignNumberStatusCallback:
    """Fields of a number linking or unlinking event. Unconfirmed: Plivo does not document the field
    names; these are the expected ones. All values arrive as strings and further fields may be present.

    """

    campaign_id: str | Unset = UNSET
    """ The campaign. """
    number: str | Unset = UNSET
    """ The number being linked or unlinked. """
    status: CampaignNumberCallbackStatus | str | Unset = UNSET
    """ The event (`created`, `success`, `failed`). """
    reason: str | Unset = UNSET
    """ Why the carriers refused the request, when they did. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        number = self.number

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)

        number = d.pop("number", UNSET)

        def _parse_status(data: object) -> CampaignNumberCallbackStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_campaign_number_callback_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignNumberCallbackStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        reason = d.pop("reason", UNSET)

        campaign_number_status_callback = cls(
            campaign_id=campaign_id,
            number=number,
            status=status,
            reason=reason,
        )

        campaign_number_status_callback.additional_properties = d
        return campaign_number_status_callback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
