from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alt_business_id_type import AltBusinessIdType, check_alt_business_id_type
from ..models.customer_type import CustomerType, check_customer_type
from ..models.entity_type import EntityType, check_entity_type
from ..models.profile_type import ProfileType, check_profile_type
from ..models.stock_exchange import StockExchange, check_stock_exchange
from ..models.vertical import Vertical, check_vertical
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorized_contact import AuthorizedContact
    from ..models.profile_address import ProfileAddress


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """A business profile. Every field may be missing or empty in practice; values outside the documented
    lists occur on older profiles.

    """

    profile_uuid: UUID
    profile_type: ProfileType | str
    """ Primary or secondary profile; other values than the listed ones may be met. """
    profile_alias: str | Unset = UNSET
    """ Your name for the profile. """
    primary_profile: UUID | Unset = UNSET
    customer_type: CustomerType | str | Unset = UNSET
    """ Kind of customer; other values than the listed ones may be met. """
    entity_type: EntityType | str | Unset = UNSET
    """ Legal form; other values than the listed ones may be met. """
    company_name: str | Unset = UNSET
    """ Legal name of the business. """
    doing_business_as: str | Unset = UNSET
    """ Trading name. """
    vertical: str | Unset | Vertical = UNSET
    """ Industry; usually one of the listed values. """
    ein: str | Unset = UNSET
    """ Tax identifier. """
    ein_issuing_country: str | Unset = UNSET
    """ Country that issued the tax identifier (alpha-2, case not normalised). """
    stock_symbol: str | Unset = UNSET
    """ Ticker symbol. """
    stock_exchange: StockExchange | str | Unset = UNSET
    """ Exchange listing the stock; may be empty. """
    alt_business_id: str | Unset = UNSET
    """ Alternative business identifier. """
    alt_business_id_type: AltBusinessIdType | str | Unset = UNSET
    """ Kind of the alternative identifier; may be empty. """
    website: str | Unset = UNSET
    """ Website of the business. """
    business_contact_email: str | Unset = UNSET
    """ Email address for carrier contact. """
    plivo_subaccount: str | Unset = UNSET
    """ Subaccount the profile belongs to. """
    address: ProfileAddress | Unset = UNSET
    """ Postal address of a business as Plivo returns it; fields not filled come back as empty strings. """
    authorized_contact: AuthorizedContact | Unset = UNSET
    """ Authorized contact as Plivo returns it. It may be empty, lack any field, or (on old profiles)
    hold only a `name`.
     """
    created_at: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_uuid = str(self.profile_uuid)

        profile_type: str
        if isinstance(self.profile_type, str):
            profile_type = self.profile_type
        else:
            profile_type = self.profile_type

        profile_alias = self.profile_alias

        primary_profile: str | Unset = UNSET
        if not isinstance(self.primary_profile, Unset):
            primary_profile = str(self.primary_profile)

        customer_type: str | Unset
        if isinstance(self.customer_type, Unset):
            customer_type = UNSET
        elif isinstance(self.customer_type, str):
            customer_type = self.customer_type
        else:
            customer_type = self.customer_type

        entity_type: str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        elif isinstance(self.entity_type, str):
            entity_type = self.entity_type
        else:
            entity_type = self.entity_type

        company_name = self.company_name

        doing_business_as = self.doing_business_as

        vertical: str | Unset
        if isinstance(self.vertical, Unset):
            vertical = UNSET
        elif isinstance(self.vertical, str):
            vertical = self.vertical
        else:
            vertical = self.vertical

        ein = self.ein

        ein_issuing_country = self.ein_issuing_country

        stock_symbol = self.stock_symbol

        stock_exchange: str | Unset
        if isinstance(self.stock_exchange, Unset):
            stock_exchange = UNSET
        elif isinstance(self.stock_exchange, str):
            stock_exchange = self.stock_exchange
        else:
            stock_exchange = self.stock_exchange

        alt_business_id = self.alt_business_id

        alt_business_id_type: str | Unset
        if isinstance(self.alt_business_id_type, Unset):
            alt_business_id_type = UNSET
        elif isinstance(self.alt_business_id_type, str):
            alt_business_id_type = self.alt_business_id_type
        else:
            alt_business_id_type = self.alt_business_id_type

        website = self.website

        business_contact_email = self.business_contact_email

        plivo_subaccount = self.plivo_subaccount

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        authorized_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorized_contact, Unset):
            authorized_contact = self.authorized_contact.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile_uuid": profile_uuid,
                "profile_type": profile_type,
            }
        )
        if profile_alias is not UNSET:
            field_dict["profile_alias"] = profile_alias
        if primary_profile is not UNSET:
            field_dict["primary_profile"] = primary_profile
        if customer_type is not UNSET:
            field_dict["customer_type"] = customer_type
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if doing_business_as is not UNSET:
            field_dict["doing_business_as"] = doing_business_as
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if ein is not UNSET:
            field_dict["ein"] = ein
        if ein_issuing_country is not UNSET:
            field_dict["ein_issuing_country"] = ein_issuing_country
        if stock_symbol is not UNSET:
            field_dict["stock_symbol"] = stock_symbol
        if stock_exchange is not UNSET:
            field_dict["stock_exchange"] = stock_exchange
        if alt_business_id is not UNSET:
            field_dict["alt_business_id"] = alt_business_id
        if alt_business_id_type is not UNSET:
            field_dict["alt_business_id_type"] = alt_business_id_type
        if website is not UNSET:
            field_dict["website"] = website
        if business_contact_email is not UNSET:
            field_dict["business_contact_email"] = business_contact_email
        if plivo_subaccount is not UNSET:
            field_dict["plivo_subaccount"] = plivo_subaccount
        if address is not UNSET:
            field_dict["address"] = address
        if authorized_contact is not UNSET:
            field_dict["authorized_contact"] = authorized_contact
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authorized_contact import AuthorizedContact  # noqa: PLC0415
        from ..models.profile_address import ProfileAddress  # noqa: PLC0415

        d = dict(src_dict)
        profile_uuid = UUID(d.pop("profile_uuid"))

        def _parse_profile_type(data: object) -> ProfileType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                profile_type_type_0 = check_profile_type(data)

                return profile_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProfileType | str, data)

        profile_type = _parse_profile_type(d.pop("profile_type"))

        profile_alias = d.pop("profile_alias", UNSET)

        _primary_profile = d.pop("primary_profile", UNSET)
        primary_profile: UUID | Unset
        if isinstance(_primary_profile, Unset):
            primary_profile = UNSET
        else:
            primary_profile = UUID(_primary_profile)

        def _parse_customer_type(data: object) -> CustomerType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_type_type_0 = check_customer_type(data)

                return customer_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerType | str | Unset, data)

        customer_type = _parse_customer_type(d.pop("customer_type", UNSET))

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

        doing_business_as = d.pop("doing_business_as", UNSET)

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

        ein = d.pop("ein", UNSET)

        ein_issuing_country = d.pop("ein_issuing_country", UNSET)

        stock_symbol = d.pop("stock_symbol", UNSET)

        def _parse_stock_exchange(data: object) -> StockExchange | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stock_exchange_type_0 = check_stock_exchange(data)

                return stock_exchange_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StockExchange | str | Unset, data)

        stock_exchange = _parse_stock_exchange(d.pop("stock_exchange", UNSET))

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

        website = d.pop("website", UNSET)

        business_contact_email = d.pop("business_contact_email", UNSET)

        plivo_subaccount = d.pop("plivo_subaccount", UNSET)

        _address = d.pop("address", UNSET)
        address: ProfileAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ProfileAddress.from_dict(_address)

        _authorized_contact = d.pop("authorized_contact", UNSET)
        authorized_contact: AuthorizedContact | Unset
        if isinstance(_authorized_contact, Unset):
            authorized_contact = UNSET
        else:
            authorized_contact = AuthorizedContact.from_dict(_authorized_contact)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        profile = cls(
            profile_uuid=profile_uuid,
            profile_type=profile_type,
            profile_alias=profile_alias,
            primary_profile=primary_profile,
            customer_type=customer_type,
            entity_type=entity_type,
            company_name=company_name,
            doing_business_as=doing_business_as,
            vertical=vertical,
            ein=ein,
            ein_issuing_country=ein_issuing_country,
            stock_symbol=stock_symbol,
            stock_exchange=stock_exchange,
            alt_business_id=alt_business_id,
            alt_business_id_type=alt_business_id_type,
            website=website,
            business_contact_email=business_contact_email,
            plivo_subaccount=plivo_subaccount,
            address=address,
            authorized_contact=authorized_contact,
            created_at=created_at,
        )

        profile.additional_properties = d
        return profile

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
