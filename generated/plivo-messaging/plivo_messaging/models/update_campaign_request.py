from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCampaignRequest")


@_attrs_define
class UpdateCampaignRequest:
    """The campaign content to correct. Empty strings leave a field unchanged (plivo-python and plivo-go
    send every field, empty when the caller did not set it); an empty object, which plivo-node sends
    when every argument is left out, changes nothing.

    """

    campaign_alias: str | Unset = UNSET
    """ Your name for the campaign. """
    reseller_id: str | Unset = UNSET
    """ The Campaign Registry's id of the reseller. """
    description: str | Unset = UNSET
    """ What the campaign sends and to whom (at least 40 characters when not empty). """
    sample1: str | Unset = UNSET
    """ A representative message. """
    sample2: str | Unset = UNSET
    """ A second representative message. """
    sample3: str | Unset = UNSET
    """ Further sample. """
    sample4: str | Unset = UNSET
    """ Further sample. """
    sample5: str | Unset = UNSET
    """ Further sample. """
    message_flow: str | Unset = UNSET
    """ How recipients opt in. """
    help_message: str | Unset = UNSET
    """ Reply to a help keyword. """
    help_keywords: str | Unset = UNSET
    """ Comma-separated help keywords. """
    optin_keywords: str | Unset = UNSET
    """ Comma-separated opt-in keywords. """
    optin_message: str | Unset = UNSET
    """ Reply confirming an opt-in. """
    optout_keywords: str | Unset = UNSET
    """ Comma-separated opt-out keywords. """
    optout_message: str | Unset = UNSET
    """ Reply confirming an opt-out. """
    terms_and_conditions_link: str | Unset = UNSET
    """ Link to the messaging terms. """
    privacy_policy_link: str | Unset = UNSET
    """ Link to the privacy policy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_alias = self.campaign_alias

        reseller_id = self.reseller_id

        description = self.description

        sample1 = self.sample1

        sample2 = self.sample2

        sample3 = self.sample3

        sample4 = self.sample4

        sample5 = self.sample5

        message_flow = self.message_flow

        help_message = self.help_message

        help_keywords = self.help_keywords

        optin_keywords = self.optin_keywords

        optin_message = self.optin_message

        optout_keywords = self.optout_keywords

        optout_message = self.optout_message

        terms_and_conditions_link = self.terms_and_conditions_link

        privacy_policy_link = self.privacy_policy_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_alias is not UNSET:
            field_dict["campaign_alias"] = campaign_alias
        if reseller_id is not UNSET:
            field_dict["reseller_id"] = reseller_id
        if description is not UNSET:
            field_dict["description"] = description
        if sample1 is not UNSET:
            field_dict["sample1"] = sample1
        if sample2 is not UNSET:
            field_dict["sample2"] = sample2
        if sample3 is not UNSET:
            field_dict["sample3"] = sample3
        if sample4 is not UNSET:
            field_dict["sample4"] = sample4
        if sample5 is not UNSET:
            field_dict["sample5"] = sample5
        if message_flow is not UNSET:
            field_dict["message_flow"] = message_flow
        if help_message is not UNSET:
            field_dict["help_message"] = help_message
        if help_keywords is not UNSET:
            field_dict["help_keywords"] = help_keywords
        if optin_keywords is not UNSET:
            field_dict["optin_keywords"] = optin_keywords
        if optin_message is not UNSET:
            field_dict["optin_message"] = optin_message
        if optout_keywords is not UNSET:
            field_dict["optout_keywords"] = optout_keywords
        if optout_message is not UNSET:
            field_dict["optout_message"] = optout_message
        if terms_and_conditions_link is not UNSET:
            field_dict["terms_and_conditions_link"] = terms_and_conditions_link
        if privacy_policy_link is not UNSET:
            field_dict["privacy_policy_link"] = privacy_policy_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_alias = d.pop("campaign_alias", UNSET)

        reseller_id = d.pop("reseller_id", UNSET)

        description = d.pop("description", UNSET)

        sample1 = d.pop("sample1", UNSET)

        sample2 = d.pop("sample2", UNSET)

        sample3 = d.pop("sample3", UNSET)

        sample4 = d.pop("sample4", UNSET)

        sample5 = d.pop("sample5", UNSET)

        message_flow = d.pop("message_flow", UNSET)

        help_message = d.pop("help_message", UNSET)

        help_keywords = d.pop("help_keywords", UNSET)

        optin_keywords = d.pop("optin_keywords", UNSET)

        optin_message = d.pop("optin_message", UNSET)

        optout_keywords = d.pop("optout_keywords", UNSET)

        optout_message = d.pop("optout_message", UNSET)

        terms_and_conditions_link = d.pop("terms_and_conditions_link", UNSET)

        privacy_policy_link = d.pop("privacy_policy_link", UNSET)

        update_campaign_request = cls(
            campaign_alias=campaign_alias,
            reseller_id=reseller_id,
            description=description,
            sample1=sample1,
            sample2=sample2,
            sample3=sample3,
            sample4=sample4,
            sample5=sample5,
            message_flow=message_flow,
            help_message=help_message,
            help_keywords=help_keywords,
            optin_keywords=optin_keywords,
            optin_message=optin_message,
            optout_keywords=optout_keywords,
            optout_message=optout_message,
            terms_and_conditions_link=terms_and_conditions_link,
            privacy_policy_link=privacy_policy_link,
        )

        update_campaign_request.additional_properties = d
        return update_campaign_request

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
