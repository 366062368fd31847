from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_method import CallbackMethod, check_callback_method
from ..models.standard_usecase import StandardUsecase, check_standard_usecase
from ..models.tollfree_optin_type import TollfreeOptinType, check_tollfree_optin_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTollfreeVerificationRequest")


@_attrs_define
class CreateTollfreeVerificationRequest:
    """A toll-free number to submit for verification, with the traffic it will carry."""

    profile_uuid: UUID
    number: str
    """ A phone number given in a request: digits with the country code, optionally in E.164 form
    with a leading `+`, which Plivo strips (answers carry the number without it).
     """
    usecase: list[StandardUsecase] | str
    """ Use cases of a toll-free verification: one string of standard use cases joined by commas
    (`2FA,ACCOUNT_NOTIFICATION`, what the SDKs send), or an array of them.
     """
    usecase_summary: str
    """ What the number sends and to whom. """
    message_sample: str
    """ One or more representative messages. """
    optin_image_url: list[str] | str
    """ Where reviewers can see how recipients opt in: one URL, several URLs joined by commas, or an array
    of URLs.
     """
    optin_type: TollfreeOptinType
    """ How recipients give consent to receive messages from the toll-free number. """
    volume: str
    """ Expected monthly message volume, as one of Plivo's volume buckets written as a string (for
    example `10`, `100`, `1,000`, `10,000`); the full list of buckets is not documented.
     """
    additional_information: str | Unset = UNSET
    """ Anything else the reviewers should know. """
    extra_data: str | Unset = UNSET
    """ Free text kept with the request. """
    terms_and_conditions_link: str | Unset = UNSET
    """ Link to the messaging terms shown to recipients. """
    privacy_policy_link: str | Unset = UNSET
    """ Link to the privacy policy. """
    optin_message: str | Unset = UNSET
    """ Message confirming an opt-in. """
    help_message: str | Unset = UNSET
    """ Reply to a help keyword. """
    callback_url: str | Unset = UNSET
    """ An `http` or `https` URL Plivo calls with status events. """
    callback_method: CallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to call a callback URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_uuid = str(self.profile_uuid)

        number = self.number

        usecase: list[str] | str
        if isinstance(self.usecase, list):
            usecase = []
            for componentsschemas_tollfree_usecase_list_type_1_item_data in self.usecase:
                componentsschemas_tollfree_usecase_list_type_1_item: str = (
                    componentsschemas_tollfree_usecase_list_type_1_item_data
                )
                usecase.append(componentsschemas_tollfree_usecase_list_type_1_item)

        else:
            usecase = self.usecase

        usecase_summary = self.usecase_summary

        message_sample = self.message_sample

        optin_image_url: list[str] | str
        if isinstance(self.optin_image_url, list):
            optin_image_url = self.optin_image_url

        else:
            optin_image_url = self.optin_image_url

        optin_type: str = self.optin_type

        volume = self.volume

        additional_information = self.additional_information

        extra_data = self.extra_data

        terms_and_conditions_link = self.terms_and_conditions_link

        privacy_policy_link = self.privacy_policy_link

        optin_message = self.optin_message

        help_message = self.help_message

        callback_url = self.callback_url

        callback_method: str | Unset = UNSET
        if not isinstance(self.callback_method, Unset):
            callback_method = self.callback_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile_uuid": profile_uuid,
                "number": number,
                "usecase": usecase,
                "usecase_summary": usecase_summary,
                "message_sample": message_sample,
                "optin_image_url": optin_image_url,
                "optin_type": optin_type,
                "volume": volume,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_uuid = UUID(d.pop("profile_uuid"))

        number = d.pop("number")

        def _parse_usecase(data: object) -> list[StandardUsecase] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_tollfree_usecase_list_type_1 = []
                _componentsschemas_tollfree_usecase_list_type_1 = data
                for (
                    componentsschemas_tollfree_usecase_list_type_1_item_data
                ) in _componentsschemas_tollfree_usecase_list_type_1:
                    componentsschemas_tollfree_usecase_list_type_1_item = check_standard_usecase(
                        componentsschemas_tollfree_usecase_list_type_1_item_data
                    )

                    componentsschemas_tollfree_usecase_list_type_1.append(
                        componentsschemas_tollfree_usecase_list_type_1_item
                    )

                return componentsschemas_tollfree_usecase_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StandardUsecase] | str, data)

        usecase = _parse_usecase(d.pop("usecase"))

        usecase_summary = d.pop("usecase_summary")

        message_sample = d.pop("message_sample")

        def _parse_optin_image_url(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_optin_image_urls_type_1 = cast(list[str], data)

                return componentsschemas_optin_image_urls_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        optin_image_url = _parse_optin_image_url(d.pop("optin_image_url"))

        optin_type = check_tollfree_optin_type(d.pop("optin_type"))

        volume = d.pop("volume")

        additional_information = d.pop("additional_information", UNSET)

        extra_data = d.pop("extra_data", UNSET)

        terms_and_conditions_link = d.pop("terms_and_conditions_link", UNSET)

        privacy_policy_link = d.pop("privacy_policy_link", UNSET)

        optin_message = d.pop("optin_message", UNSET)

        help_message = d.pop("help_message", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        _callback_method = d.pop("callback_method", UNSET)
        callback_method: CallbackMethod | Unset
        if isinstance(_callback_method, Unset):
            callback_method = UNSET
        else:
            callback_method = check_callback_method(_callback_method)

        create_tollfree_verification_request = cls(
            profile_uuid=profile_uuid,
            number=number,
            usecase=usecase,
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
        )

        create_tollfree_verification_request.additional_properties = d
        return create_tollfree_verification_request

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
