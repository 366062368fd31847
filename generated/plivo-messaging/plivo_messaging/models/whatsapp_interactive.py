from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_interactive_action import WhatsappInteractiveAction
    from ..models.whatsapp_interactive_body import WhatsappInteractiveBody
    from ..models.whatsapp_interactive_footer import WhatsappInteractiveFooter
    from ..models.whatsapp_interactive_header import WhatsappInteractiveHeader


T = TypeVar("T", bound="WhatsappInteractive")


@_attrs_define
class WhatsappInteractive:
    """A WhatsApp interactive message: reply buttons (`button`), a list (`list`) or a link button
    (`cta_url`). WhatsApp's own limits apply (three reply buttons, ten list rows). The Python
    SDK sends `null` for parts that are not set.

    """

    type_: str
    """ `button`, `list` or `cta_url`. """
    header: None | Unset | WhatsappInteractiveHeader = UNSET
    body: None | Unset | WhatsappInteractiveBody = UNSET
    footer: None | Unset | WhatsappInteractiveFooter = UNSET
    action: None | Unset | WhatsappInteractiveAction = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.whatsapp_interactive_action import WhatsappInteractiveAction  # noqa: PLC0415
        from ..models.whatsapp_interactive_body import WhatsappInteractiveBody  # noqa: PLC0415
        from ..models.whatsapp_interactive_footer import WhatsappInteractiveFooter  # noqa: PLC0415
        from ..models.whatsapp_interactive_header import WhatsappInteractiveHeader  # noqa: PLC0415

        type_ = self.type_

        header: dict[str, Any] | None | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        elif isinstance(self.header, WhatsappInteractiveHeader):
            header = self.header.to_dict()
        else:
            header = self.header

        body: dict[str, Any] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, WhatsappInteractiveBody):
            body = self.body.to_dict()
        else:
            body = self.body

        footer: dict[str, Any] | None | Unset
        if isinstance(self.footer, Unset):
            footer = UNSET
        elif isinstance(self.footer, WhatsappInteractiveFooter):
            footer = self.footer.to_dict()
        else:
            footer = self.footer

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, WhatsappInteractiveAction):
            action = self.action.to_dict()
        else:
            action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if header is not UNSET:
            field_dict["header"] = header
        if body is not UNSET:
            field_dict["body"] = body
        if footer is not UNSET:
            field_dict["footer"] = footer
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whatsapp_interactive_action import WhatsappInteractiveAction  # noqa: PLC0415
        from ..models.whatsapp_interactive_body import WhatsappInteractiveBody  # noqa: PLC0415
        from ..models.whatsapp_interactive_footer import WhatsappInteractiveFooter  # noqa: PLC0415
        from ..models.whatsapp_interactive_header import WhatsappInteractiveHeader  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_header(data: object) -> None | Unset | WhatsappInteractiveHeader:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                header_type_0 = WhatsappInteractiveHeader.from_dict(data)

                return header_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappInteractiveHeader, data)

        header = _parse_header(d.pop("header", UNSET))

        def _parse_body(data: object) -> None | Unset | WhatsappInteractiveBody:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_0 = WhatsappInteractiveBody.from_dict(data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappInteractiveBody, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_footer(data: object) -> None | Unset | WhatsappInteractiveFooter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                footer_type_0 = WhatsappInteractiveFooter.from_dict(data)

                return footer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappInteractiveFooter, data)

        footer = _parse_footer(d.pop("footer", UNSET))

        def _parse_action(data: object) -> None | Unset | WhatsappInteractiveAction:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = WhatsappInteractiveAction.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WhatsappInteractiveAction, data)

        action = _parse_action(d.pop("action", UNSET))

        whatsapp_interactive = cls(
            type_=type_,
            header=header,
            body=body,
            footer=footer,
            action=action,
        )

        whatsapp_interactive.additional_properties = d
        return whatsapp_interactive

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
