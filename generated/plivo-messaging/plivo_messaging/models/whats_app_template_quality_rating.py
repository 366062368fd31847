from typing import Literal

WhatsAppTemplateQualityRating = Literal["GREEN", "RED", "UNKNOWN", "YELLOW"]

WHATS_APP_TEMPLATE_QUALITY_RATING_VALUES: set[WhatsAppTemplateQualityRating] = {
    "GREEN",
    "RED",
    "UNKNOWN",
    "YELLOW",
}


def check_whats_app_template_quality_rating(value: str) -> WhatsAppTemplateQualityRating:
    if value in WHATS_APP_TEMPLATE_QUALITY_RATING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATS_APP_TEMPLATE_QUALITY_RATING_VALUES!r}")
