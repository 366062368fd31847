from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_type import EntityType, check_entity_type
from ..models.vertical import Vertical, check_vertical
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorized_contact_request import AuthorizedContactRequest
    from ..models.profile_address_request import ProfileAddressRequest


T = TypeVar("T", bound="UpdateProfileRequest")


@_attrs_define
class UpdateProfileRequest:
    """The profile fields to change; send at least one."""

    entity_type: EntityType | Unset = UNSET
    """ Legal form of the business. `PUBLIC_PROFIT` is a legacy spelling of `PUBLIC` still found on older
    profiles; send `PUBLIC` in new requests.
     """
    company_name: str | Unset = UNSET
    """ Legal name of the business. """
    vertical: Vertical | Unset = UNSET
    """ Industry of the business (also the industry of a campaign). """
    website: str | Unset = UNSET
    """ Website of the business. """
    address: ProfileAddressRequest | Unset = UNSET
    """ Postal address of the business, as sent when creating or updating a profile. """
    authorized_contact: AuthorizedContactRequest | Unset = UNSET
    """ Person at the business who may be contacted about its registrations. """
    plivo_subaccount: str | Unset = UNSET
    """ Auth ID of the subaccount the profile belongs to. """
    business_contact_email: str | Unset = UNSET
    """ Email address for carrier contact about the business. """
    doing_business_as: str | Unset = UNSET
    """ Trading name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type

        company_name = self.company_name

        vertical: str | Unset = UNSET
        if not isinstance(self.vertical, Unset):
            vertical = self.vertical

        website = self.website

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        authorized_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorized_contact, Unset):
            authorized_contact = self.authorized_contact.to_dict()

        plivo_subaccount: str | Unset
        if isinstance(self.plivo_subaccount, Unset):
            plivo_subaccount = UNSET
        else:
            plivo_subaccount = self.plivo_subaccount

        business_contact_email = self.business_contact_email

        doing_business_as = self.doing_business_as

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if website is not UNSET:
            field_dict["website"] = website
        if address is not UNSET:
            field_dict["address"] = address
        if authorized_contact is not UNSET:
            field_dict["authorized_contact"] = authorized_contact
        if plivo_subaccount is not UNSET:
            field_dict["plivo_subaccount"] = plivo_subaccount
        if business_contact_email is not UNSET:
            field_dict["business_contact_email"] = business_contact_email
        if doing_business_as is not UNSET:
            field_dict["doing_business_as"] = doing_business_as

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authorized_contact_request import AuthorizedContactRequest  # noqa: PLC0415
        from ..models.profile_address_request import ProfileAddressRequest  # noqa: PLC0415

        d = dict(src_dict)
        _entity_type = d.pop("entity_type", UNSET)
        entity_type: EntityType | Unset
        if isinstance(_entity_type, Unset):
            entity_type = UNSET
        else:
            entity_type = check_entity_type(_entity_type)

        company_name = d.pop("company_name", UNSET)

        _vertical = d.pop("vertical", UNSET)
        vertical: Vertical | Unset
        if isinstance(_vertical, Unset):
            vertical = UNSET
        else:
            vertical = check_vertical(_vertical)

        website = d.pop("website", UNSET)

        _address = d.pop("address", UNSET)
        address: ProfileAddressRequest | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ProfileAddressRequest.from_dict(_address)

        _authorized_contact = d.pop("authorized_contact", UNSET)
        authorized_contact: AuthorizedContactRequest | Unset
        if isinstance(_authorized_contact, Unset):
            authorized_contact = UNSET
        else:
            authorized_contact = AuthorizedContactRequest.from_dict(_authorized_contact)

        def _parse_plivo_subaccount(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        plivo_subaccount = _parse_plivo_subaccount(d.pop("plivo_subaccount", UNSET))

        business_contact_email = d.pop("business_contact_email", UNSET)

        doing_business_as = d.pop("doing_business_as", UNSET)

        update_profile_request = cls(
            entity_type=entity_type,
            company_name=company_name,
            vertical=vertical,
            website=website,
            address=address,
            authorized_contact=authorized_contact,
            plivo_subaccount=plivo_subaccount,
            business_contact_email=business_contact_email,
            doing_business_as=doing_business_as,
        )

        update_profile_request.additional_properties = d
        return update_profile_request

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
