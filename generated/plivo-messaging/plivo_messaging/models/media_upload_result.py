from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaUploadResult")


@_attrs_define
class MediaUploadResult:
    """Outcome for one uploaded file; the media fields are present when it was stored."""

    status: str
    """ `success`, or a text saying why the file was refused. """
    status_code: int | Unset = UNSET
    """ `201` for a stored file. """
    media_id: UUID | Unset = UNSET
    content_type: str | Unset = UNSET
    file_name: str | Unset = UNSET
    media_url: str | Unset = UNSET
    """ Where the stored file can be fetched (the name Plivo's documentation gives). """
    url: str | Unset = UNSET
    """ The same URL under the name plivo-go reads for an upload result (`MediaUploadResponse.URL`,
    tag `url`), while its media objects read `media_url`. Evidence is split: which name Plivo
    sends in upload results is unconfirmed, so read either.
     """
    size: int | Unset = UNSET
    upload_time: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    error_code: int | None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_code = self.status_code

        media_id: str | Unset = UNSET
        if not isinstance(self.media_id, Unset):
            media_id = str(self.media_id)

        content_type = self.content_type

        file_name = self.file_name

        media_url = self.media_url

        url = self.url

        size = self.size

        upload_time: str | Unset = UNSET
        if not isinstance(self.upload_time, Unset):
            upload_time = self.upload_time.isoformat()

        error_code: int | None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size
        if upload_time is not UNSET:
            field_dict["upload_time"] = upload_time
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        status_code = d.pop("status_code", UNSET)

        _media_id = d.pop("media_id", UNSET)
        media_id: UUID | Unset
        if isinstance(_media_id, Unset):
            media_id = UNSET
        else:
            media_id = UUID(_media_id)

        content_type = d.pop("content_type", UNSET)

        file_name = d.pop("file_name", UNSET)

        media_url = d.pop("media_url", UNSET)

        url = d.pop("url", UNSET)

        size = d.pop("size", UNSET)

        _upload_time = d.pop("upload_time", UNSET)
        upload_time: datetime.datetime | Unset
        if isinstance(_upload_time, Unset):
            upload_time = UNSET
        else:
            upload_time = datetime.datetime.fromisoformat(_upload_time)

        def _parse_error_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        media_upload_result = cls(
            status=status,
            status_code=status_code,
            media_id=media_id,
            content_type=content_type,
            file_name=file_name,
            media_url=media_url,
            url=url,
            size=size,
            upload_time=upload_time,
            error_code=error_code,
            error_message=error_message,
        )

        media_upload_result.additional_properties = d
        return media_upload_result

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
