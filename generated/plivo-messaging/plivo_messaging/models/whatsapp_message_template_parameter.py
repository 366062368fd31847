from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_message_location import WhatsappMessageLocation
    from ..models.whatsapp_message_template_currency import WhatsappMessageTemplateCurrency
    from ..models.whatsapp_message_template_date_time import WhatsappMessageTemplateDateTime


T = TypeVar("T", bound="WhatsappMessageTemplateParameter")


@_attrs_define
class WhatsappMessageTemplateParameter:
    """One placeholder value; `type` says which of the other fields carries it."""

    type_: str
    """ `text`, `media`, `payload`, `currency`, `date_time` or `location`. """
    text: None | str | Unset = UNSET
    media: None | str | Unset = UNSET
    """ Public URL of an image, video or document. """
    payload: None | str | Unset = UNSET
    """ Payload returned when a quick-reply button is tapped. """
    currency: None | Unset | WhatsappMessageTemplateCurrency = UNSET
    date_time: None | Unset | WhatsappMessageTemplateDateTime = UNSET
    location: None | Unset | WhatsappMessageLocation = UNSET
    parameter_name: None | str | Unset = UNSET
    """ Name of the placeholder, for templates with named placeholders. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_message_location import WhatsappMessageLocation  # noqa: PLC0415
        from ..models.whatsapp_message_template_currency import WhatsappMessageTemplateCurrency  # noqa: PLC0415
        from ..models.whatsapp_message_template_date_time import WhatsappMessageTemplateDateTime  # noqa: PLC0415

        type_ = self.type_

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        media: None | str | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        else:
            media = self.media

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, WhatsappMessageTemplateCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        date_time: dict[str, Any] | None | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        elif isinstance(self.date_time, WhatsappMessageTemplateDateTime):
            date_time = self.date_time.to_dict()
        else:
            date_time = self.date_time

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, WhatsappMessageLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        parameter_name: None | str | Unset
        if isinstance(self.parameter_name, Unset):
            parameter_name = UNSET
        else:
            parameter_name = self.parameter_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if media is not UNSET:
            field_dict["media"] = media
        if payload is not UNSET:
            field_dict["payload"] = payload
        if currency is not UNSET:
            field_dict["currency"] = currency
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if location is not UNSET:
            field_dict["location"] = location
        if parameter_name is not UNSET:
            field_dict["parameter_name"] = parameter_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whatsapp_message_location import WhatsappMessageLocation  # noqa: PLC0415
        from ..models.whatsapp_message_template_currency import WhatsappMessageTemplateCurrency  # noqa: PLC0415
        from ..models.whatsapp_message_template_date_time import WhatsappMessageTemplateDateTime  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_media(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media = _parse_media(d.pop("media", UNSET))

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_currency(data: object) -> None | Unset | WhatsappMessageTemplateCurrency:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = WhatsappMessageTemplateCurrency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappMessageTemplateCurrency, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_date_time(data: object) -> None | Unset | WhatsappMessageTemplateDateTime:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                date_time_type_0 = WhatsappMessageTemplateDateTime.from_dict(data)

                return date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappMessageTemplateDateTime, data)

        date_time = _parse_date_time(d.pop("date_time", UNSET))

        def _parse_location(data: object) -> None | Unset | WhatsappMessageLocation:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = WhatsappMessageLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappMessageLocation, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_parameter_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parameter_name = _parse_parameter_name(d.pop("parameter_name", UNSET))

        whatsapp_message_template_parameter = cls(
            type_=type_,
            text=text,
            media=media,
            payload=payload,
            currency=currency,
            date_time=date_time,
            location=location,
            parameter_name=parameter_name,
        )

        whatsapp_message_template_parameter.additional_properties = d
        return whatsapp_message_template_parameter

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
