from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whats_app_template_component_type import (
    WhatsAppTemplateComponentType,
    check_whats_app_template_component_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whats_app_template_button import WhatsAppTemplateButton
    from ..models.whats_app_template_example import WhatsAppTemplateExample


T = TypeVar("T", bound="WhatsAppTemplateComponent")


@_attrs_define
class WhatsAppTemplateComponent:
    """One section of a template, in Meta's format: a `HEADER` (text or media), the `BODY` with `{{n}}`
    placeholders, a `FOOTER`, or `BUTTONS`. `example` holds sample values Meta needs to review
    placeholders.

    """

    type_: WhatsAppTemplateComponentType
    """ Section of a template. """
    format_: str | Unset = UNSET
    """ Header format (`TEXT`, `IMAGE`, `VIDEO`, `DOCUMENT`, `LOCATION`). """
    text: str | Unset = UNSET
    """ Text of the section, with `{{1}}`, `{{2}}` … placeholders. """
    buttons: list[WhatsAppTemplateButton] | Unset = UNSET
    """ Buttons of a `BUTTONS` section (quick reply, URL, phone number, copy code …), in Meta's format. """
    example: WhatsAppTemplateExample | Unset = UNSET
    """ Sample values for the placeholders, in Meta's format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        format_ = self.format_

        text = self.text

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if text is not UNSET:
            field_dict["text"] = text
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if example is not UNSET:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whats_app_template_button import WhatsAppTemplateButton  # noqa: PLC0415
        from ..models.whats_app_template_example import WhatsAppTemplateExample  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_whats_app_template_component_type(d.pop("type"))

        format_ = d.pop("format", UNSET)

        text = d.pop("text", UNSET)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[WhatsAppTemplateButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = WhatsAppTemplateButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        _example = d.pop("example", UNSET)
        example: WhatsAppTemplateExample | Unset
        if isinstance(_example, Unset):
            example = UNSET
        else:
            example = WhatsAppTemplateExample.from_dict(_example)

        whats_app_template_component = cls(
            type_=type_,
            format_=format_,
            text=text,
            buttons=buttons,
            example=example,
        )

        whats_app_template_component.additional_properties = d
        return whats_app_template_component

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
