from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_method import CallbackMethod, check_callback_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkCampaignNumbersRequest")


@_attrs_define
class LinkCampaignNumbersRequest:
    """Numbers to link to a campaign."""

    numbers: list[str]
    """ Plivo long codes on the account, digits with country code (E.164 with `+` is accepted). """
    url: str | Unset = UNSET
    """ URL that receives per-number linking events (see the `campaignNumberStatus` webhook). Empty means none. """
    method: CallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to call a callback URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numbers = self.numbers

        url: str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numbers": numbers,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        numbers = cast(list[str], d.pop("numbers"))

        def _parse_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        _method = d.pop("method", UNSET)
        method: CallbackMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_callback_method(_method)

        link_campaign_numbers_request = cls(
            numbers=numbers,
            url=url,
            method=method,
        )

        link_campaign_numbers_request.additional_properties = d
        return link_campaign_numbers_request

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
