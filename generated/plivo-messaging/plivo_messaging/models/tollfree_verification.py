from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_method import CallbackMethod, check_callback_method
from ..models.tollfree_optin_type import TollfreeOptinType, check_tollfree_optin_type
from ..models.tollfree_verification_status import TollfreeVerificationStatus, check_tollfree_verification_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TollfreeVerification")


@_attrs_define
class TollfreeVerification:
    """A toll-free verification request. A single request comes with `api_id` at the top level; list
    items have none. The documentation describes `usecase` and `optin_image_url` as lists, while
    responses send strings, so both forms are accepted.

    """

    uuid: str
    """ Identifier of the request, normally a UUID. Kept as a plain string because masked values
    (`312b3119-XXXX-…`) have been seen in recorded responses.
     """
    number: str
    """ The toll-free number, digits with country code. """
    usecase: list[str] | str
    """ Declared use cases, usually one comma-separated string. """
    status: str | TollfreeVerificationStatus
    """ Review state. """
    api_id: UUID | Unset = UNSET
    """ Identifier Plivo gives each API request (a time-based UUID). """
    profile_uuid: UUID | Unset = UNSET
    usecase_summary: str | Unset = UNSET
    """ What the number sends and to whom. """
    message_sample: str | Unset = UNSET
    """ Representative messages. """
    optin_image_url: list[str] | str | Unset = UNSET
    """ Where reviewers can see the opt-in. """
    optin_type: str | TollfreeOptinType | Unset = UNSET
    """ How recipients opt in. """
    volume: str | Unset = UNSET
    """ Expected monthly volume bucket. """
    additional_information: str | Unset = UNSET
    """ Extra notes for the reviewers. """
    extra_data: str | Unset = UNSET
    """ Free text kept with the request. """
    terms_and_conditions_link: str | Unset = UNSET
    """ Link to the messaging terms. """
    privacy_policy_link: str | Unset = UNSET
    """ Link to the privacy policy. """
    optin_message: str | Unset = UNSET
    """ Message confirming an opt-in. """
    help_message: str | Unset = UNSET
    """ Reply to a help keyword. """
    callback_url: str | Unset = UNSET
    """ URL that receives review events; may be empty. """
    callback_method: CallbackMethod | str | Unset = UNSET
    """ HTTP method for `callback_url`. """
    error_message: str | Unset = UNSET
    """ Why the request was rejected or needs changes; empty otherwise. """
    created: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    last_modified: datetime.datetime | Unset = UNSET
    """ An ISO-8601 UTC time with microseconds, as Plivo writes it (`2024-08-21T12:58:49.244057Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        number = self.number

        usecase: list[str] | str
        if isinstance(self.usecase, list):
            usecase = self.usecase

        else:
            usecase = self.usecase

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        api_id: str | Unset = UNSET
        if not isinstance(self.api_id, Unset):
            api_id = str(self.api_id)

        profile_uuid: str | Unset = UNSET
        if not isinstance(self.profile_uuid, Unset):
            profile_uuid = str(self.profile_uuid)

        usecase_summary = self.usecase_summary

        message_sample = self.message_sample

        optin_image_url: list[str] | str | Unset
        if isinstance(self.optin_image_url, Unset):
            optin_image_url = UNSET
        elif isinstance(self.optin_image_url, list):
            optin_image_url = self.optin_image_url

        else:
            optin_image_url = self.optin_image_url

        optin_type: str | Unset
        if isinstance(self.optin_type, Unset):
            optin_type = UNSET
        elif isinstance(self.optin_type, str):
            optin_type = self.optin_type
        else:
            optin_type = self.optin_type

        volume = self.volume

        additional_information = self.additional_information

        extra_data = self.extra_data

        terms_and_conditions_link = self.terms_and_conditions_link

        privacy_policy_link = self.privacy_policy_link

        optin_message = self.optin_message

        help_message = self.help_message

        callback_url = self.callback_url

        callback_method: str | Unset
        if isinstance(self.callback_method, Unset):
            callback_method = UNSET
        elif isinstance(self.callback_method, str):
            callback_method = self.callback_method
        else:
            callback_method = self.callback_method

        error_message = self.error_message

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "number": number,
                "usecase": usecase,
                "status": status,
            }
        )
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if profile_uuid is not UNSET:
            field_dict["profile_uuid"] = profile_uuid
        if usecase_summary is not UNSET:
            field_dict["usecase_summary"] = usecase_summary
        if message_sample is not UNSET:
            field_dict["message_sample"] = message_sample
        if optin_image_url is not UNSET:
            field_dict["optin_image_url"] = optin_image_url
        if optin_type is not UNSET:
            field_dict["optin_type"] = optin_type
        if volume is not UNSET:
            field_dict["volume"] = volume
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if extra_data is not UNSET:
            field_dict["extra_data"] = extra_data
        if terms_and_conditions_link is not UNSET:
            field_dict["terms_and_conditions_link"] = terms_and_conditions_link
        if privacy_policy_link is not UNSET:
            field_dict["privacy_policy_link"] = privacy_policy_link
        if optin_message is not UNSET:
            field_dict["optin_message"] = optin_message
        if help_message is not UNSET:
            field_dict["help_message"] = help_message
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_method is not UNSET:
            field_dict["callback_method"] = callback_method
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if created is not UNSET:
            field_dict["created"] = created
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        number = d.pop("number")

        def _parse_usecase(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                usecase_type_1 = cast(list[str], data)

                return usecase_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        usecase = _parse_usecase(d.pop("usecase"))

        def _parse_status(data: object) -> str | TollfreeVerificationStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_tollfree_verification_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TollfreeVerificationStatus, data)

        status = _parse_status(d.pop("status"))

        _api_id = d.pop("api_id", UNSET)
        api_id: UUID | Unset
        if isinstance(_api_id, Unset):
            api_id = UNSET
        else:
            api_id = UUID(_api_id)

        _profile_uuid = d.pop("profile_uuid", UNSET)
        profile_uuid: UUID | Unset
        if isinstance(_profile_uuid, Unset):
            profile_uuid = UNSET
        else:
            profile_uuid = UUID(_profile_uuid)

        usecase_summary = d.pop("usecase_summary", UNSET)

        message_sample = d.pop("message_sample", UNSET)

        def _parse_optin_image_url(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                optin_image_url_type_1 = cast(list[str], data)

                return optin_image_url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        optin_image_url = _parse_optin_image_url(d.pop("optin_image_url", UNSET))

        def _parse_optin_type(data: object) -> str | TollfreeOptinType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                optin_type_type_0 = check_tollfree_optin_type(data)

                return optin_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TollfreeOptinType | Unset, data)

        optin_type = _parse_optin_type(d.pop("optin_type", UNSET))

        volume = d.pop("volume", UNSET)

        additional_information = d.pop("additional_information", UNSET)

        extra_data = d.pop("extra_data", UNSET)

        terms_and_conditions_link = d.pop("terms_and_conditions_link", UNSET)

        privacy_policy_link = d.pop("privacy_policy_link", UNSET)

        optin_message = d.pop("optin_message", UNSET)

        help_message = d.pop("help_message", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        def _parse_callback_method(data: object) -> CallbackMethod | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                callback_method_type_0 = check_callback_method(data)

                return callback_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallbackMethod | str | Unset, data)

        callback_method = _parse_callback_method(d.pop("callback_method", UNSET))

        error_message = d.pop("error_message", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _last_modified = d.pop("last_modified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        tollfree_verification = cls(
            uuid=uuid,
            number=number,
            usecase=usecase,
            status=status,
            api_id=api_id,
            profile_uuid=profile_uuid,
            usecase_summary=usecase_summary,
            message_sample=message_sample,
            optin_image_url=optin_image_url,
            optin_type=optin_type,
            volume=volume,
            additional_information=additional_information,
            extra_data=extra_data,
            terms_and_conditions_link=terms_and_conditions_link,
            privacy_policy_link=privacy_policy_link,
            optin_message=optin_message,
            help_message=help_message,
            callback_url=callback_url,
            callback_method=callback_method,
            error_message=error_message,
            created=created,
            last_modified=last_modified,
        )

        tollfree_verification.additional_properties = d
        return tollfree_verification

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
