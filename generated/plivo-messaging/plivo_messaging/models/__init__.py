"""Contains all the data models used in inputs/outputs

Each model is imported when first used: `from plivo_messaging.models import Message` loads the
`message` module (and what it needs), not every model.
"""

from typing import TYPE_CHECKING

from .._lazy import attach

if TYPE_CHECKING:
    from .add_pool_number_request import AddPoolNumberRequest
    from .add_pool_tollfree_number_request import AddPoolTollfreeNumberRequest
    from .alt_business_id_type import AltBusinessIdType
    from .api_error_fields import ApiErrorFields
    from .api_error_response import ApiErrorResponse
    from .application_type import ApplicationType
    from .authorized_contact import AuthorizedContact
    from .authorized_contact_request import AuthorizedContactRequest
    from .boolean_string import BooleanString
    from .brand import Brand
    from .brand_callback_status import BrandCallbackStatus
    from .brand_declined_reason import BrandDeclinedReason
    from .brand_list import BrandList
    from .brand_registration_status import BrandRegistrationStatus
    from .brand_response import BrandResponse
    from .brand_status_callback import BrandStatusCallback
    from .brand_type import BrandType
    from .brand_usecase import BrandUsecase
    from .brand_usecases import BrandUsecases
    from .callback_method import CallbackMethod
    from .campaign import Campaign
    from .campaign_attributes import CampaignAttributes
    from .campaign_callback_status import CampaignCallbackStatus
    from .campaign_list import CampaignList
    from .campaign_mno_metadata import CampaignMnoMetadata
    from .campaign_number import CampaignNumber
    from .campaign_number_callback_status import CampaignNumberCallbackStatus
    from .campaign_number_status import CampaignNumberStatus
    from .campaign_number_status_callback import CampaignNumberStatusCallback
    from .campaign_number_status_counts import CampaignNumberStatusCounts
    from .campaign_numbers import CampaignNumbers
    from .campaign_registration_status import CampaignRegistrationStatus
    from .campaign_response import CampaignResponse
    from .campaign_source import CampaignSource
    from .campaign_status_callback import CampaignStatusCallback
    from .campaign_usecase import CampaignUsecase
    from .conversation_origin import ConversationOrigin
    from .create_brand_request import CreateBrandRequest
    from .create_brand_response import CreateBrandResponse
    from .create_campaign_request import CreateCampaignRequest
    from .create_campaign_response import CreateCampaignResponse
    from .create_powerpack_request import CreatePowerpackRequest
    from .create_profile_request import CreateProfileRequest
    from .create_profile_response import CreateProfileResponse
    from .create_tollfree_verification_request import CreateTollfreeVerificationRequest
    from .create_tollfree_verification_response import CreateTollfreeVerificationResponse
    from .create_whats_app_template_request import CreateWhatsAppTemplateRequest
    from .customer_type import CustomerType
    from .delete_brand_response import DeleteBrandResponse
    from .delete_campaign_response import DeleteCampaignResponse
    from .delete_profile_response import DeleteProfileResponse
    from .delete_success_response import DeleteSuccessResponse
    from .entity_type import EntityType
    from .import_campaign_request import ImportCampaignRequest
    from .import_campaign_response import ImportCampaignResponse
    from .inbound_message_callback import InboundMessageCallback
    from .link_campaign_numbers_request import LinkCampaignNumbersRequest
    from .link_campaign_numbers_response import LinkCampaignNumbersResponse
    from .media import Media
    from .media_list import MediaList
    from .media_upload_request import MediaUploadRequest
    from .media_upload_response import MediaUploadResponse
    from .media_upload_result import MediaUploadResult
    from .message import Message
    from .message_direction import MessageDirection
    from .message_intent import MessageIntent
    from .message_list import MessageList
    from .message_log import MessageLog
    from .message_media import MessageMedia
    from .message_media_list import MessageMediaList
    from .message_state import MessageState
    from .message_status_callback import MessageStatusCallback
    from .message_type import MessageType
    from .mno_carrier_metadata import MnoCarrierMetadata
    from .number_pool import NumberPool
    from .number_priority import NumberPriority
    from .number_priority_order import NumberPriorityOrder
    from .pagination_meta import PaginationMeta
    from .pool_number import PoolNumber
    from .pool_number_list import PoolNumberList
    from .pool_number_type import PoolNumberType
    from .pool_service import PoolService
    from .pool_shortcode import PoolShortcode
    from .pool_shortcode_list import PoolShortcodeList
    from .pool_tollfree import PoolTollfree
    from .pool_tollfree_list import PoolTollfreeList
    from .powerpack import Powerpack
    from .powerpack_list import PowerpackList
    from .priority_number_type import PriorityNumberType
    from .priority_service_type import PriorityServiceType
    from .profile import Profile
    from .profile_address import ProfileAddress
    from .profile_address_request import ProfileAddressRequest
    from .profile_list import ProfileList
    from .profile_response import ProfileResponse
    from .profile_type import ProfileType
    from .send_message_request import SendMessageRequest
    from .send_message_response import SendMessageResponse
    from .seniority import Seniority
    from .standard_usecase import StandardUsecase
    from .stock_exchange import StockExchange
    from .tollfree_optin_type import TollfreeOptinType
    from .tollfree_verification import TollfreeVerification
    from .tollfree_verification_list import TollfreeVerificationList
    from .tollfree_verification_status import TollfreeVerificationStatus
    from .tollfree_verification_status_callback import TollfreeVerificationStatusCallback
    from .trigger_brand_otp_response import TriggerBrandOtpResponse
    from .unlink_campaign_number_response import UnlinkCampaignNumberResponse
    from .update_campaign_request import UpdateCampaignRequest
    from .update_powerpack_request import UpdatePowerpackRequest
    from .update_profile_request import UpdateProfileRequest
    from .update_tollfree_verification_request import UpdateTollfreeVerificationRequest
    from .update_tollfree_verification_response import UpdateTollfreeVerificationResponse
    from .update_whats_app_template_request import UpdateWhatsAppTemplateRequest
    from .vertical import Vertical
    from .whats_app_template import WhatsAppTemplate
    from .whats_app_template_button import WhatsAppTemplateButton
    from .whats_app_template_category import WhatsAppTemplateCategory
    from .whats_app_template_component import WhatsAppTemplateComponent
    from .whats_app_template_component_type import WhatsAppTemplateComponentType
    from .whats_app_template_example import WhatsAppTemplateExample
    from .whats_app_template_list import WhatsAppTemplateList
    from .whats_app_template_quality import WhatsAppTemplateQuality
    from .whats_app_template_quality_rating import WhatsAppTemplateQualityRating
    from .whats_app_template_rejection_reason import WhatsAppTemplateRejectionReason
    from .whats_app_template_status import WhatsAppTemplateStatus
    from .whatsapp_interactive import WhatsappInteractive
    from .whatsapp_interactive_action import WhatsappInteractiveAction
    from .whatsapp_interactive_body import WhatsappInteractiveBody
    from .whatsapp_interactive_button import WhatsappInteractiveButton
    from .whatsapp_interactive_footer import WhatsappInteractiveFooter
    from .whatsapp_interactive_header import WhatsappInteractiveHeader
    from .whatsapp_interactive_header_type import WhatsappInteractiveHeaderType
    from .whatsapp_interactive_row import WhatsappInteractiveRow
    from .whatsapp_interactive_section import WhatsappInteractiveSection
    from .whatsapp_message_location import WhatsappMessageLocation
    from .whatsapp_message_template import WhatsappMessageTemplate
    from .whatsapp_message_template_card import WhatsappMessageTemplateCard
    from .whatsapp_message_template_component import WhatsappMessageTemplateComponent
    from .whatsapp_message_template_currency import WhatsappMessageTemplateCurrency
    from .whatsapp_message_template_date_time import WhatsappMessageTemplateDateTime
    from .whatsapp_message_template_parameter import WhatsappMessageTemplateParameter

__all__ = (
    "AddPoolNumberRequest",
    "AddPoolTollfreeNumberRequest",
    "AltBusinessIdType",
    "ApiErrorFields",
    "ApiErrorResponse",
    "ApplicationType",
    "AuthorizedContact",
    "AuthorizedContactRequest",
    "BooleanString",
    "Brand",
    "BrandCallbackStatus",
    "BrandDeclinedReason",
    "BrandList",
    "BrandRegistrationStatus",
    "BrandResponse",
    "BrandStatusCallback",
    "BrandType",
    "BrandUsecase",
    "BrandUsecases",
    "CallbackMethod",
    "Campaign",
    "CampaignAttributes",
    "CampaignCallbackStatus",
    "CampaignList",
    "CampaignMnoMetadata",
    "CampaignNumber",
    "CampaignNumberCallbackStatus",
    "CampaignNumbers",
    "CampaignNumberStatus",
    "CampaignNumberStatusCallback",
    "CampaignNumberStatusCounts",
    "CampaignRegistrationStatus",
    "CampaignResponse",
    "CampaignSource",
    "CampaignStatusCallback",
    "CampaignUsecase",
    "ConversationOrigin",
    "CreateBrandRequest",
    "CreateBrandResponse",
    "CreateCampaignRequest",
    "CreateCampaignResponse",
    "CreatePowerpackRequest",
    "CreateProfileRequest",
    "CreateProfileResponse",
    "CreateTollfreeVerificationRequest",
    "CreateTollfreeVerificationResponse",
    "CreateWhatsAppTemplateRequest",
    "CustomerType",
    "DeleteBrandResponse",
    "DeleteCampaignResponse",
    "DeleteProfileResponse",
    "DeleteSuccessResponse",
    "EntityType",
    "ImportCampaignRequest",
    "ImportCampaignResponse",
    "InboundMessageCallback",
    "LinkCampaignNumbersRequest",
    "LinkCampaignNumbersResponse",
    "Media",
    "MediaList",
    "MediaUploadRequest",
    "MediaUploadResponse",
    "MediaUploadResult",
    "Message",
    "MessageDirection",
    "MessageIntent",
    "MessageList",
    "MessageLog",
    "MessageMedia",
    "MessageMediaList",
    "MessageState",
    "MessageStatusCallback",
    "MessageType",
    "MnoCarrierMetadata",
    "NumberPool",
    "NumberPriority",
    "NumberPriorityOrder",
    "PaginationMeta",
    "PoolNumber",
    "PoolNumberList",
    "PoolNumberType",
    "PoolService",
    "PoolShortcode",
    "PoolShortcodeList",
    "PoolTollfree",
    "PoolTollfreeList",
    "Powerpack",
    "PowerpackList",
    "PriorityNumberType",
    "PriorityServiceType",
    "Profile",
    "ProfileAddress",
    "ProfileAddressRequest",
    "ProfileList",
    "ProfileResponse",
    "ProfileType",
    "SendMessageRequest",
    "SendMessageResponse",
    "Seniority",
    "StandardUsecase",
    "StockExchange",
    "TollfreeOptinType",
    "TollfreeVerification",
    "TollfreeVerificationList",
    "TollfreeVerificationStatus",
    "TollfreeVerificationStatusCallback",
    "TriggerBrandOtpResponse",
    "UnlinkCampaignNumberResponse",
    "UpdateCampaignRequest",
    "UpdatePowerpackRequest",
    "UpdateProfileRequest",
    "UpdateTollfreeVerificationRequest",
    "UpdateTollfreeVerificationResponse",
    "UpdateWhatsAppTemplateRequest",
    "Vertical",
    "WhatsappInteractive",
    "WhatsappInteractiveAction",
    "WhatsappInteractiveBody",
    "WhatsappInteractiveButton",
    "WhatsappInteractiveFooter",
    "WhatsappInteractiveHeader",
    "WhatsappInteractiveHeaderType",
    "WhatsappInteractiveRow",
    "WhatsappInteractiveSection",
    "WhatsappMessageLocation",
    "WhatsappMessageTemplate",
    "WhatsappMessageTemplateCard",
    "WhatsappMessageTemplateComponent",
    "WhatsappMessageTemplateCurrency",
    "WhatsappMessageTemplateDateTime",
    "WhatsappMessageTemplateParameter",
    "WhatsAppTemplate",
    "WhatsAppTemplateButton",
    "WhatsAppTemplateCategory",
    "WhatsAppTemplateComponent",
    "WhatsAppTemplateComponentType",
    "WhatsAppTemplateExample",
    "WhatsAppTemplateList",
    "WhatsAppTemplateQuality",
    "WhatsAppTemplateQualityRating",
    "WhatsAppTemplateRejectionReason",
    "WhatsAppTemplateStatus",
)

# Hidden from type checkers: with a module __getattr__ they would accept any name, typos included.
if not TYPE_CHECKING:
    __getattr__, __dir__ = attach(
        __name__,
        {
            "AddPoolNumberRequest": "add_pool_number_request",
            "AddPoolTollfreeNumberRequest": "add_pool_tollfree_number_request",
            "AltBusinessIdType": "alt_business_id_type",
            "ApiErrorFields": "api_error_fields",
            "ApiErrorResponse": "api_error_response",
            "ApplicationType": "application_type",
            "AuthorizedContact": "authorized_contact",
            "AuthorizedContactRequest": "authorized_contact_request",
            "BooleanString": "boolean_string",
            "Brand": "brand",
            "BrandCallbackStatus": "brand_callback_status",
            "BrandDeclinedReason": "brand_declined_reason",
            "BrandList": "brand_list",
            "BrandRegistrationStatus": "brand_registration_status",
            "BrandResponse": "brand_response",
            "BrandStatusCallback": "brand_status_callback",
            "BrandType": "brand_type",
            "BrandUsecase": "brand_usecase",
            "BrandUsecases": "brand_usecases",
            "CallbackMethod": "callback_method",
            "Campaign": "campaign",
            "CampaignAttributes": "campaign_attributes",
            "CampaignCallbackStatus": "campaign_callback_status",
            "CampaignList": "campaign_list",
            "CampaignMnoMetadata": "campaign_mno_metadata",
            "CampaignNumber": "campaign_number",
            "CampaignNumberCallbackStatus": "campaign_number_callback_status",
            "CampaignNumberStatus": "campaign_number_status",
            "CampaignNumberStatusCallback": "campaign_number_status_callback",
            "CampaignNumberStatusCounts": "campaign_number_status_counts",
            "CampaignNumbers": "campaign_numbers",
            "CampaignRegistrationStatus": "campaign_registration_status",
            "CampaignResponse": "campaign_response",
            "CampaignSource": "campaign_source",
            "CampaignStatusCallback": "campaign_status_callback",
            "CampaignUsecase": "campaign_usecase",
            "ConversationOrigin": "conversation_origin",
            "CreateBrandRequest": "create_brand_request",
            "CreateBrandResponse": "create_brand_response",
            "CreateCampaignRequest": "create_campaign_request",
            "CreateCampaignResponse": "create_campaign_response",
            "CreatePowerpackRequest": "create_powerpack_request",
            "CreateProfileRequest": "create_profile_request",
            "CreateProfileResponse": "create_profile_response",
            "CreateTollfreeVerificationRequest": "create_tollfree_verification_request",
            "CreateTollfreeVerificationResponse": "create_tollfree_verification_response",
            "CreateWhatsAppTemplateRequest": "create_whats_app_template_request",
            "CustomerType": "customer_type",
            "DeleteBrandResponse": "delete_brand_response",
            "DeleteCampaignResponse": "delete_campaign_response",
            "DeleteProfileResponse": "delete_profile_response",
            "DeleteSuccessResponse": "delete_success_response",
            "EntityType": "entity_type",
            "ImportCampaignRequest": "import_campaign_request",
            "ImportCampaignResponse": "import_campaign_response",
            "InboundMessageCallback": "inbound_message_callback",
            "LinkCampaignNumbersRequest": "link_campaign_numbers_request",
            "LinkCampaignNumbersResponse": "link_campaign_numbers_response",
            "Media": "media",
            "MediaList": "media_list",
            "MediaUploadRequest": "media_upload_request",
            "MediaUploadResponse": "media_upload_response",
            "MediaUploadResult": "media_upload_result",
            "Message": "message",
            "MessageDirection": "message_direction",
            "MessageIntent": "message_intent",
            "MessageList": "message_list",
            "MessageLog": "message_log",
            "MessageMedia": "message_media",
            "MessageMediaList": "message_media_list",
            "MessageState": "message_state",
            "MessageStatusCallback": "message_status_callback",
            "MessageType": "message_type",
            "MnoCarrierMetadata": "mno_carrier_metadata",
            "NumberPool": "number_pool",
            "NumberPriority": "number_priority",
            "NumberPriorityOrder": "number_priority_order",
            "PaginationMeta": "pagination_meta",
            "PoolNumber": "pool_number",
            "PoolNumberList": "pool_number_list",
            "PoolNumberType": "pool_number_type",
            "PoolService": "pool_service",
            "PoolShortcode": "pool_shortcode",
            "PoolShortcodeList": "pool_shortcode_list",
            "PoolTollfree": "pool_tollfree",
            "PoolTollfreeList": "pool_tollfree_list",
            "Powerpack": "powerpack",
            "PowerpackList": "powerpack_list",
            "PriorityNumberType": "priority_number_type",
            "PriorityServiceType": "priority_service_type",
            "Profile": "profile",
            "ProfileAddress": "profile_address",
            "ProfileAddressRequest": "profile_address_request",
            "ProfileList": "profile_list",
            "ProfileResponse": "profile_response",
            "ProfileType": "profile_type",
            "SendMessageRequest": "send_message_request",
            "SendMessageResponse": "send_message_response",
            "Seniority": "seniority",
            "StandardUsecase": "standard_usecase",
            "StockExchange": "stock_exchange",
            "TollfreeOptinType": "tollfree_optin_type",
            "TollfreeVerification": "tollfree_verification",
            "TollfreeVerificationList": "tollfree_verification_list",
            "TollfreeVerificationStatus": "tollfree_verification_status",
            "TollfreeVerificationStatusCallback": "tollfree_verification_status_callback",
            "TriggerBrandOtpResponse": "trigger_brand_otp_response",
            "UnlinkCampaignNumberResponse": "unlink_campaign_number_response",
            "UpdateCampaignRequest": "update_campaign_request",
            "UpdatePowerpackRequest": "update_powerpack_request",
            "UpdateProfileRequest": "update_profile_request",
            "UpdateTollfreeVerificationRequest": "update_tollfree_verification_request",
            "UpdateTollfreeVerificationResponse": "update_tollfree_verification_response",
            "UpdateWhatsAppTemplateRequest": "update_whats_app_template_request",
            "Vertical": "vertical",
            "WhatsAppTemplate": "whats_app_template",
            "WhatsAppTemplateButton": "whats_app_template_button",
            "WhatsAppTemplateCategory": "whats_app_template_category",
            "WhatsAppTemplateComponent": "whats_app_template_component",
            "WhatsAppTemplateComponentType": "whats_app_template_component_type",
            "WhatsAppTemplateExample": "whats_app_template_example",
            "WhatsAppTemplateList": "whats_app_template_list",
            "WhatsAppTemplateQuality": "whats_app_template_quality",
            "WhatsAppTemplateQualityRating": "whats_app_template_quality_rating",
            "WhatsAppTemplateRejectionReason": "whats_app_template_rejection_reason",
            "WhatsAppTemplateStatus": "whats_app_template_status",
            "WhatsappInteractive": "whatsapp_interactive",
            "WhatsappInteractiveAction": "whatsapp_interactive_action",
            "WhatsappInteractiveBody": "whatsapp_interactive_body",
            "WhatsappInteractiveButton": "whatsapp_interactive_button",
            "WhatsappInteractiveFooter": "whatsapp_interactive_footer",
            "WhatsappInteractiveHeader": "whatsapp_interactive_header",
            "WhatsappInteractiveHeaderType": "whatsapp_interactive_header_type",
            "WhatsappInteractiveRow": "whatsapp_interactive_row",
            "WhatsappInteractiveSection": "whatsapp_interactive_section",
            "WhatsappMessageLocation": "whatsapp_message_location",
            "WhatsappMessageTemplate": "whatsapp_message_template",
            "WhatsappMessageTemplateCard": "whatsapp_message_template_card",
            "WhatsappMessageTemplateComponent": "whatsapp_message_template_component",
            "WhatsappMessageTemplateCurrency": "whatsapp_message_template_currency",
            "WhatsappMessageTemplateDateTime": "whatsapp_message_template_date_time",
            "WhatsappMessageTemplateParameter": "whatsapp_message_template_parameter",
        },
    )
