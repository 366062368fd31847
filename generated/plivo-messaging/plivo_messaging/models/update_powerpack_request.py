from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_type import ApplicationType, check_application_type
from ..models.boolean_string import BooleanString, check_boolean_string
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_priority import NumberPriority


T = TypeVar("T", bound="UpdatePowerpackRequest")


@_attrs_define
class UpdatePowerpackRequest:
    """The Powerpack fields to change; fields left out keep their value."""

    name: str | Unset = UNSET
    """ New name, unique within the account. """
    sticky_sender: bool | BooleanString | Unset = UNSET
    """ Keep using the same source number for every message to a given destination. """
    local_connect: bool | BooleanString | Unset = UNSET
    """ Prefer a source number local to the destination (same area code or region). """
    application_type: ApplicationType | str | Unset = UNSET
    """ Kind of application in `application_id`; needed whenever `application_id` names one. """
    application_id: str | Unset = UNSET
    """ XML application or PHLO for received messages; `none` detaches the current one. """
    number_priority: list[NumberPriority] | Unset = UNSET
    """ Replaces the whole number priority list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sticky_sender: bool | str | Unset
        if isinstance(self.sticky_sender, Unset):
            sticky_sender = UNSET
        elif isinstance(self.sticky_sender, str):
            sticky_sender = self.sticky_sender
        else:
            sticky_sender = self.sticky_sender

        local_connect: bool | str | Unset
        if isinstance(self.local_connect, Unset):
            local_connect = UNSET
        elif isinstance(self.local_connect, str):
            local_connect = self.local_connect
        else:
            local_connect = self.local_connect

        application_type: str | Unset
        if isinstance(self.application_type, Unset):
            application_type = UNSET
        elif isinstance(self.application_type, str):
            application_type = self.application_type
        else:
            application_type = self.application_type

        application_id = self.application_id

        number_priority: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.number_priority, Unset):
            number_priority = []
            for number_priority_item_data in self.number_priority:
                number_priority_item = number_priority_item_data.to_dict()
                number_priority.append(number_priority_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if sticky_sender is not UNSET:
            field_dict["sticky_sender"] = sticky_sender
        if local_connect is not UNSET:
            field_dict["local_connect"] = local_connect
        if application_type is not UNSET:
            field_dict["application_type"] = application_type
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if number_priority is not UNSET:
            field_dict["number_priority"] = number_priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_priority import NumberPriority  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_sticky_sender(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sticky_sender_type_1 = check_boolean_string(data)

                return sticky_sender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        sticky_sender = _parse_sticky_sender(d.pop("sticky_sender", UNSET))

        def _parse_local_connect(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                local_connect_type_1 = check_boolean_string(data)

                return local_connect_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        local_connect = _parse_local_connect(d.pop("local_connect", UNSET))

        def _parse_application_type(data: object) -> ApplicationType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_type_type_0 = check_application_type(data)

                return application_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationType | str | Unset, data)

        application_type = _parse_application_type(d.pop("application_type", UNSET))

        application_id = d.pop("application_id", UNSET)

        _number_priority = d.pop("number_priority", UNSET)
        number_priority: list[NumberPriority] | Unset = UNSET
        if _number_priority is not UNSET:
            number_priority = []
            for number_priority_item_data in _number_priority:
                number_priority_item = NumberPriority.from_dict(number_priority_item_data)

                number_priority.append(number_priority_item)

        update_powerpack_request = cls(
            name=name,
            sticky_sender=sticky_sender,
            local_connect=local_connect,
            application_type=application_type,
            application_id=application_id,
            number_priority=number_priority,
        )

        update_powerpack_request.additional_properties = d
        return update_powerpack_request

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
