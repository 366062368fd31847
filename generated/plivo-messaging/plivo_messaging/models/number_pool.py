from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberPool")


@_attrs_define
class NumberPool:
    """A Powerpack's number pool, pointing to its member lists."""

    uuid: UUID
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    numbers: str | Unset = UNSET
    """ URI of the pool's long-code number list. """
    shortcodes: str | Unset = UNSET
    """ URI of the pool's short-code list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        numbers = self.numbers

        shortcodes = self.shortcodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if shortcodes is not UNSET:
            field_dict["shortcodes"] = shortcodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        numbers = d.pop("numbers", UNSET)

        shortcodes = d.pop("shortcodes", UNSET)

        number_pool = cls(
            uuid=uuid,
            api_id=api_id,
            numbers=numbers,
            shortcodes=shortcodes,
        )

        number_pool.additional_properties = d
        return number_pool

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
