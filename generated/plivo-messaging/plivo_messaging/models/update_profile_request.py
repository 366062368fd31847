from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alt_business_id_type import AltBusinessIdType, check_alt_business_id_type
from ..models.entity_type import EntityType, check_entity_type
from ..models.vertical import Vertical, check_vertical
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorized_contact_request import AuthorizedContactRequest
    from ..models.profile_address_request import ProfileAddressRequest


T = TypeVar("T", bound="UpdateProfileRequest")


@_attrs_define
class UpdateProfileRequest:
    """The profile fields to change. An empty string or `null` leaves a field unchanged: plivo-go sends
    every field of its update struct (`entity_type`, `company_name`, `vertical` as `""`, `address`
    and `authorized_contact` as `null` when the caller did not set them), and plivo-node and
    plivo-python send what the caller gives.

    """

    entity_type: EntityType | str | Unset = UNSET
    company_name: str | Unset = UNSET
    """ Legal name of the business; empty leaves it unchanged. """
    vertical: str | Unset | Vertical = UNSET
    website: str | Unset = UNSET
    """ Website of the business. """
    address: None | ProfileAddressRequest | Unset = UNSET
    authorized_contact: AuthorizedContactRequest | None | Unset = UNSET
    plivo_subaccount: str | Unset = UNSET
    """ Auth ID of the subaccount the profile belongs to. """
    business_contact_email: str | Unset = UNSET
    """ Email address for carrier contact about the business. """
    doing_business_as: str | Unset = UNSET
    """ Trading name. """
    ein: str | Unset = UNSET
    """ Tax identifier (sent by plivo-go and plivo-node). """
    ein_issuing_country: str | Unset = UNSET
    """ ISO alpha-2 code of the country that issued `ein`. """
    alt_business_id: str | Unset = UNSET
    """ An alternative business identifier, such as a DUNS number. """
    alt_business_id_type: AltBusinessIdType | str | Unset = UNSET
    """ Kind of `alt_business_id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authorized_contact_request import AuthorizedContactRequest  # noqa: PLC0415
        from ..models.profile_address_request import ProfileAddressRequest  # noqa: PLC0415

        entity_type: str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        elif isinstance(self.entity_type, str):
            entity_type = self.entity_type
        else:
            entity_type = self.entity_type

        company_name = self.company_name

        vertical: str | Unset
        if isinstance(self.vertical, Unset):
            vertical = UNSET
        elif isinstance(self.vertical, str):
            vertical = self.vertical
        else:
            vertical = self.vertical

        website = self.website

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, ProfileAddressRequest):
            address = self.address.to_dict()
        else:
            address = self.address

        authorized_contact: dict[str, Any] | None | Unset
        if isinstance(self.authorized_contact, Unset):
            authorized_contact = UNSET
        elif isinstance(self.authorized_contact, AuthorizedContactRequest):
            authorized_contact = self.authorized_contact.to_dict()
        else:
            authorized_contact = self.authorized_contact

        plivo_subaccount: str | Unset
        if isinstance(self.plivo_subaccount, Unset):
            plivo_subaccount = UNSET
        else:
            plivo_subaccount = self.plivo_subaccount

        business_contact_email = self.business_contact_email

        doing_business_as = self.doing_business_as

        ein = self.ein

        ein_issuing_country = self.ein_issuing_country

        alt_business_id = self.alt_business_id

        alt_business_id_type: str | Unset
        if isinstance(self.alt_business_id_type, Unset):
            alt_business_id_type = UNSET
        elif isinstance(self.alt_business_id_type, str):
            alt_business_id_type = self.alt_business_id_type
        else:
            alt_business_id_type = self.alt_business_id_type

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
        if ein is not UNSET:
            field_dict["ein"] = ein
        if ein_issuing_country is not UNSET:
            field_dict["ein_issuing_country"] = ein_issuing_country
        if alt_business_id is not UNSET:
            field_dict["alt_business_id"] = alt_business_id
        if alt_business_id_type is not UNSET:
            field_dict["alt_business_id_type"] = alt_business_id_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authorized_contact_request import AuthorizedContactRequest  # noqa: PLC0415
        from ..models.profile_address_request import ProfileAddressRequest  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_entity_type(data: object) -> EntityType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entity_type_type_0 = check_entity_type(data)

                return entity_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityType | str | Unset, data)

        entity_type = _parse_entity_type(d.pop("entity_type", UNSET))

        company_name = d.pop("company_name", UNSET)

        def _parse_vertical(data: object) -> str | Unset | Vertical:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vertical_type_0 = check_vertical(data)

                return vertical_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | Vertical, data)

        vertical = _parse_vertical(d.pop("vertical", UNSET))

        website = d.pop("website", UNSET)

        def _parse_address(data: object) -> None | ProfileAddressRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = ProfileAddressRequest.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileAddressRequest | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_authorized_contact(data: object) -> AuthorizedContactRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authorized_contact_type_0 = AuthorizedContactRequest.from_dict(data)

                return authorized_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorizedContactRequest | None | Unset, data)

        authorized_contact = _parse_authorized_contact(d.pop("authorized_contact", UNSET))

        def _parse_plivo_subaccount(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        plivo_subaccount = _parse_plivo_subaccount(d.pop("plivo_subaccount", UNSET))

        business_contact_email = d.pop("business_contact_email", UNSET)

        doing_business_as = d.pop("doing_business_as", UNSET)

        ein = d.pop("ein", UNSET)

        ein_issuing_country = d.pop("ein_issuing_country", UNSET)

        alt_business_id = d.pop("alt_business_id", UNSET)

        def _parse_alt_business_id_type(data: object) -> AltBusinessIdType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                alt_business_id_type_type_0 = check_alt_business_id_type(data)

                return alt_business_id_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AltBusinessIdType | str | Unset, data)

        alt_business_id_type = _parse_alt_business_id_type(d.pop("alt_business_id_type", UNSET))

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
            ein=ein,
            ein_issuing_country=ein_issuing_country,
            alt_business_id=alt_business_id,
            alt_business_id_type=alt_business_id_type,
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
