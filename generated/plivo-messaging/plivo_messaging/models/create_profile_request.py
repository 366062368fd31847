from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alt_business_id_type import AltBusinessIdType, check_alt_business_id_type
from ..models.customer_type import CustomerType, check_customer_type
from ..models.entity_type import EntityType, check_entity_type
from ..models.stock_exchange import StockExchange, check_stock_exchange
from ..models.vertical import Vertical, check_vertical
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorized_contact_request import AuthorizedContactRequest
    from ..models.profile_address_request import ProfileAddressRequest


T = TypeVar("T", bound="CreateProfileRequest")


@_attrs_define
class CreateProfileRequest:
    """A business profile to create. A `PUBLIC` company also gives `stock_symbol` and
    `stock_exchange`. `ein` is optional (Plivo's page marks it so; plivo-go and plivo-python send
    `""` when it is not given): a brand registered from a profile without a tax id is vetted on
    what the profile does give.

    """

    profile_alias: str
    """ Your name for the profile. """
    customer_type: CustomerType
    """ How the account uses the profile: `DIRECT` for its own business, `RESELLER` for a business that
    provides messaging or voice services to other businesses.
     """
    entity_type: EntityType
    """ Legal form of the business. `PUBLIC_PROFIT` is a legacy spelling of `PUBLIC` still found on older
    profiles; send `PUBLIC` in new requests.
     """
    company_name: str
    """ Legal name of the business. """
    vertical: Vertical
    """ Industry of the business (also the industry of a campaign). """
    address: ProfileAddressRequest
    """ Postal address of the business, as sent when creating or updating a profile. """
    authorized_contact: AuthorizedContactRequest
    """ Person at the business who may be contacted about its registrations. """
    ein: str | Unset = UNSET
    """ Tax identifier (EIN for US businesses); optional, empty when not given. The documentation
    types it as an integer; it is sent and returned as a string.
     """
    ein_issuing_country: str | Unset = UNSET
    """ ISO alpha-2 code of the country that issued `ein`. """
    stock_symbol: str | Unset = UNSET
    """ Ticker symbol; needed when `entity_type` is `PUBLIC`. """
    stock_exchange: StockExchange | str | Unset = UNSET
    """ Exchange listing the stock; needed when `entity_type` is `PUBLIC`. """
    alt_business_id: str | Unset = UNSET
    """ An alternative business identifier, such as a DUNS number. """
    alt_business_id_type: AltBusinessIdType | str | Unset = UNSET
    """ Kind of `alt_business_id`. """
    website: str | Unset = UNSET
    """ Website of the business. """
    plivo_subaccount: str | Unset = UNSET
    """ Auth ID of the subaccount the profile belongs to. """
    business_contact_email: str | Unset = UNSET
    """ Email address for carrier contact about the business; carriers require it for some entity types. """
    doing_business_as: str | Unset = UNSET
    """ Trading name, when it differs from `company_name`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_alias = self.profile_alias

        customer_type: str = self.customer_type

        entity_type: str = self.entity_type

        company_name = self.company_name

        vertical: str = self.vertical

        address = self.address.to_dict()

        authorized_contact = self.authorized_contact.to_dict()

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

        plivo_subaccount: str | Unset
        if isinstance(self.plivo_subaccount, Unset):
            plivo_subaccount = UNSET
        else:
            plivo_subaccount = self.plivo_subaccount

        business_contact_email = self.business_contact_email

        doing_business_as = self.doing_business_as

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile_alias": profile_alias,
                "customer_type": customer_type,
                "entity_type": entity_type,
                "company_name": company_name,
                "vertical": vertical,
                "address": address,
                "authorized_contact": authorized_contact,
            }
        )
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
        profile_alias = d.pop("profile_alias")

        customer_type = check_customer_type(d.pop("customer_type"))

        entity_type = check_entity_type(d.pop("entity_type"))

        company_name = d.pop("company_name")

        vertical = check_vertical(d.pop("vertical"))

        address = ProfileAddressRequest.from_dict(d.pop("address"))

        authorized_contact = AuthorizedContactRequest.from_dict(d.pop("authorized_contact"))

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

        def _parse_plivo_subaccount(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        plivo_subaccount = _parse_plivo_subaccount(d.pop("plivo_subaccount", UNSET))

        business_contact_email = d.pop("business_contact_email", UNSET)

        doing_business_as = d.pop("doing_business_as", UNSET)

        create_profile_request = cls(
            profile_alias=profile_alias,
            customer_type=customer_type,
            entity_type=entity_type,
            company_name=company_name,
            vertical=vertical,
            address=address,
            authorized_contact=authorized_contact,
            ein=ein,
            ein_issuing_country=ein_issuing_country,
            stock_symbol=stock_symbol,
            stock_exchange=stock_exchange,
            alt_business_id=alt_business_id,
            alt_business_id_type=alt_business_id_type,
            website=website,
            plivo_subaccount=plivo_subaccount,
            business_contact_email=business_contact_email,
            doing_business_as=doing_business_as,
        )

        create_profile_request.additional_properties = d
        return create_profile_request

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
