from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhatsappMessageTemplateCurrency")


@_attrs_define
class WhatsappMessageTemplateCurrency:
    """A money amount shown in a template."""

    fallback_value: str
    """ Text shown where the amount cannot be localised. """
    currency_code: str
    """ ISO 4217 currency code. """
    amount_1000: int
    """ Amount multiplied by 1,000 (`24900` is 24.90). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_value = self.fallback_value

        currency_code = self.currency_code

        amount_1000 = self.amount_1000

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fallback_value": fallback_value,
                "currency_code": currency_code,
                "amount_1000": amount_1000,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fallback_value = d.pop("fallback_value")

        currency_code = d.pop("currency_code")

        amount_1000 = d.pop("amount_1000")

        whatsapp_message_template_currency = cls(
            fallback_value=fallback_value,
            currency_code=currency_code,
            amount_1000=amount_1000,
        )

        whatsapp_message_template_currency.additional_properties = d
        return whatsapp_message_template_currency

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
