from typing import Literal

WhatsAppTemplateRejectionReason = Literal[
    "ABUSIVE_CONTENT", "INCORRECT_CATEGORY", "INVALID_FORMAT", "NONE", "PROMOTIONAL", "SCAM", "TAG_CONTENT_MISMATCH"
]

WHATS_APP_TEMPLATE_REJECTION_REASON_VALUES: set[WhatsAppTemplateRejectionReason] = {
    "ABUSIVE_CONTENT",
    "INCORRECT_CATEGORY",
    "INVALID_FORMAT",
    "NONE",
    "PROMOTIONAL",
    "SCAM",
    "TAG_CONTENT_MISMATCH",
}


def check_whats_app_template_rejection_reason(value: str) -> WhatsAppTemplateRejectionReason:
    if value in WHATS_APP_TEMPLATE_REJECTION_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATS_APP_TEMPLATE_REJECTION_REASON_VALUES!r}")
