from typing import Literal

WhatsAppTemplateCategory = Literal["AUTHENTICATION", "MARKETING", "UTILITY"]

WHATS_APP_TEMPLATE_CATEGORY_VALUES: set[WhatsAppTemplateCategory] = {
    "AUTHENTICATION",
    "MARKETING",
    "UTILITY",
}


def check_whats_app_template_category(value: str) -> WhatsAppTemplateCategory:
    if value in WHATS_APP_TEMPLATE_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATS_APP_TEMPLATE_CATEGORY_VALUES!r}")
