from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whats_app_template_category import WhatsAppTemplateCategory, check_whats_app_template_category
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whats_app_template_component import WhatsAppTemplateComponent


T = TypeVar("T", bound="UpdateWhatsAppTemplateRequest")


@_attrs_define
class UpdateWhatsAppTemplateRequest:
    """The template parts to change (request shape unconfirmed); send at least one."""

    category: WhatsAppTemplateCategory | Unset = UNSET
    """ Meta's template category, which sets pricing and review rules. """
    components: list[WhatsAppTemplateComponent] | Unset = UNSET
    """ The new sections, replacing the old ones; a `BODY` is required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whats_app_template_component import WhatsAppTemplateComponent  # noqa: PLC0415

        d = dict(src_dict)
        _category = d.pop("category", UNSET)
        category: WhatsAppTemplateCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_whats_app_template_category(_category)

        _components = d.pop("components", UNSET)
        components: list[WhatsAppTemplateComponent] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = WhatsAppTemplateComponent.from_dict(components_item_data)

                components.append(components_item)

        update_whats_app_template_request = cls(
            category=category,
            components=components,
        )

        update_whats_app_template_request.additional_properties = d
        return update_whats_app_template_request

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
