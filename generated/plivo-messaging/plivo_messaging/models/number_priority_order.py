from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority_number_type import PriorityNumberType, check_priority_number_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberPriorityOrder")


@_attrs_define
class NumberPriorityOrder:
    """Which kind of sender number to try first, second and third."""

    priority1: PriorityNumberType
    """ Kind of sender number ranked in a Powerpack's number priority. """
    priority2: None | PriorityNumberType | Unset = UNSET
    """ Second choice; `null` (sent by plivo-go when unset) means none. """
    priority3: None | PriorityNumberType | Unset = UNSET
    """ Third choice; `null` (sent by plivo-go when unset) means none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority1: str = self.priority1

        priority2: None | str | Unset
        if isinstance(self.priority2, Unset):
            priority2 = UNSET
        elif isinstance(self.priority2, str):
            priority2 = self.priority2
        else:
            priority2 = self.priority2

        priority3: None | str | Unset
        if isinstance(self.priority3, Unset):
            priority3 = UNSET
        elif isinstance(self.priority3, str):
            priority3 = self.priority3
        else:
            priority3 = self.priority3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priority1": priority1,
            }
        )
        if priority2 is not UNSET:
            field_dict["priority2"] = priority2
        if priority3 is not UNSET:
            field_dict["priority3"] = priority3

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        priority1 = check_priority_number_type(d.pop("priority1"))

        def _parse_priority2(data: object) -> None | PriorityNumberType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority2_type_0 = check_priority_number_type(data)

                return priority2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PriorityNumberType | Unset, data)

        priority2 = _parse_priority2(d.pop("priority2", UNSET))

        def _parse_priority3(data: object) -> None | PriorityNumberType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority3_type_0 = check_priority_number_type(data)

                return priority3_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PriorityNumberType | Unset, data)

        priority3 = _parse_priority3(d.pop("priority3", UNSET))

        number_priority_order = cls(
            priority1=priority1,
            priority2=priority2,
            priority3=priority3,
        )

        number_priority_order.additional_properties = d
        return number_priority_order

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
