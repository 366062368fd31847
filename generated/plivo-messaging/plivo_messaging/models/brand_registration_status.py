from typing import Literal

BrandRegistrationStatus = Literal["COMPLETED", "FAILED", "PROCESSING"]

BRAND_REGISTRATION_STATUS_VALUES: set[BrandRegistrationStatus] = {
    "COMPLETED",
    "FAILED",
    "PROCESSING",
}


def check_brand_registration_status(value: str) -> BrandRegistrationStatus:
    if value in BRAND_REGISTRATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BRAND_REGISTRATION_STATUS_VALUES!r}")
