from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whats_app_template_category import WhatsAppTemplateCategory, check_whats_app_template_category

if TYPE_CHECKING:
    from ..models.whats_app_template_component import WhatsAppTemplateComponent


T = TypeVar("T", bound="CreateWhatsAppTemplateRequest")


@_attrs_define
class CreateWhatsAppTemplateRequest:
    """A template to submit to Meta (request shape unconfirmed)."""

    name: str
    """ Template name, lower-case letters, digits and underscores, unique within the account. """
    language: str
    """ Language code of this translation (`en`, `en_US`, `pt_BR`). """
    category: WhatsAppTemplateCategory
    """ Meta's template category, which sets pricing and review rules. """
    components: list[WhatsAppTemplateComponent]
    """ The template's sections, in display order; a `BODY` is required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        category: str = self.category

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "category": category,
                "components": components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whats_app_template_component import WhatsAppTemplateComponent  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        category = check_whats_app_template_category(d.pop("category"))

        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = WhatsAppTemplateComponent.from_dict(components_item_data)

            components.append(components_item)

        create_whats_app_template_request = cls(
            name=name,
            language=language,
            category=category,
            components=components,
        )

        create_whats_app_template_request.additional_properties = d
        return create_whats_app_template_request

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
