from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whats_app_template_quality_rating import (
    WhatsAppTemplateQualityRating,
    check_whats_app_template_quality_rating,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsAppTemplateQuality")


@_attrs_define
class WhatsAppTemplateQuality:
    """Meta's quality rating of a template."""

    score: str | Unset | WhatsAppTemplateQualityRating = UNSET
    """ Rating. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score: str | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        elif isinstance(self.score, str):
            score = self.score
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_score(data: object) -> str | Unset | WhatsAppTemplateQualityRating:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                score_type_0 = check_whats_app_template_quality_rating(data)

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WhatsAppTemplateQualityRating, data)

        score = _parse_score(d.pop("score", UNSET))

        whats_app_template_quality = cls(
            score=score,
        )

        whats_app_template_quality.additional_properties = d
        return whats_app_template_quality

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
