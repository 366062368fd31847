from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_interactive_header_type import (
    WhatsappInteractiveHeaderType,
    check_whatsapp_interactive_header_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappInteractiveHeader")


@_attrs_define
class WhatsappInteractiveHeader:
    type_: None | Unset | WhatsappInteractiveHeaderType = UNSET
    text: None | str | Unset = UNSET
    """ Header text, for a `text` header. """
    media: None | str | Unset = UNSET
    """ Public URL of the image, video or document, for a media header. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        media: None | str | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        else:
            media = self.media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | Unset | WhatsappInteractiveHeaderType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_whatsapp_interactive_header_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappInteractiveHeaderType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_media(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media = _parse_media(d.pop("media", UNSET))

        whatsapp_interactive_header = cls(
            type_=type_,
            text=text,
            media=media,
        )

        whatsapp_interactive_header.additional_properties = d
        return whatsapp_interactive_header

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
