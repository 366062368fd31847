from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_message_template_component import WhatsappMessageTemplateComponent


T = TypeVar("T", bound="WhatsappMessageTemplate")


@_attrs_define
class WhatsappMessageTemplate:
    """An approved WhatsApp template and the values for its placeholders."""

    name: str
    """ Name of the approved template. """
    language: str
    """ Language code the template was approved in (`en`, `en_US`, `pt_BR`). """
    components: list[WhatsappMessageTemplateComponent] | None | Unset = UNSET
    """ Values for the header, body, buttons or carousel cards of the template. `null` (what
    plivo-go sends when none are set) means none.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        components: list[dict[str, Any]] | None | Unset
        if isinstance(self.components, Unset):
            components = UNSET
        elif isinstance(self.components, list):
            components = []
            for components_type_0_item_data in self.components:
                components_type_0_item = components_type_0_item_data.to_dict()
                components.append(components_type_0_item)

        else:
            components = self.components

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
            }
        )
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whatsapp_message_template_component import WhatsappMessageTemplateComponent  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        def _parse_components(data: object) -> list[WhatsappMessageTemplateComponent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                components_type_0 = []
                _components_type_0 = data
                for components_type_0_item_data in _components_type_0:
                    components_type_0_item = WhatsappMessageTemplateComponent.from_dict(components_type_0_item_data)

                    components_type_0.append(components_type_0_item)

                return components_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WhatsappMessageTemplateComponent] | None | Unset, data)

        components = _parse_components(d.pop("components", UNSET))

        whatsapp_message_template = cls(
            name=name,
            language=language,
            components=components,
        )

        whatsapp_message_template.additional_properties = d
        return whatsapp_message_template

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
