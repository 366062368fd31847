from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString, check_boolean_string
from ..models.brand_type import BrandType, check_brand_type
from ..models.callback_method import CallbackMethod, check_callback_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBrandRequest")


@_attrs_define
class CreateBrandRequest:
    """A brand to register from an existing profile."""

    brand_alias: str
    """ Your name for the brand. """
    profile_uuid: UUID
    brand_type: BrandType | str | Unset = "STARTER"
    """ Registration type; `STARTER` when omitted or empty, as Plivo's page says (`STANDARD` needs a
    profile with an `ein`). plivo-go always sends the field, as `""` when the caller left it
    unset; plivo-node and plivo-python send what the caller gives.
     """
    secondary_vetting: bool | BooleanString | str | Unset = True
    """ Ask for extended (secondary) vetting, which can raise the brand's throughput; applies to
    `STANDARD` brands. Plivo's page gives `true` as the default, but plivo-python sends `false`
    when the caller does not set it, so an SDK user gets no vetting unless they ask.
    plivo-go declares the field as a string and sends `"true"`/`"false"` (or `""` when unset,
    read as not given).
     """
    mobile_phone: str | Unset = UNSET
    """ Mobile phone of a starter brand's owner, which receives the verification code. """
    business_contact_email: str | Unset = UNSET
    """ Email address for carrier contact about the brand. """
    url: str | Unset = UNSET
    """ URL that receives brand registration events (see the `brandStatus` webhook). Empty means none. """
    method: CallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to call a callback URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_alias = self.brand_alias

        profile_uuid = str(self.profile_uuid)

        brand_type: str | Unset
        if isinstance(self.brand_type, Unset):
            brand_type = UNSET
        elif isinstance(self.brand_type, str):
            brand_type = self.brand_type
        else:
            brand_type = self.brand_type

        secondary_vetting: bool | str | Unset
        if isinstance(self.secondary_vetting, Unset):
            secondary_vetting = UNSET
        elif isinstance(self.secondary_vetting, str):
            secondary_vetting = self.secondary_vetting
        else:
            secondary_vetting = self.secondary_vetting

        mobile_phone = self.mobile_phone

        business_contact_email = self.business_contact_email

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
                "brand_alias": brand_alias,
                "profile_uuid": profile_uuid,
            }
        )
        if brand_type is not UNSET:
            field_dict["brand_type"] = brand_type
        if secondary_vetting is not UNSET:
            field_dict["secondary_vetting"] = secondary_vetting
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if business_contact_email is not UNSET:
            field_dict["business_contact_email"] = business_contact_email
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_alias = d.pop("brand_alias")

        profile_uuid = UUID(d.pop("profile_uuid"))

        def _parse_brand_type(data: object) -> BrandType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                brand_type_type_0 = check_brand_type(data)

                return brand_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandType | str | Unset, data)

        brand_type = _parse_brand_type(d.pop("brand_type", UNSET))

        def _parse_secondary_vetting(data: object) -> bool | BooleanString | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                secondary_vetting_type_1 = check_boolean_string(data)

                return secondary_vetting_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | str | Unset, data)

        secondary_vetting = _parse_secondary_vetting(d.pop("secondary_vetting", UNSET))

        mobile_phone = d.pop("mobile_phone", UNSET)

        business_contact_email = d.pop("business_contact_email", UNSET)

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

        create_brand_request = cls(
            brand_alias=brand_alias,
            profile_uuid=profile_uuid,
            brand_type=brand_type,
            secondary_vetting=secondary_vetting,
            mobile_phone=mobile_phone,
            business_contact_email=business_contact_email,
            url=url,
            method=method,
        )

        create_brand_request.additional_properties = d
        return create_brand_request

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
