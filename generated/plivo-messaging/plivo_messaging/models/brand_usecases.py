from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_usecase import BrandUsecase


T = TypeVar("T", bound="BrandUsecases")


@_attrs_define
class BrandUsecases:
    """The campaign use cases open to a brand."""

    brand_id: str
    """ The Campaign Registry's brand identifier, letters and digits. Observed values are `B` followed
    by six upper-case letters or digits (`B7QK2ZD`), but that form is not documented as a rule.
     """
    use_cases: list[BrandUsecase]
    """ Use cases, in Plivo's order. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        use_cases = []
        for use_cases_item_data in self.use_cases:
            use_cases_item = use_cases_item_data.to_dict()
            use_cases.append(use_cases_item)

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "use_cases": use_cases,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.brand_usecase import BrandUsecase  # noqa: PLC0415

        d = dict(src_dict)
        brand_id = d.pop("brand_id")

        use_cases = []
        _use_cases = d.pop("use_cases")
        for use_cases_item_data in _use_cases:
            use_cases_item = BrandUsecase.from_dict(use_cases_item_data)

            use_cases.append(use_cases_item)

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        brand_usecases = cls(
            brand_id=brand_id,
            use_cases=use_cases,
            api_id=api_id,
        )

        brand_usecases.additional_properties = d
        return brand_usecases

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
