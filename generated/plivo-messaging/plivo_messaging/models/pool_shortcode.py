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
    number_pool_uuid: UUID
    country_iso2: str
    """ Country of the short code, ISO 3166-1 alpha-2 code. """
    added_on: datetime.datetime
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    service: PoolService | str | Unset = UNSET
    """ Service the short code is used for; other values than the listed ones may be met. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shortcode = self.shortcode

        number_pool_uuid = str(self.number_pool_uuid)

        country_iso2 = self.country_iso2

        added_on = self.added_on.isoformat()

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        service: str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, str):
            service = self.service
        else:
            service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shortcode": shortcode,
                "number_pool_uuid": number_pool_uuid,
                "country_iso2": country_iso2,
                "added_on": added_on,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shortcode = d.pop("shortcode")

        number_pool_uuid = UUID(d.pop("number_pool_uuid"))

        country_iso2 = d.pop("country_iso2")

        added_on = datetime.datetime.fromisoformat(d.pop("added_on"))

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

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

        pool_shortcode = cls(
            shortcode=shortcode,
            number_pool_uuid=number_pool_uuid,
            country_iso2=country_iso2,
            added_on=added_on,
            api_id=api_id,
            service=service,
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
