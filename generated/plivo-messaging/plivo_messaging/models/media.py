from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Media")


@_attrs_define
class Media:
    """An uploaded file. Only `media_id` is always present: some responses name the URL `url`
    instead of `media_url`, and list pages may carry `message_uuid` without `file_name` and
    `upload_time`.

    """

    media_id: UUID
    content_type: str
    """ MIME type of the file. """
    size: int
    """ Size in bytes. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    file_name: str | Unset = UNSET
    """ Name of the uploaded file. """
    media_url: str | Unset = UNSET
    """ Where the file is served from. """
    url: str | Unset = UNSET
    """ The same URL under another name, seen in some responses. """
    upload_time: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    message_uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = str(self.media_id)

        content_type = self.content_type

        size = self.size

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        file_name = self.file_name

        media_url = self.media_url

        url = self.url

        upload_time: str | Unset = UNSET
        if not isinstance(self.upload_time, Unset):
            upload_time = self.upload_time.isoformat()

        message_uuid: str | Unset = UNSET
        if not isinstance(self.message_uuid, Unset):
            message_uuid = str(self.message_uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "content_type": content_type,
                "size": size,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if url is not UNSET:
            field_dict["url"] = url
        if upload_time is not UNSET:
            field_dict["upload_time"] = upload_time
        if message_uuid is not UNSET:
            field_dict["message_uuid"] = message_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_id = UUID(d.pop("media_id"))

        content_type = d.pop("content_type")

        size = d.pop("size")

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        file_name = d.pop("file_name", UNSET)

        media_url = d.pop("media_url", UNSET)

        url = d.pop("url", UNSET)

        _upload_time = d.pop("upload_time", UNSET)
        upload_time: datetime.datetime | Unset
        if isinstance(_upload_time, Unset):
            upload_time = UNSET
        else:
            upload_time = datetime.datetime.fromisoformat(_upload_time)

        _message_uuid = d.pop("message_uuid", UNSET)
        message_uuid: UUID | Unset
        if isinstance(_message_uuid, Unset):
            message_uuid = UNSET
        else:
            message_uuid = UUID(_message_uuid)

        media = cls(
            media_id=media_id,
            content_type=content_type,
            size=size,
            api_id=api_id,
            file_name=file_name,
            media_url=media_url,
            url=url,
            upload_time=upload_time,
            message_uuid=message_uuid,
        )

        media.additional_properties = d
        return media

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
