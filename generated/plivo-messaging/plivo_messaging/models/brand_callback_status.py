from typing import Literal

BrandCallbackStatus = Literal["created", "registered", "rejected"]

BRAND_CALLBACK_STATUS_VALUES: set[BrandCallbackStatus] = {
    "created",
    "registered",
    "rejected",
}


def check_brand_callback_status(value: str) -> BrandCallbackStatus:
    if value in BRAND_CALLBACK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BRAND_CALLBACK_STATUS_VALUES!r}")
