from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mno_carrier_metadata import MnoCarrierMetadata


T = TypeVar("T", bound="CampaignMnoMetadata")


@_attrs_define
class CampaignMnoMetadata:
    """Per-carrier grants of a campaign, keyed by carrier name. The four US carriers below are usual;
    other carriers may appear as further keys.

    """

    att: MnoCarrierMetadata | Unset = UNSET
    """ What one carrier granted the campaign: a messages-per-minute cap (`tpm`) or, for T-Mobile, a
    daily-volume tier (`brand_tier`). Carriers may add other keys.
     """
    t_mobile: MnoCarrierMetadata | Unset = UNSET
    """ What one carrier granted the campaign: a messages-per-minute cap (`tpm`) or, for T-Mobile, a
    daily-volume tier (`brand_tier`). Carriers may add other keys.
     """
    us_cellular: MnoCarrierMetadata | Unset = UNSET
    """ What one carrier granted the campaign: a messages-per-minute cap (`tpm`) or, for T-Mobile, a
    daily-volume tier (`brand_tier`). Carriers may add other keys.
     """
    verizon_wireless: MnoCarrierMetadata | Unset = UNSET
    """ What one carrier granted the campaign: a messages-per-minute cap (`tpm`) or, for T-Mobile, a
    daily-volume tier (`brand_tier`). Carriers may add other keys.
     """
    additional_properties: dict[str, MnoCarrierMetadata] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        att: dict[str, Any] | Unset = UNSET
        if not isinstance(self.att, Unset):
            att = self.att.to_dict()

        t_mobile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.t_mobile, Unset):
            t_mobile = self.t_mobile.to_dict()

        us_cellular: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_cellular, Unset):
            us_cellular = self.us_cellular.to_dict()

        verizon_wireless: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verizon_wireless, Unset):
            verizon_wireless = self.verizon_wireless.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if att is not UNSET:
            field_dict["AT&T"] = att
        if t_mobile is not UNSET:
            field_dict["T-Mobile"] = t_mobile
        if us_cellular is not UNSET:
            field_dict["US Cellular"] = us_cellular
        if verizon_wireless is not UNSET:
            field_dict["Verizon Wireless"] = verizon_wireless

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mno_carrier_metadata import MnoCarrierMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _att = d.pop("AT&T", UNSET)
        att: MnoCarrierMetadata | Unset
        if isinstance(_att, Unset):
            att = UNSET
        else:
            att = MnoCarrierMetadata.from_dict(_att)

        _t_mobile = d.pop("T-Mobile", UNSET)
        t_mobile: MnoCarrierMetadata | Unset
        if isinstance(_t_mobile, Unset):
            t_mobile = UNSET
        else:
            t_mobile = MnoCarrierMetadata.from_dict(_t_mobile)

        _us_cellular = d.pop("US Cellular", UNSET)
        us_cellular: MnoCarrierMetadata | Unset
        if isinstance(_us_cellular, Unset):
            us_cellular = UNSET
        else:
            us_cellular = MnoCarrierMetadata.from_dict(_us_cellular)

        _verizon_wireless = d.pop("Verizon Wireless", UNSET)
        verizon_wireless: MnoCarrierMetadata | Unset
        if isinstance(_verizon_wireless, Unset):
            verizon_wireless = UNSET
        else:
            verizon_wireless = MnoCarrierMetadata.from_dict(_verizon_wireless)

        campaign_mno_metadata = cls(
            att=att,
            t_mobile=t_mobile,
            us_cellular=us_cellular,
            verizon_wireless=verizon_wireless,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MnoCarrierMetadata.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        campaign_mno_metadata.additional_properties = additional_properties
        return campaign_mno_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MnoCarrierMetadata:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MnoCarrierMetadata) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
