from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_number_type import PoolNumberType, check_pool_number_type
from ..models.pool_service import PoolService, check_pool_service
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolTollfree")


@_attrs_define
class PoolTollfree:
    """A toll-free number in a pool. The number is in `number` (canonical, with `type` `tollfree`);
    some responses put it in `tollfree` instead and leave out `type` and
    `account_phone_number_resource`. The pool key may be `number_pool_uuid` or `numberpool_uuid`.

    """

    number: str
    """ A phone number in international form without `+`, digits with the country code. """
    type_: PoolNumberType | str
    """ Kind of number; other values than the listed ones may be met. """
    country_iso2: str
    """ Country of the number, ISO 3166-1 alpha-2 code. """
    added_on: datetime.datetime
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    account_phone_number_resource: str
    """ URI of the number in the account's Numbers API. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    tollfree: str | Unset = UNSET
    """ A phone number in international form without `+`, digits with the country code. """
    number_pool_uuid: UUID | Unset = UNSET
    numberpool_uuid: UUID | Unset = UNSET
    service: PoolService | str | Unset = UNSET
    """ Service the number is used for; other values than the listed ones may be met. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        country_iso2 = self.country_iso2

        added_on = self.added_on.isoformat()

        account_phone_number_resource = self.account_phone_number_resource

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        tollfree = self.tollfree

        number_pool_uuid: str | Unset = UNSET
        if not isinstance(self.number_pool_uuid, Unset):
            number_pool_uuid = str(self.number_pool_uuid)

        numberpool_uuid: str | Unset = UNSET
        if not isinstance(self.numberpool_uuid, Unset):
            numberpool_uuid = str(self.numberpool_uuid)

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
                "number": number,
                "type": type_,
                "country_iso2": country_iso2,
                "added_on": added_on,
                "account_phone_number_resource": account_phone_number_resource,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if tollfree is not UNSET:
            field_dict["tollfree"] = tollfree
        if number_pool_uuid is not UNSET:
            field_dict["number_pool_uuid"] = number_pool_uuid
        if numberpool_uuid is not UNSET:
            field_dict["numberpool_uuid"] = numberpool_uuid
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        def _parse_type_(data: object) -> PoolNumberType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_pool_number_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PoolNumberType | str, data)

        type_ = _parse_type_(d.pop("type"))

        country_iso2 = d.pop("country_iso2")

        added_on = datetime.datetime.fromisoformat(d.pop("added_on"))

        account_phone_number_resource = d.pop("account_phone_number_resource")

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        tollfree = d.pop("tollfree", UNSET)

        _number_pool_uuid = d.pop("number_pool_uuid", UNSET)
        number_pool_uuid: UUID | Unset
        if isinstance(_number_pool_uuid, Unset):
            number_pool_uuid = UNSET
        else:
            number_pool_uuid = UUID(_number_pool_uuid)

        _numberpool_uuid = d.pop("numberpool_uuid", UNSET)
        numberpool_uuid: UUID | Unset
        if isinstance(_numberpool_uuid, Unset):
            numberpool_uuid = UNSET
        else:
            numberpool_uuid = UUID(_numberpool_uuid)

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

        pool_tollfree = cls(
            number=number,
            type_=type_,
            country_iso2=country_iso2,
            added_on=added_on,
            account_phone_number_resource=account_phone_number_resource,
            api_id=api_id,
            tollfree=tollfree,
            number_pool_uuid=number_pool_uuid,
            numberpool_uuid=numberpool_uuid,
            service=service,
        )

        pool_tollfree.additional_properties = d
        return pool_tollfree

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
