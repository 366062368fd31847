from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_message_template_card import WhatsappMessageTemplateCard
    from ..models.whatsapp_message_template_parameter import WhatsappMessageTemplateParameter


T = TypeVar("T", bound="WhatsappMessageTemplateComponent")


@_attrs_define
class WhatsappMessageTemplateComponent:
    """Placeholder values for one part of a template."""

    type_: str
    """ Template part, such as `header`, `body`, `button` or `carousel`. """
    sub_type: None | str | Unset = UNSET
    """ Kind of button, such as `url` or `quick_reply`. """
    index: None | str | Unset = UNSET
    """ Position of the button within the template, from `"0"`. """
    parameters: list[WhatsappMessageTemplateParameter] | None | Unset = UNSET
    """ Values of the part's placeholders; `null` (sent by plivo-go when unset) means none. """
    cards: list[WhatsappMessageTemplateCard] | Unset = UNSET
    """ Per-card values of a carousel template. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        index: None | str | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, list):
            parameters = []
            for parameters_type_0_item_data in self.parameters:
                parameters_type_0_item = parameters_type_0_item_data.to_dict()
                parameters.append(parameters_type_0_item)

        else:
            parameters = self.parameters

        cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cards, Unset):
            cards = []
            for cards_item_data in self.cards:
                cards_item = cards_item_data.to_dict()
                cards.append(cards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if index is not UNSET:
            field_dict["index"] = index
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if cards is not UNSET:
            field_dict["cards"] = cards

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whatsapp_message_template_card import WhatsappMessageTemplateCard  # noqa: PLC0415
        from ..models.whatsapp_message_template_parameter import WhatsappMessageTemplateParameter  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_sub_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_type = _parse_sub_type(d.pop("sub_type", UNSET))

        def _parse_index(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        def _parse_parameters(data: object) -> list[WhatsappMessageTemplateParameter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameters_type_0 = []
                _parameters_type_0 = data
                for parameters_type_0_item_data in _parameters_type_0:
                    parameters_type_0_item = WhatsappMessageTemplateParameter.from_dict(parameters_type_0_item_data)

                    parameters_type_0.append(parameters_type_0_item)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WhatsappMessageTemplateParameter] | None | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        _cards = d.pop("cards", UNSET)
        cards: list[WhatsappMessageTemplateCard] | Unset = UNSET
        if _cards is not UNSET:
            cards = []
            for cards_item_data in _cards:
                cards_item = WhatsappMessageTemplateCard.from_dict(cards_item_data)

                cards.append(cards_item)

        whatsapp_message_template_component = cls(
            type_=type_,
            sub_type=sub_type,
            index=index,
            parameters=parameters,
            cards=cards,
        )

        whatsapp_message_template_component.additional_properties = d
        return whatsapp_message_template_component

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
