from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_priority import NumberPriority


T = TypeVar("T", bound="Powerpack")


@_attrs_define
class Powerpack:
    """A Powerpack as Plivo returns it. Single-resource responses add `api_id` (not always).
    `application_id` is usually a numeric string, may be empty, and has been seen as a JSON number;
    `application_type` comes in any case (`XML`, `xml`) or empty. Older responses carry
    `smart_sender` in place of `sticky_sender`.

    """

    uuid: str
    """ The Powerpack's identifier, a UUID. """
    name: str
    """ Name of the Powerpack. """
    local_connect: bool
    """ Source numbers local to the destination are preferred. """
    application_type: str
    """ Kind of inbound application (`xml` or `phlo`, any case); empty when none. """
    application_id: int | str
    """ Inbound application or PHLO id; empty string when none. """
    number_pool: str
    """ URI of the Powerpack's number pool, `/v1/Account/{auth_id}/NumberPool/{number_pool_uuid}/`.
    The pool UUID is its last path segment.
     """
    created_on: datetime.datetime
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    sticky_sender: bool | Unset = UNSET
    """ The same source number is reused for every message to a given destination. """
    smart_sender: bool | Unset = UNSET
    """ Earlier name of `sticky_sender`, found in old responses. """
    number_priority: list[NumberPriority] | Unset = UNSET
    """ Per-country, per-service order of number types to send from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        local_connect = self.local_connect

        application_type = self.application_type

        application_id: int | str
        application_id = self.application_id

        number_pool = self.number_pool

        created_on = self.created_on.isoformat()

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        sticky_sender = self.sticky_sender

        smart_sender = self.smart_sender

        number_priority: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.number_priority, Unset):
            number_priority = []
            for number_priority_item_data in self.number_priority:
                number_priority_item = number_priority_item_data.to_dict()
                number_priority.append(number_priority_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "local_connect": local_connect,
                "application_type": application_type,
                "application_id": application_id,
                "number_pool": number_pool,
                "created_on": created_on,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if sticky_sender is not UNSET:
            field_dict["sticky_sender"] = sticky_sender
        if smart_sender is not UNSET:
            field_dict["smart_sender"] = smart_sender
        if number_priority is not UNSET:
            field_dict["number_priority"] = number_priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_priority import NumberPriority  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        local_connect = d.pop("local_connect")

        application_type = d.pop("application_type")

        def _parse_application_id(data: object) -> int | str:
            return cast(int | str, data)

        application_id = _parse_application_id(d.pop("application_id"))

        number_pool = d.pop("number_pool")

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        sticky_sender = d.pop("sticky_sender", UNSET)

        smart_sender = d.pop("smart_sender", UNSET)

        _number_priority = d.pop("number_priority", UNSET)
        number_priority: list[NumberPriority] | Unset = UNSET
        if _number_priority is not UNSET:
            number_priority = []
            for number_priority_item_data in _number_priority:
                number_priority_item = NumberPriority.from_dict(number_priority_item_data)

                number_priority.append(number_priority_item)

        powerpack = cls(
            uuid=uuid,
            name=name,
            local_connect=local_connect,
            application_type=application_type,
            application_id=application_id,
            number_pool=number_pool,
            created_on=created_on,
            api_id=api_id,
            sticky_sender=sticky_sender,
            smart_sender=smart_sender,
            number_priority=number_priority,
        )

        powerpack.additional_properties = d
        return powerpack

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
