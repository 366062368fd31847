from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_service import PoolService, check_pool_service
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolShortcode")


@_attrs_define
class PoolShortcode:
    """A short code in a pool."""

    shortcode: str
    """ The short code. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    number_pool_uuid: UUID | Unset = UNSET
    service: PoolService | str | Unset = UNSET
    """ Service the short code is used for; other values than the listed ones may be met. """
    country_iso2: str | Unset = UNSET
    """ Country of the short code, ISO 3166-1 alpha-2 code. """
    added_on: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shortcode = self.shortcode

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        number_pool_uuid: str | Unset = UNSET
        if not isinstance(self.number_pool_uuid, Unset):
            number_pool_uuid = str(self.number_pool_uuid)

        service: str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, str):
            service = self.service
        else:
            service = self.service

        country_iso2 = self.country_iso2

        added_on: str | Unset = UNSET
        if not isinstance(self.added_on, Unset):
            added_on = self.added_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shortcode": shortcode,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if number_pool_uuid is not UNSET:
            field_dict["number_pool_uuid"] = number_pool_uuid
        if service is not UNSET:
            field_dict["service"] = service
        if country_iso2 is not UNSET:
            field_dict["country_iso2"] = country_iso2
        if added_on is not UNSET:
            field_dict["added_on"] = added_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shortcode = d.pop("shortcode")

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        _number_pool_uuid = d.pop("number_pool_uuid", UNSET)
        number_pool_uuid: UUID | Unset
        if isinstance(_number_pool_uuid, Unset):
            number_pool_uuid = UNSET
        else:
            number_pool_uuid = UUID(_number_pool_uuid)

        def _parse_service(data: object) -> PoolService | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_type_0 = check_pool_service(data)

                return service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PoolService | str | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        country_iso2 = d.pop("country_iso2", UNSET)

        _added_on = d.pop("added_on", UNSET)
        added_on: datetime.datetime | Unset
        if isinstance(_added_on, Unset):
            added_on = UNSET
        else:
            added_on = datetime.datetime.fromisoformat(_added_on)

        pool_shortcode = cls(
            shortcode=shortcode,
            api_id=api_id,
            number_pool_uuid=number_pool_uuid,
            service=service,
            country_iso2=country_iso2,
            added_on=added_on,
        )

        pool_shortcode.additional_properties = d
        return pool_shortcode

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
