from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tollfree_verification_status import TollfreeVerificationStatus, check_tollfree_verification_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TollfreeVerificationStatusCallback")


@_attrs_define
class TollfreeVerificationStatusCallback:
    """Fields of a toll-free verification event. Unconfirmed: Plivo does not document the payload; it is
    expected to mirror the verification object. All values arrive as strings and further fields may
    be present.

    """

    uuid: str | Unset = UNSET
    """ The verification request. """
    number: str | Unset = UNSET
    """ The toll-free number. """
    profile_uuid: str | Unset = UNSET
    """ Profile the request was made for. """
    status: str | TollfreeVerificationStatus | Unset = UNSET
    """ The new review state. """
    error_message: str | Unset = UNSET
    """ Why the request was rejected or needs changes; empty otherwise. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        number = self.number

        profile_uuid = self.profile_uuid

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if number is not UNSET:
            field_dict["number"] = number
        if profile_uuid is not UNSET:
            field_dict["profile_uuid"] = profile_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        number = d.pop("number", UNSET)

        profile_uuid = d.pop("profile_uuid", UNSET)

        def _parse_status(data: object) -> str | TollfreeVerificationStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_tollfree_verification_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TollfreeVerificationStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        error_message = d.pop("error_message", UNSET)

        tollfree_verification_status_callback = cls(
            uuid=uuid,
            number=number,
            profile_uuid=profile_uuid,
            status=status,
            error_message=error_message,
        )

        tollfree_verification_status_callback.additional_properties = d
        return tollfree_verification_status_callback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
