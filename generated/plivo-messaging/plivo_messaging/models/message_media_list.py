from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_media import MessageMedia


T = TypeVar("T", bound="MessageMediaList")


@_attrs_define
class MessageMediaList:
    """The media of one message. Not paginated; some responses also echo the message UUID at the
    top level.

    """

    api_id: UUID
    """ Identifier Plivo gives each API request (a time-based UUID). """
    objects: list[MessageMedia]
    message_uuid: str | Unset = UNSET
    """ The message the media belong to, when echoed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_id = str(self.api_id)

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        message_uuid = self.message_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_id": api_id,
                "objects": objects,
            }
        )
        if message_uuid is not UNSET:
            field_dict["message_uuid"] = message_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_media import MessageMedia  # noqa: PLC0415

        d = dict(src_dict)
        api_id = UUID(d.pop("api_id"))

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = MessageMedia.from_dict(objects_item_data)

            objects.append(objects_item)

        message_uuid = d.pop("message_uuid", UNSET)

        message_media_list = cls(
            api_id=api_id,
            objects=objects,
            message_uuid=message_uuid,
        )

        message_media_list.additional_properties = d
        return message_media_list

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
