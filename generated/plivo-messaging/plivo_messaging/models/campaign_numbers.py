from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_usecase import CampaignUsecase, check_campaign_usecase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_number import CampaignNumber
    from ..models.campaign_number_status_counts import CampaignNumberStatusCounts


T = TypeVar("T", bound="CampaignNumbers")


@_attrs_define
class CampaignNumbers:
    """A campaign's linked numbers with some campaign details. Not a standard list envelope: there is no
    `meta`, and `phone_numbers_summary` and `number_pool_limit` appear only on some responses.

    """

    campaign_id: str
    """ The Campaign Registry's campaign identifier, letters and digits. Observed values are `C`
    followed by six upper-case letters or digits (`CMX4T8Q`), but that form is not documented as a
    rule.
     """
    phone_numbers: list[CampaignNumber]
    """ The numbers on this page. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    campaign_alias: str | Unset = UNSET
    """ Your name for the campaign. """
    usecase: CampaignUsecase | str | Unset = UNSET
    """ The campaign's use case. """
    phone_numbers_summary: CampaignNumberStatusCounts | Unset = UNSET
    """ How many of the campaign's numbers are in each linking state. """
    number_pool_limit: int | Unset = UNSET
    """ How many numbers the campaign may have. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        campaign_alias = self.campaign_alias

        usecase: str | Unset
        if isinstance(self.usecase, Unset):
            usecase = UNSET
        elif isinstance(self.usecase, str):
            usecase = self.usecase
        else:
            usecase = self.usecase

        phone_numbers_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_numbers_summary, Unset):
            phone_numbers_summary = self.phone_numbers_summary.to_dict()

        number_pool_limit = self.number_pool_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "phone_numbers": phone_numbers,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if campaign_alias is not UNSET:
            field_dict["campaign_alias"] = campaign_alias
        if usecase is not UNSET:
            field_dict["usecase"] = usecase
        if phone_numbers_summary is not UNSET:
            field_dict["phone_numbers_summary"] = phone_numbers_summary
        if number_pool_limit is not UNSET:
            field_dict["number_pool_limit"] = number_pool_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_number import CampaignNumber  # noqa: PLC0415
        from ..models.campaign_number_status_counts import CampaignNumberStatusCounts  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        phone_numbers = []
        _phone_numbers = d.pop("phone_numbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = CampaignNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        campaign_alias = d.pop("campaign_alias", UNSET)

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

        _phone_numbers_summary = d.pop("phone_numbers_summary", UNSET)
        phone_numbers_summary: CampaignNumberStatusCounts | Unset
        if isinstance(_phone_numbers_summary, Unset):
            phone_numbers_summary = UNSET
        else:
            phone_numbers_summary = CampaignNumberStatusCounts.from_dict(_phone_numbers_summary)

        number_pool_limit = d.pop("number_pool_limit", UNSET)

        campaign_numbers = cls(
            campaign_id=campaign_id,
            phone_numbers=phone_numbers,
            api_id=api_id,
            campaign_alias=campaign_alias,
            usecase=usecase,
            phone_numbers_summary=phone_numbers_summary,
            number_pool_limit=number_pool_limit,
        )

        campaign_numbers.additional_properties = d
        return campaign_numbers

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
