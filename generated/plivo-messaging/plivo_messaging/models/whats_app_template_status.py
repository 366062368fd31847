from typing import Literal

WhatsAppTemplateStatus = Literal["APPROVED", "DISABLED", "PAUSED", "PENDING", "REJECTED"]

WHATS_APP_TEMPLATE_STATUS_VALUES: set[WhatsAppTemplateStatus] = {
    "APPROVED",
    "DISABLED",
    "PAUSED",
    "PENDING",
    "REJECTED",
}


def check_whats_app_template_status(value: str) -> WhatsAppTemplateStatus:
    if value in WHATS_APP_TEMPLATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATS_APP_TEMPLATE_STATUS_VALUES!r}")
