from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.seniority import Seniority, check_seniority
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizedContactRequest")


@_attrs_define
class AuthorizedContactRequest:
    """Person at the business who may be contacted about its registrations."""

    first_name: str
    """ Given name. """
    last_name: str
    """ Family name. """
    email: str
    """ Email address. """
    title: str | Unset = UNSET
    """ Salutation or job title. """
    seniority: Seniority | str | Unset = UNSET
    """ Position in the business, one of the listed values. Plivo also stores other words (its own
    examples send `admin`), so any string is accepted.
     """
    phone: str | Unset = UNSET
    """ Phone number with country code; may be empty. """

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

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

        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
            }
        )
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
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

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

        authorized_contact_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            title=title,
            seniority=seniority,
            phone=phone,
        )

        return authorized_contact_request
