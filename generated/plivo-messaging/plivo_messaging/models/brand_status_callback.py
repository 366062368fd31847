from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand_callback_status import BrandCallbackStatus, check_brand_callback_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrandStatusCallback")


@_attrs_define
class BrandStatusCallback:
    """Fields of a brand registration event. Unconfirmed: Plivo does not document the field names; these
    are the expected ones. All values arrive as strings and further fields may be present.

    """

    brand_id: str | Unset = UNSET
    """ The brand the event is about. """
    status: BrandCallbackStatus | str | Unset = UNSET
    """ The registration event (`created`, `registered`, `rejected`). """
    reason: str | Unset = UNSET
    """ Why the registration was rejected, when it was. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_id = d.pop("brand_id", UNSET)

        def _parse_status(data: object) -> BrandCallbackStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_brand_callback_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandCallbackStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        reason = d.pop("reason", UNSET)

        brand_status_callback = cls(
            brand_id=brand_id,
            status=status,
            reason=reason,
        )

        brand_status_callback.additional_properties = d
        return brand_status_callback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
