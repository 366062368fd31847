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

T = TypeVar("T", bound="UpdateTollfreeVerificationRequest")


@_attrs_define
class UpdateTollfreeVerificationRequest:
    """The verification fields to change; send at least one. The number cannot be changed."""

    profile_uuid: UUID | Unset = UNSET
    usecase: list[StandardUsecase] | str | Unset = UNSET
    """ Use cases of a toll-free verification: one string of standard use cases joined by commas
    (`2FA,ACCOUNT_NOTIFICATION`, what the SDKs send), or an array of them.
     """
    usecase_summary: str | Unset = UNSET
    """ What the number sends and to whom. """
    message_sample: str | Unset = UNSET
    """ Representative messages. """
    optin_image_url: list[str] | str | Unset = UNSET
    """ Where reviewers can see how recipients opt in: one URL, several URLs joined by commas, or an array
    of URLs.
     """
    optin_type: TollfreeOptinType | Unset = UNSET
    """ How recipients give consent to receive messages from the toll-free number. """
    volume: str | Unset = UNSET
    """ Expected monthly volume bucket. """
    additional_information: str | Unset = UNSET
    """ Anything else the reviewers should know. """
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
    """ An `http` or `https` URL Plivo calls with status events. """
    callback_method: CallbackMethod | Unset = UNSET
    """ HTTP method Plivo uses to call a callback URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_uuid: str | Unset = UNSET
        if not isinstance(self.profile_uuid, Unset):
            profile_uuid = str(self.profile_uuid)

        usecase: list[str] | str | Unset
        if isinstance(self.usecase, Unset):
            usecase = UNSET
        elif isinstance(self.usecase, list):
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

        optin_image_url: list[str] | str | Unset
        if isinstance(self.optin_image_url, Unset):
            optin_image_url = UNSET
        elif isinstance(self.optin_image_url, list):
            optin_image_url = self.optin_image_url

        else:
            optin_image_url = self.optin_image_url

        optin_type: str | Unset = UNSET
        if not isinstance(self.optin_type, Unset):
            optin_type = self.optin_type

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
        field_dict.update({})
        if profile_uuid is not UNSET:
            field_dict["profile_uuid"] = profile_uuid
        if usecase is not UNSET:
            field_dict["usecase"] = usecase
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _profile_uuid = d.pop("profile_uuid", UNSET)
        profile_uuid: UUID | Unset
        if isinstance(_profile_uuid, Unset):
            profile_uuid = UNSET
        else:
            profile_uuid = UUID(_profile_uuid)

        def _parse_usecase(data: object) -> list[StandardUsecase] | str | Unset:
            if isinstance(data, Unset):
                return data
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
            return cast(list[StandardUsecase] | str | Unset, data)

        usecase = _parse_usecase(d.pop("usecase", UNSET))

        usecase_summary = d.pop("usecase_summary", UNSET)

        message_sample = d.pop("message_sample", UNSET)

        def _parse_optin_image_url(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_optin_image_urls_type_1 = cast(list[str], data)

                return componentsschemas_optin_image_urls_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        optin_image_url = _parse_optin_image_url(d.pop("optin_image_url", UNSET))

        _optin_type = d.pop("optin_type", UNSET)
        optin_type: TollfreeOptinType | Unset
        if isinstance(_optin_type, Unset):
            optin_type = UNSET
        else:
            optin_type = check_tollfree_optin_type(_optin_type)

        volume = d.pop("volume", UNSET)

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

        update_tollfree_verification_request = cls(
            profile_uuid=profile_uuid,
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

        update_tollfree_verification_request.additional_properties = d
        return update_tollfree_verification_request

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
