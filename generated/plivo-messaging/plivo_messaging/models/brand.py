from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand_registration_status import BrandRegistrationStatus, check_brand_registration_status
from ..models.brand_type import BrandType, check_brand_type
from ..models.entity_type import EntityType, check_entity_type
from ..models.stock_exchange import StockExchange, check_stock_exchange
from ..models.vertical import Vertical, check_vertical
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorized_contact import AuthorizedContact
    from ..models.brand_declined_reason import BrandDeclinedReason
    from ..models.profile_address import ProfileAddress


T = TypeVar("T", bound="Brand")


@_attrs_define
class Brand:
    """A 10DLC brand. Fields not filled by the registration may be missing, empty strings, or
    placeholders (`nil`); `authorized_contact` may be an empty object.

    """

    brand_id: str
    """ The Campaign Registry's brand identifier, letters and digits. Observed values are `B` followed
    by six upper-case letters or digits (`B7QK2ZD`), but that form is not documented as a rule.
     """
    registration_status: BrandRegistrationStatus | str
    """ Registration state; Plivo may add states, so other values may be met. """
    brand_alias: str | Unset = UNSET
    """ Your name for the brand. """
    brand_type: BrandType | str | Unset = UNSET
    """ Kind of brand; other values than the listed ones may be met. """
    profile_uuid: UUID | Unset = UNSET
    company_name: str | Unset = UNSET
    """ Legal name of the business. """
    ein: str | Unset = UNSET
    """ Tax identifier. """
    ein_issuing_country: str | Unset = UNSET
    """ Country that issued the tax identifier. """
    entity_type: EntityType | str | Unset = UNSET
    """ Legal form; other values than the listed ones may be met. """
    vertical: str | Unset | Vertical = UNSET
    """ Industry; usually one of the listed values. """
    website: str | Unset = UNSET
    """ Website of the business. """
    stock_symbol: str | Unset = UNSET
    """ Ticker symbol. """
    stock_exchange: StockExchange | str | Unset = UNSET
    """ Exchange listing the stock. """
    vetting_status: str | Unset = UNSET
    """ State of the brand's vetting (for example `ACTIVE`). """
    vetting_score: int | Unset = UNSET
    """ Vetting score, which sets carrier throughput. """
    address: ProfileAddress | Unset = UNSET
    """ Postal address of a business as Plivo returns it; fields not filled come back as empty strings. """
    authorized_contact: AuthorizedContact | Unset = UNSET
    """ Authorized contact as Plivo returns it. It may be empty, lack any field, or (on old profiles)
    hold only a `name`.
     """
    declined_reasons: list[BrandDeclinedReason] | Unset = UNSET
    """ Why the registration was declined, when it was. """
    created_at: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        registration_status: str
        if isinstance(self.registration_status, str):
            registration_status = self.registration_status
        else:
            registration_status = self.registration_status

        brand_alias = self.brand_alias

        brand_type: str | Unset
        if isinstance(self.brand_type, Unset):
            brand_type = UNSET
        elif isinstance(self.brand_type, str):
            brand_type = self.brand_type
        else:
            brand_type = self.brand_type

        profile_uuid: str | Unset = UNSET
        if not isinstance(self.profile_uuid, Unset):
            profile_uuid = str(self.profile_uuid)

        company_name = self.company_name

        ein = self.ein

        ein_issuing_country = self.ein_issuing_country

        entity_type: str | Unset
        if isinstance(self.entity_type, Unset):
            entity_type = UNSET
        elif isinstance(self.entity_type, str):
            entity_type = self.entity_type
        else:
            entity_type = self.entity_type

        vertical: str | Unset
        if isinstance(self.vertical, Unset):
            vertical = UNSET
        elif isinstance(self.vertical, str):
            vertical = self.vertical
        else:
            vertical = self.vertical

        website = self.website

        stock_symbol = self.stock_symbol

        stock_exchange: str | Unset
        if isinstance(self.stock_exchange, Unset):
            stock_exchange = UNSET
        elif isinstance(self.stock_exchange, str):
            stock_exchange = self.stock_exchange
        else:
            stock_exchange = self.stock_exchange

        vetting_status = self.vetting_status

        vetting_score = self.vetting_score

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        authorized_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorized_contact, Unset):
            authorized_contact = self.authorized_contact.to_dict()

        declined_reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.declined_reasons, Unset):
            declined_reasons = []
            for declined_reasons_item_data in self.declined_reasons:
                declined_reasons_item = declined_reasons_item_data.to_dict()
                declined_reasons.append(declined_reasons_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "registration_status": registration_status,
            }
        )
        if brand_alias is not UNSET:
            field_dict["brand_alias"] = brand_alias
        if brand_type is not UNSET:
            field_dict["brand_type"] = brand_type
        if profile_uuid is not UNSET:
            field_dict["profile_uuid"] = profile_uuid
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if ein is not UNSET:
            field_dict["ein"] = ein
        if ein_issuing_country is not UNSET:
            field_dict["ein_issuing_country"] = ein_issuing_country
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if website is not UNSET:
            field_dict["website"] = website
        if stock_symbol is not UNSET:
            field_dict["stock_symbol"] = stock_symbol
        if stock_exchange is not UNSET:
            field_dict["stock_exchange"] = stock_exchange
        if vetting_status is not UNSET:
            field_dict["vetting_status"] = vetting_status
        if vetting_score is not UNSET:
            field_dict["vetting_score"] = vetting_score
        if address is not UNSET:
            field_dict["address"] = address
        if authorized_contact is not UNSET:
            field_dict["authorized_contact"] = authorized_contact
        if declined_reasons is not UNSET:
            field_dict["declined_reasons"] = declined_reasons
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authorized_contact import AuthorizedContact  # noqa: PLC0415
        from ..models.brand_declined_reason import BrandDeclinedReason  # noqa: PLC0415
        from ..models.profile_address import ProfileAddress  # noqa: PLC0415

        d = dict(src_dict)
        brand_id = d.pop("brand_id")

        def _parse_registration_status(data: object) -> BrandRegistrationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registration_status_type_0 = check_brand_registration_status(data)

                return registration_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BrandRegistrationStatus | str, data)

        registration_status = _parse_registration_status(d.pop("registration_status"))

        brand_alias = d.pop("brand_alias", UNSET)

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

        _profile_uuid = d.pop("profile_uuid", UNSET)
        profile_uuid: UUID | Unset
        if isinstance(_profile_uuid, Unset):
            profile_uuid = UNSET
        else:
            profile_uuid = UUID(_profile_uuid)

        company_name = d.pop("company_name", UNSET)

        ein = d.pop("ein", UNSET)

        ein_issuing_country = d.pop("ein_issuing_country", UNSET)

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

        vetting_status = d.pop("vetting_status", UNSET)

        vetting_score = d.pop("vetting_score", UNSET)

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

        _declined_reasons = d.pop("declined_reasons", UNSET)
        declined_reasons: list[BrandDeclinedReason] | Unset = UNSET
        if _declined_reasons is not UNSET:
            declined_reasons = []
            for declined_reasons_item_data in _declined_reasons:
                declined_reasons_item = BrandDeclinedReason.from_dict(declined_reasons_item_data)

                declined_reasons.append(declined_reasons_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        brand = cls(
            brand_id=brand_id,
            registration_status=registration_status,
            brand_alias=brand_alias,
            brand_type=brand_type,
            profile_uuid=profile_uuid,
            company_name=company_name,
            ein=ein,
            ein_issuing_country=ein_issuing_country,
            entity_type=entity_type,
            vertical=vertical,
            website=website,
            stock_symbol=stock_symbol,
            stock_exchange=stock_exchange,
            vetting_status=vetting_status,
            vetting_score=vetting_score,
            address=address,
            authorized_contact=authorized_contact,
            declined_reasons=declined_reasons,
            created_at=created_at,
        )

        brand.additional_properties = d
        return brand

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
