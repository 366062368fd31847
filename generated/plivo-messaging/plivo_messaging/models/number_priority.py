from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority_service_type import PriorityServiceType, check_priority_service_type

if TYPE_CHECKING:
    from ..models.number_priority_order import NumberPriorityOrder


T = TypeVar("T", bound="NumberPriority")


@_attrs_define
class NumberPriority:
    """The order in which a Powerpack picks number types when sending a service to one destination
    country.

    """

    country_iso: str
    """ Destination country, ISO 3166-1 alpha-2 code. """
    service_type: PriorityServiceType
    """ Message service a number-priority rule applies to. """
    priority: NumberPriorityOrder
    """ Which kind of sender number to try first, second and third. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_iso = self.country_iso

        service_type: str = self.service_type

        priority = self.priority.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_iso": country_iso,
                "service_type": service_type,
                "priority": priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_priority_order import NumberPriorityOrder  # noqa: PLC0415

        d = dict(src_dict)
        country_iso = d.pop("country_iso")

        service_type = check_priority_service_type(d.pop("service_type"))

        priority = NumberPriorityOrder.from_dict(d.pop("priority"))

        number_priority = cls(
            country_iso=country_iso,
            service_type=service_type,
            priority=priority,
        )

        number_priority.additional_properties = d
        return number_priority

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
