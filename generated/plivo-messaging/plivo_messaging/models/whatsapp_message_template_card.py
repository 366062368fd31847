from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_message_template_component import WhatsappMessageTemplateComponent


T = TypeVar("T", bound="WhatsappMessageTemplateCard")


@_attrs_define
class WhatsappMessageTemplateCard:
    """Placeholder values for one card of a carousel template."""

    card_index: int
    components: list[WhatsappMessageTemplateComponent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_index = self.card_index

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_index": card_index,
            }
        )
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whatsapp_message_template_component import WhatsappMessageTemplateComponent  # noqa: PLC0415

        d = dict(src_dict)
        card_index = d.pop("card_index")

        _components = d.pop("components", UNSET)
        components: list[WhatsappMessageTemplateComponent] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = WhatsappMessageTemplateComponent.from_dict(components_item_data)

                components.append(components_item)

        whatsapp_message_template_card = cls(
            card_index=card_index,
            components=components,
        )

        whatsapp_message_template_card.additional_properties = d
        return whatsapp_message_template_card

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
