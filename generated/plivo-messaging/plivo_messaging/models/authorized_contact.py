from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.seniority import Seniority, check_seniority
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizedContact")


@_attrs_define
class AuthorizedContact:
    """Authorized contact as Plivo returns it. It may be empty, lack any field, or (on old profiles)
    hold only a `name`.

    """

    first_name: str | Unset = UNSET
    """ Given name. """
    last_name: str | Unset = UNSET
    """ Family name. """
    name: str | Unset = UNSET
    """ Full name, found on some old profiles instead of first and last name. """
    email: str | Unset = UNSET
    """ Email address. """
    title: str | Unset = UNSET
    """ Salutation or job title. """
    seniority: Seniority | str | Unset = UNSET
    """ Position in the business; stored values outside the list (such as `admin`) occur. """
    phone: str | Unset = UNSET
    """ Phone number, with or without `+`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        name = self.name

        email = self.email

        title = self.title

        seniority: str | Unset
        if isinstance(self.seniority, Unset):
            seniority = UNSET
        elif isinstance(self.seniority, str):
            seniority = self.seniority
        else:
            seniority = self.seniority

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if title is not UNSET:
            field_dict["title"] = title
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        title = d.pop("title", UNSET)

        def _parse_seniority(data: object) -> Seniority | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seniority_type_0 = check_seniority(data)

                return seniority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Seniority | str | Unset, data)

        seniority = _parse_seniority(d.pop("seniority", UNSET))

        phone = d.pop("phone", UNSET)

        authorized_contact = cls(
            first_name=first_name,
            last_name=last_name,
            name=name,
            email=email,
            title=title,
            seniority=seniority,
            phone=phone,
        )

        authorized_contact.additional_properties = d
        return authorized_contact

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
