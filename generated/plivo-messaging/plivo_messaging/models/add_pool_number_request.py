from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString, check_boolean_string
from ..models.pool_service import PoolService, check_pool_service
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddPoolNumberRequest")


@_attrs_define
class AddPoolNumberRequest:
    """How to add a long-code number to a pool."""

    service: PoolService | Unset = UNSET
    """ Message service a pool number is used for. """
    rent: bool | BooleanString | Unset = False
    """ Rent the number first, then add it ("buy and add"). SDKs send this as the string
    "true"/"false"; a JSON boolean is read the same way.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service: str | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service

        rent: bool | str | Unset
        if isinstance(self.rent, Unset):
            rent = UNSET
        elif isinstance(self.rent, str):
            rent = self.rent
        else:
            rent = self.rent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service is not UNSET:
            field_dict["service"] = service
        if rent is not UNSET:
            field_dict["rent"] = rent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _service = d.pop("service", UNSET)
        service: PoolService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = check_pool_service(_service)

        def _parse_rent(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rent_type_1 = check_boolean_string(data)

                return rent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        rent = _parse_rent(d.pop("rent", UNSET))

        add_pool_number_request = cls(
            service=service,
            rent=rent,
        )

        add_pool_number_request.additional_properties = d
        return add_pool_number_request

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
