from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_method import CallbackMethod, check_callback_method
from ..models.campaign_usecase import CampaignUsecase, check_campaign_usecase
from ..models.standard_usecase import StandardUsecase, check_standard_usecase
from ..models.vertical import Vertical, check_vertical
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCampaignRequest")


@_attrs_define
class CreateCampaignRequest:
    """A campaign to register for a brand. The content fields are what carriers review: vague
    descriptions, samples without the brand name, or missing opt-out wording are common reasons for
    rejection.

    """

    brand_id: str
    """ The Campaign Registry's brand identifier, letters and digits. Observed values are `B` followed
    by six upper-case letters or digits (`B7QK2ZD`), but that form is not documented as a rule.
     """
    vertical: Vertical
    """ Industry of the business (also the industry of a campaign). """
    usecase: CampaignUsecase
    """ What a 10DLC campaign is used for. Besides the standard use cases, `MIXED` and `LOW_VOLUME` combine
    two to five of them, and `STARTER` is the use case of starter brands. Which ones a brand may
    register is given by its use-case list.
     """
    description: str
    """ What the campaign sends and to whom (at least 40 characters). """
    sample1: str
    """ A representative message (at least 20 characters). """
    sample2: str
    """ A second representative message (at least 20 characters). """
    campaign_alias: str | Unset = UNSET
    """ Your name for the campaign. """
    sub_usecases: list[StandardUsecase] | None | Unset = UNSET
    """ The standard use cases combined by a `MIXED` or `LOW_VOLUME` campaign, two to five of them;
    empty or `null` for other use cases (plivo-python sends `[]` when unset, plivo-go `null`).
     """
    reseller_id: str | Unset = UNSET
    """ The Campaign Registry's id of the reseller, for campaigns registered on behalf of a reseller's customer. """
    sample3: str | Unset = UNSET
    """ Optional further sample. """
    sample4: str | Unset = UNSET
    """ Optional further sample. """
    sample5: str | Unset = UNSET
    """ Optional further sample. """
    message_flow: str | Unset = UNSET
    """ How recipients opt in to the messages. Plivo's current page does not list it among the
    required arguments and no official SDK requires it (plivo-python sends `""`, plivo-go and
    plivo-node leave it out when unset); carriers reviewing the campaign expect it.
     """
    help_message: str | Unset = UNSET
    """ Reply sent when a recipient texts a help keyword. """
    help_keywords: str | Unset = UNSET
    """ Comma-separated help keywords. """
    optin_keywords: str | Unset = UNSET
    """ Comma-separated opt-in keywords, for campaigns that accept opt-in by text. """
    optin_message: str | Unset = UNSET
    """ Reply confirming an opt-in. """
    optout_keywords: str | Unset = UNSET
    """ Comma-separated opt-out keywords. """
    optout_message: str | Unset = UNSET
    """ Reply confirming an opt-out. """
    subscriber_optin: bool | Unset = False
    """ Recipients give consent before receiving messages (carriers expect true). """
    subscriber_optout: bool | Unset = False
    """ Recipients can opt out (carriers expect true). """
    subscriber_help: bool | Unset = False
    """ Recipients can ask for help (carriers expect true). """
    direct_lending: bool | Unset = False
    """ Messages concern direct lending or loan arrangements. """
    embedded_link: bool | Unset = False
    """ Messages contain links. """
    embedded_phone: bool | Unset = False
    """ Messages contain phone numbers. """
    age_gated: bool | Unset = False
    """ Content is age-restricted. """
    affiliate_marketing: bool | Unset = False
    """ Messages relate to affiliate marketing. """
    terms_and_conditions_link: str | Unset = UNSET
    """ Link to the messaging terms shown to recipients. """
    privacy_policy_link: str | Unset = UNSET
    """ Link to the privacy policy. """
    url: str | Unset = UNSET
    """ URL that receives campaign registration events (see the `campaignStatus` webhook). Empty means none. """
    method: CallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to call a callback URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        vertical: str = self.vertical

        usecase: str = self.usecase

        description = self.description

        sample1 = self.sample1

        sample2 = self.sample2

        campaign_alias = self.campaign_alias

        sub_usecases: list[str] | None | Unset
        if isinstance(self.sub_usecases, Unset):
            sub_usecases = UNSET
        elif isinstance(self.sub_usecases, list):
            sub_usecases = []
            for sub_usecases_type_0_item_data in self.sub_usecases:
                sub_usecases_type_0_item: str = sub_usecases_type_0_item_data
                sub_usecases.append(sub_usecases_type_0_item)

        else:
            sub_usecases = self.sub_usecases

        reseller_id = self.reseller_id

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

        subscriber_optin = self.subscriber_optin

        subscriber_optout = self.subscriber_optout

        subscriber_help = self.subscriber_help

        direct_lending = self.direct_lending

        embedded_link = self.embedded_link

        embedded_phone = self.embedded_phone

        age_gated = self.age_gated

        affiliate_marketing = self.affiliate_marketing

        terms_and_conditions_link = self.terms_and_conditions_link

        privacy_policy_link = self.privacy_policy_link

        url: str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "vertical": vertical,
                "usecase": usecase,
                "description": description,
                "sample1": sample1,
                "sample2": sample2,
            }
        )
        if campaign_alias is not UNSET:
            field_dict["campaign_alias"] = campaign_alias
        if sub_usecases is not UNSET:
            field_dict["sub_usecases"] = sub_usecases
        if reseller_id is not UNSET:
            field_dict["reseller_id"] = reseller_id
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
        if subscriber_optin is not UNSET:
            field_dict["subscriber_optin"] = subscriber_optin
        if subscriber_optout is not UNSET:
            field_dict["subscriber_optout"] = subscriber_optout
        if subscriber_help is not UNSET:
            field_dict["subscriber_help"] = subscriber_help
        if direct_lending is not UNSET:
            field_dict["direct_lending"] = direct_lending
        if embedded_link is not UNSET:
            field_dict["embedded_link"] = embedded_link
        if embedded_phone is not UNSET:
            field_dict["embedded_phone"] = embedded_phone
        if age_gated is not UNSET:
            field_dict["age_gated"] = age_gated
        if affiliate_marketing is not UNSET:
            field_dict["affiliate_marketing"] = affiliate_marketing
        if terms_and_conditions_link is not UNSET:
            field_dict["terms_and_conditions_link"] = terms_and_conditions_link
        if privacy_policy_link is not UNSET:
            field_dict["privacy_policy_link"] = privacy_policy_link
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_id = d.pop("brand_id")

        vertical = check_vertical(d.pop("vertical"))

        usecase = check_campaign_usecase(d.pop("usecase"))

        description = d.pop("description")

        sample1 = d.pop("sample1")

        sample2 = d.pop("sample2")

        campaign_alias = d.pop("campaign_alias", UNSET)

        def _parse_sub_usecases(data: object) -> list[StandardUsecase] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sub_usecases_type_0 = []
                _sub_usecases_type_0 = data
                for sub_usecases_type_0_item_data in _sub_usecases_type_0:
                    sub_usecases_type_0_item = check_standard_usecase(sub_usecases_type_0_item_data)

                    sub_usecases_type_0.append(sub_usecases_type_0_item)

                return sub_usecases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StandardUsecase] | None | Unset, data)

        sub_usecases = _parse_sub_usecases(d.pop("sub_usecases", UNSET))

        reseller_id = d.pop("reseller_id", UNSET)

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

        subscriber_optin = d.pop("subscriber_optin", UNSET)

        subscriber_optout = d.pop("subscriber_optout", UNSET)

        subscriber_help = d.pop("subscriber_help", UNSET)

        direct_lending = d.pop("direct_lending", UNSET)

        embedded_link = d.pop("embedded_link", UNSET)

        embedded_phone = d.pop("embedded_phone", UNSET)

        age_gated = d.pop("age_gated", UNSET)

        affiliate_marketing = d.pop("affiliate_marketing", UNSET)

        terms_and_conditions_link = d.pop("terms_and_conditions_link", UNSET)

        privacy_policy_link = d.pop("privacy_policy_link", UNSET)

        def _parse_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _method = d.pop("method", UNSET)
        method: CallbackMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_callback_method(_method)

        create_campaign_request = cls(
            brand_id=brand_id,
            vertical=vertical,
            usecase=usecase,
            description=description,
            sample1=sample1,
            sample2=sample2,
            campaign_alias=campaign_alias,
            sub_usecases=sub_usecases,
            reseller_id=reseller_id,
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
            subscriber_optin=subscriber_optin,
            subscriber_optout=subscriber_optout,
            subscriber_help=subscriber_help,
            direct_lending=direct_lending,
            embedded_link=embedded_link,
            embedded_phone=embedded_phone,
            age_gated=age_gated,
            affiliate_marketing=affiliate_marketing,
            terms_and_conditions_link=terms_and_conditions_link,
            privacy_policy_link=privacy_policy_link,
            url=url,
            method=method,
        )

        create_campaign_request.additional_properties = d
        return create_campaign_request

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
