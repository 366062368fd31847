from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_usecase import CampaignUsecase, check_campaign_usecase

T = TypeVar("T", bound="BrandUsecase")


@_attrs_define
class BrandUsecase:
    """A campaign use case open to a brand."""

    name: str
    """ Display name. """
    code: CampaignUsecase | str
    """ Value to send as a campaign's `usecase`. """
    details: str
    """ What the use case covers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code: str
        if isinstance(self.code, str):
            code = self.code
        else:
            code = self.code

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_code(data: object) -> CampaignUsecase | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                code_type_0 = check_campaign_usecase(data)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignUsecase | str, data)

        code = _parse_code(d.pop("code"))

        details = d.pop("details")

        brand_usecase = cls(
            name=name,
            code=code,
            details=details,
        )

        brand_usecase.additional_properties = d
        return brand_usecase

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
