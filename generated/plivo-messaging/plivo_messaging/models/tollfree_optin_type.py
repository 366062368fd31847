from typing import Literal

TollfreeOptinType = Literal["MOBILE_QR_CODE", "PAPER_FORM", "VERBAL", "VIA_TEXT", "WEB_FORM"]

TOLLFREE_OPTIN_TYPE_VALUES: set[TollfreeOptinType] = {
    "MOBILE_QR_CODE",
    "PAPER_FORM",
    "VERBAL",
    "VIA_TEXT",
    "WEB_FORM",
}


def check_tollfree_optin_type(value: str) -> TollfreeOptinType:
    if value in TOLLFREE_OPTIN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOLLFREE_OPTIN_TYPE_VALUES!r}")
