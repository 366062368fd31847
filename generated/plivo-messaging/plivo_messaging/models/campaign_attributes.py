from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignAttributes")


@_attrs_define
class CampaignAttributes:
    """Content attributes declared for a campaign."""

    embedded_link: bool
    """ Messages contain links. """
    embedded_phone: bool
    """ Messages contain phone numbers. """
    age_gated: bool
    """ Content is age-restricted. """
    direct_lending: bool
    """ Messages concern direct lending. """
    subscriber_optin: bool
    """ Recipients give consent first. """
    subscriber_optout: bool
    """ Recipients can opt out. """
    subscriber_help: bool
    """ Recipients can ask for help. """
    affiliate_marketing: bool | Unset = UNSET
    """ Messages relate to affiliate marketing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedded_link = self.embedded_link

        embedded_phone = self.embedded_phone

        age_gated = self.age_gated

        direct_lending = self.direct_lending

        subscriber_optin = self.subscriber_optin

        subscriber_optout = self.subscriber_optout

        subscriber_help = self.subscriber_help

        affiliate_marketing = self.affiliate_marketing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedded_link": embedded_link,
                "embedded_phone": embedded_phone,
                "age_gated": age_gated,
                "direct_lending": direct_lending,
                "subscriber_optin": subscriber_optin,
                "subscriber_optout": subscriber_optout,
                "subscriber_help": subscriber_help,
            }
        )
        if affiliate_marketing is not UNSET:
            field_dict["affiliate_marketing"] = affiliate_marketing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        embedded_link = d.pop("embedded_link")

        embedded_phone = d.pop("embedded_phone")

        age_gated = d.pop("age_gated")

        direct_lending = d.pop("direct_lending")

        subscriber_optin = d.pop("subscriber_optin")

        subscriber_optout = d.pop("subscriber_optout")

        subscriber_help = d.pop("subscriber_help")

        affiliate_marketing = d.pop("affiliate_marketing", UNSET)

        campaign_attributes = cls(
            embedded_link=embedded_link,
            embedded_phone=embedded_phone,
            age_gated=age_gated,
            direct_lending=direct_lending,
            subscriber_optin=subscriber_optin,
            subscriber_optout=subscriber_optout,
            subscriber_help=subscriber_help,
            affiliate_marketing=affiliate_marketing,
        )

        campaign_attributes.additional_properties = d
        return campaign_attributes

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
