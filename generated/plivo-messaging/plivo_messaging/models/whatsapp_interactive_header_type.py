from typing import Literal

WhatsappInteractiveHeaderType = Literal["document", "image", "text", "video"]

WHATSAPP_INTERACTIVE_HEADER_TYPE_VALUES: set[WhatsappInteractiveHeaderType] = {
    "document",
    "image",
    "text",
    "video",
}


def check_whatsapp_interactive_header_type(value: str) -> WhatsappInteractiveHeaderType:
    if value in WHATSAPP_INTERACTIVE_HEADER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATSAPP_INTERACTIVE_HEADER_TYPE_VALUES!r}")
