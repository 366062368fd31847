from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whats_app_template_category import WhatsAppTemplateCategory, check_whats_app_template_category
from ..models.whats_app_template_rejection_reason import (
    WhatsAppTemplateRejectionReason,
    check_whats_app_template_rejection_reason,
)
from ..models.whats_app_template_status import WhatsAppTemplateStatus, check_whats_app_template_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whats_app_template_component import WhatsAppTemplateComponent
    from ..models.whats_app_template_quality import WhatsAppTemplateQuality


T = TypeVar("T", bound="WhatsAppTemplate")


@_attrs_define
class WhatsAppTemplate:
    """A WhatsApp message template (fields unconfirmed). Single-template responses carry `api_id` at the
    top level.

    """

    template_id: str
    """ An identifier issued by Meta (WhatsApp Business Account, message template), digits sent as a string. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    name: str | Unset = UNSET
    """ Template name. """
    language: str | Unset = UNSET
    """ Language code. """
    category: str | Unset | WhatsAppTemplateCategory = UNSET
    """ Category; Meta may re-categorise a template. """
    status: str | Unset | WhatsAppTemplateStatus = UNSET
    """ Review state. """
    rejected_reason: None | str | Unset | WhatsAppTemplateRejectionReason = UNSET
    """ Why Meta rejected the template (field name unconfirmed). """
    quality_score: None | Unset | WhatsAppTemplateQuality = UNSET
    """ Quality rating; null or absent while the template is pending. """
    components: list[WhatsAppTemplateComponent] | Unset = UNSET
    """ The template's sections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whats_app_template_quality import WhatsAppTemplateQuality  # noqa: PLC0415

        template_id = self.template_id

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        name = self.name

        language = self.language

        category: str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, str):
            category = self.category
        else:
            category = self.category

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        rejected_reason: None | str | Unset
        if isinstance(self.rejected_reason, Unset):
            rejected_reason = UNSET
        elif isinstance(self.rejected_reason, str):
            rejected_reason = self.rejected_reason
        else:
            rejected_reason = self.rejected_reason

        quality_score: dict[str, Any] | None | Unset
        if isinstance(self.quality_score, Unset):
            quality_score = UNSET
        elif isinstance(self.quality_score, WhatsAppTemplateQuality):
            quality_score = self.quality_score.to_dict()
        else:
            quality_score = self.quality_score

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
                "template_id": template_id,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if category is not UNSET:
            field_dict["category"] = category
        if status is not UNSET:
            field_dict["status"] = status
        if rejected_reason is not UNSET:
            field_dict["rejected_reason"] = rejected_reason
        if quality_score is not UNSET:
            field_dict["quality_score"] = quality_score
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whats_app_template_component import WhatsAppTemplateComponent  # noqa: PLC0415
        from ..models.whats_app_template_quality import WhatsAppTemplateQuality  # noqa: PLC0415

        d = dict(src_dict)
        template_id = d.pop("template_id")

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        def _parse_category(data: object) -> str | Unset | WhatsAppTemplateCategory:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = check_whats_app_template_category(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WhatsAppTemplateCategory, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_status(data: object) -> str | Unset | WhatsAppTemplateStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_whats_app_template_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WhatsAppTemplateStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_rejected_reason(data: object) -> None | str | Unset | WhatsAppTemplateRejectionReason:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejected_reason_type_0 = check_whats_app_template_rejection_reason(data)

                return rejected_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | WhatsAppTemplateRejectionReason, data)

        rejected_reason = _parse_rejected_reason(d.pop("rejected_reason", UNSET))

        def _parse_quality_score(data: object) -> None | Unset | WhatsAppTemplateQuality:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quality_score_type_0 = WhatsAppTemplateQuality.from_dict(data)

                return quality_score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsAppTemplateQuality, data)

        quality_score = _parse_quality_score(d.pop("quality_score", UNSET))

        _components = d.pop("components", UNSET)
        components: list[WhatsAppTemplateComponent] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = WhatsAppTemplateComponent.from_dict(components_item_data)

                components.append(components_item)

        whats_app_template = cls(
            template_id=template_id,
            api_id=api_id,
            name=name,
            language=language,
            category=category,
            status=status,
            rejected_reason=rejected_reason,
            quality_score=quality_score,
            components=components,
        )

        whats_app_template.additional_properties = d
        return whats_app_template

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
