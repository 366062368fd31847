from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageMedia")


@_attrs_define
class MessageMedia:
    """A file attached to a message. Some SDK samples name the URL `url` instead of `media_url`
    and send `size` as a string; read both.

    """

    media_id: UUID
    message_uuid: UUID
    content_type: str
    """ MIME type of the file. """
    media_url: str
    """ Where the file is served from. """
    size: int | str
    """ Size in bytes. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    url: str | Unset = UNSET
    """ The same URL under another name, seen in some responses. """
    file_name: str | Unset = UNSET
    upload_time: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = str(self.media_id)

        message_uuid = str(self.message_uuid)

        content_type = self.content_type

        media_url = self.media_url

        size: int | str
        size = self.size

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        url = self.url

        file_name = self.file_name

        upload_time: str | Unset = UNSET
        if not isinstance(self.upload_time, Unset):
            upload_time = self.upload_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "message_uuid": message_uuid,
                "content_type": content_type,
                "media_url": media_url,
                "size": size,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if url is not UNSET:
            field_dict["url"] = url
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if upload_time is not UNSET:
            field_dict["upload_time"] = upload_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_id = UUID(d.pop("media_id"))

        message_uuid = UUID(d.pop("message_uuid"))

        content_type = d.pop("content_type")

        media_url = d.pop("media_url")

        def _parse_size(data: object) -> int | str:
            return cast(int | str, data)

        size = _parse_size(d.pop("size"))

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        url = d.pop("url", UNSET)

        file_name = d.pop("file_name", UNSET)

        _upload_time = d.pop("upload_time", UNSET)
        upload_time: datetime.datetime | Unset
        if isinstance(_upload_time, Unset):
            upload_time = UNSET
        else:
            upload_time = datetime.datetime.fromisoformat(_upload_time)

        message_media = cls(
            media_id=media_id,
            message_uuid=message_uuid,
            content_type=content_type,
            media_url=media_url,
            size=size,
            api_id=api_id,
            url=url,
            file_name=file_name,
            upload_time=upload_time,
        )

        message_media.additional_properties = d
        return message_media

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
