from typing import Literal

WhatsAppTemplateComponentType = Literal["BODY", "BUTTONS", "CAROUSEL", "FOOTER", "HEADER"]

WHATS_APP_TEMPLATE_COMPONENT_TYPE_VALUES: set[WhatsAppTemplateComponentType] = {
    "BODY",
    "BUTTONS",
    "CAROUSEL",
    "FOOTER",
    "HEADER",
}


def check_whats_app_template_component_type(value: str) -> WhatsAppTemplateComponentType:
    if value in WHATS_APP_TEMPLATE_COMPONENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATS_APP_TEMPLATE_COMPONENT_TYPE_VALUES!r}")
