from typing import Literal

BrandType = Literal["STANDARD", "STARTER"]

BRAND_TYPE_VALUES: set[BrandType] = {
    "STANDARD",
    "STARTER",
}


def check_brand_type(value: str) -> BrandType:
    if value in BRAND_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BRAND_TYPE_VALUES!r}")
