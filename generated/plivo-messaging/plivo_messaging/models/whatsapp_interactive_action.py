from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_interactive_button import WhatsappInteractiveButton
    from ..models.whatsapp_interactive_section import WhatsappInteractiveSection


T = TypeVar("T", bound="WhatsappInteractiveAction")


@_attrs_define
class WhatsappInteractiveAction:
    """The buttons (reply or link) or the list sections of an interactive message."""

    buttons: list[WhatsappInteractiveButton] | Unset = UNSET
    sections: list[WhatsappInteractiveSection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whatsapp_interactive_button import WhatsappInteractiveButton  # noqa: PLC0415
        from ..models.whatsapp_interactive_section import WhatsappInteractiveSection  # noqa: PLC0415

        d = dict(src_dict)
        _buttons = d.pop("buttons", UNSET)
        buttons: list[WhatsappInteractiveButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = WhatsappInteractiveButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        _sections = d.pop("sections", UNSET)
        sections: list[WhatsappInteractiveSection] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = WhatsappInteractiveSection.from_dict(sections_item_data)

                sections.append(sections_item)

        whatsapp_interactive_action = cls(
            buttons=buttons,
            sections=sections,
        )

        whatsapp_interactive_action.additional_properties = d
        return whatsapp_interactive_action

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
