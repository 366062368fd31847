from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_registration_status import CampaignRegistrationStatus, check_campaign_registration_status
from ..models.campaign_source import CampaignSource, check_campaign_source
from ..models.campaign_usecase import CampaignUsecase, check_campaign_usecase
from ..models.vertical import Vertical, check_vertical
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_attributes import CampaignAttributes
    from ..models.campaign_mno_metadata import CampaignMnoMetadata


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A 10DLC campaign. The required fields are those every known sample carries; others may be missing."""

    campaign_id: str
    """ The Campaign Registry's campaign identifier, letters and digits. Observed values are `C`
    followed by six upper-case letters or digits (`CMX4T8Q`), but that form is not documented as a
    rule.
     """
    registration_status: CampaignRegistrationStatus | str
    """ Registration state; Plivo may add states, so other values may be met. """
    brand_id: str | Unset = UNSET
    """ The Campaign Registry's brand identifier, letters and digits. Observed values are `B` followed
    by six upper-case letters or digits (`B7QK2ZD`), but that form is not documented as a rule.
     """
    campaign_alias: str | Unset = UNSET
    """ Your name for the campaign. """
    reseller_id: str | Unset = UNSET
    """ Reseller id; empty when none. """
    usecase: CampaignUsecase | str | Unset = UNSET
    """ Use case; shared campaigns may carry special use cases outside the list. """
    sub_usecase: list[str] | str | Unset = UNSET
    """ Sub-use cases of a campaign. Plivo usually returns one comma-separated string (`2FA,MARKETING`);
    its documentation shows an array, so either may be met.
     """
    sub_usecases: list[str] | str | Unset = UNSET
    """ Sub-use cases of a campaign. Plivo usually returns one comma-separated string (`2FA,MARKETING`);
    its documentation shows an array, so either may be met.
     """
    vertical: str | Unset | Vertical = UNSET
    """ Industry. """
    description: str | Unset = UNSET
    """ What the campaign sends. """
    message_flow: str | Unset = UNSET
    """ How recipients opt in. """
    help_message: str | Unset = UNSET
    """ Reply to a help keyword. """
    help_keywords: str | Unset = UNSET
    """ Help keywords. """
    optin_keywords: str | Unset = UNSET
    """ Opt-in keywords. """
    optin_message: str | Unset = UNSET
    """ Opt-in confirmation. """
    optout_keywords: str | Unset = UNSET
    """ Opt-out keywords. """
    optout_message: str | Unset = UNSET
    """ Opt-out confirmation. """
    sample1: str | Unset = UNSET
    """ Sample message. """
    sample2: str | Unset = UNSET
    """ Sample message. """
    sample3: str | Unset = UNSET
    """ Sample message. """
    sample4: str | Unset = UNSET
    """ Sample message. """
    sample5: str | Unset = UNSET
    """ Sample message. """
    terms_and_conditions_link: str | Unset = UNSET
    """ Link to the messaging terms. """
    privacy_policy_link: str | Unset = UNSET
    """ Link to the privacy policy. """
    campaign_attributes: CampaignAttributes | Unset = UNSET
    """ Content attributes declared for a campaign. """
    mno_metadata: CampaignMnoMetadata | Unset = UNSET
    """ Per-carrier grants of a campaign, keyed by carrier name. The four US carriers below are usual;
    other carriers may appear as further keys.
     """
    campaign_source: CampaignSource | str | Unset = UNSET
    """ Where the campaign was registered; other values than the listed ones may be met. """
    error_code: int | None | str | Unset = UNSET
    """ Registration error code of a failed campaign (shape not confirmed). """
    error_reason: None | str | Unset = UNSET
    """ Short reason for a failed registration. """
    error_description: None | str | Unset = UNSET
    """ Longer explanation of a failed registration. """
    created_at: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        registration_status: str
        if isinstance(self.registration_status, str):
            registration_status = self.registration_status
        else:
            registration_status = self.registration_status

        brand_id = self.brand_id

        campaign_alias = self.campaign_alias

        reseller_id = self.reseller_id

        usecase: str | Unset
        if isinstance(self.usecase, Unset):
            usecase = UNSET
        elif isinstance(self.usecase, str):
            usecase = self.usecase
        else:
            usecase = self.usecase

        sub_usecase: list[str] | str | Unset
        if isinstance(self.sub_usecase, Unset):
            sub_usecase = UNSET
        elif isinstance(self.sub_usecase, list):
            sub_usecase = self.sub_usecase

        else:
            sub_usecase = self.sub_usecase

        sub_usecases: list[str] | str | Unset
        if isinstance(self.sub_usecases, Unset):
            sub_usecases = UNSET
        elif isinstance(self.sub_usecases, list):
            sub_usecases = self.sub_usecases

        else:
            sub_usecases = self.sub_usecases

        vertical: str | Unset
        if isinstance(self.vertical, Unset):
            vertical = UNSET
        elif isinstance(self.vertical, str):
            vertical = self.vertical
        else:
            vertical = self.vertical

        description = self.description

        message_flow = self.message_flow

        help_message = self.help_message

        help_keywords = self.help_keywords

        optin_keywords = self.optin_keywords

        optin_message = self.optin_message

        optout_keywords = self.optout_keywords

        optout_message = self.optout_message

        sample1 = self.sample1

        sample2 = self.sample2

        sample3 = self.sample3

        sample4 = self.sample4

        sample5 = self.sample5

        terms_and_conditions_link = self.terms_and_conditions_link

        privacy_policy_link = self.privacy_policy_link

        campaign_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_attributes, Unset):
            campaign_attributes = self.campaign_attributes.to_dict()

        mno_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mno_metadata, Unset):
            mno_metadata = self.mno_metadata.to_dict()

        campaign_source: str | Unset
        if isinstance(self.campaign_source, Unset):
            campaign_source = UNSET
        elif isinstance(self.campaign_source, str):
            campaign_source = self.campaign_source
        else:
            campaign_source = self.campaign_source

        error_code: int | None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_reason: None | str | Unset
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "registration_status": registration_status,
            }
        )
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if campaign_alias is not UNSET:
            field_dict["campaign_alias"] = campaign_alias
        if reseller_id is not UNSET:
            field_dict["reseller_id"] = reseller_id
        if usecase is not UNSET:
            field_dict["usecase"] = usecase
        if sub_usecase is not UNSET:
            field_dict["sub_usecase"] = sub_usecase
        if sub_usecases is not UNSET:
            field_dict["sub_usecases"] = sub_usecases
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if description is not UNSET:
            field_dict["description"] = description
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
        if terms_and_conditions_link is not UNSET:
            field_dict["terms_and_conditions_link"] = terms_and_conditions_link
        if privacy_policy_link is not UNSET:
            field_dict["privacy_policy_link"] = privacy_policy_link
        if campaign_attributes is not UNSET:
            field_dict["campaign_attributes"] = campaign_attributes
        if mno_metadata is not UNSET:
            field_dict["mno_metadata"] = mno_metadata
        if campaign_source is not UNSET:
            field_dict["campaign_source"] = campaign_source
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_attributes import CampaignAttributes  # noqa: PLC0415
        from ..models.campaign_mno_metadata import CampaignMnoMetadata  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        def _parse_registration_status(data: object) -> CampaignRegistrationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registration_status_type_0 = check_campaign_registration_status(data)

                return registration_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignRegistrationStatus | str, data)

        registration_status = _parse_registration_status(d.pop("registration_status"))

        brand_id = d.pop("brand_id", UNSET)

        campaign_alias = d.pop("campaign_alias", UNSET)

        reseller_id = d.pop("reseller_id", UNSET)

        def _parse_usecase(data: object) -> CampaignUsecase | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                usecase_type_0 = check_campaign_usecase(data)

                return usecase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignUsecase | str | Unset, data)

        usecase = _parse_usecase(d.pop("usecase", UNSET))

        def _parse_sub_usecase(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_sub_usecase_list_type_1 = cast(list[str], data)

                return componentsschemas_sub_usecase_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        sub_usecase = _parse_sub_usecase(d.pop("sub_usecase", UNSET))

        def _parse_sub_usecases(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_sub_usecase_list_type_1 = cast(list[str], data)

                return componentsschemas_sub_usecase_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        sub_usecases = _parse_sub_usecases(d.pop("sub_usecases", UNSET))

        def _parse_vertical(data: object) -> str | Unset | Vertical:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vertical_type_0 = check_vertical(data)

                return vertical_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | Vertical, data)

        vertical = _parse_vertical(d.pop("vertical", UNSET))

        description = d.pop("description", UNSET)

        message_flow = d.pop("message_flow", UNSET)

        help_message = d.pop("help_message", UNSET)

        help_keywords = d.pop("help_keywords", UNSET)

        optin_keywords = d.pop("optin_keywords", UNSET)

        optin_message = d.pop("optin_message", UNSET)

        optout_keywords = d.pop("optout_keywords", UNSET)

        optout_message = d.pop("optout_message", UNSET)

        sample1 = d.pop("sample1", UNSET)

        sample2 = d.pop("sample2", UNSET)

        sample3 = d.pop("sample3", UNSET)

        sample4 = d.pop("sample4", UNSET)

        sample5 = d.pop("sample5", UNSET)

        terms_and_conditions_link = d.pop("terms_and_conditions_link", UNSET)

        privacy_policy_link = d.pop("privacy_policy_link", UNSET)

        _campaign_attributes = d.pop("campaign_attributes", UNSET)
        campaign_attributes: CampaignAttributes | Unset
        if isinstance(_campaign_attributes, Unset):
            campaign_attributes = UNSET
        else:
            campaign_attributes = CampaignAttributes.from_dict(_campaign_attributes)

        _mno_metadata = d.pop("mno_metadata", UNSET)
        mno_metadata: CampaignMnoMetadata | Unset
        if isinstance(_mno_metadata, Unset):
            mno_metadata = UNSET
        else:
            mno_metadata = CampaignMnoMetadata.from_dict(_mno_metadata)

        def _parse_campaign_source(data: object) -> CampaignSource | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                campaign_source_type_0 = check_campaign_source(data)

                return campaign_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignSource | str | Unset, data)

        campaign_source = _parse_campaign_source(d.pop("campaign_source", UNSET))

        def _parse_error_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_error_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_reason = _parse_error_reason(d.pop("error_reason", UNSET))

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(d.pop("error_description", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        campaign = cls(
            campaign_id=campaign_id,
            registration_status=registration_status,
            brand_id=brand_id,
            campaign_alias=campaign_alias,
            reseller_id=reseller_id,
            usecase=usecase,
            sub_usecase=sub_usecase,
            sub_usecases=sub_usecases,
            vertical=vertical,
            description=description,
            message_flow=message_flow,
            help_message=help_message,
            help_keywords=help_keywords,
            optin_keywords=optin_keywords,
            optin_message=optin_message,
            optout_keywords=optout_keywords,
            optout_message=optout_message,
            sample1=sample1,
            sample2=sample2,
            sample3=sample3,
            sample4=sample4,
            sample5=sample5,
            terms_and_conditions_link=terms_and_conditions_link,
            privacy_policy_link=privacy_policy_link,
            campaign_attributes=campaign_attributes,
            mno_metadata=mno_metadata,
            campaign_source=campaign_source,
            error_code=error_code,
            error_reason=error_reason,
            error_description=error_description,
            created_at=created_at,
        )

        campaign.additional_properties = d
        return campaign

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
