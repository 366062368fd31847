from typing import Literal

AltBusinessIdType = Literal["DUNS", "GIIN", "LEI", "NONE"]

ALT_BUSINESS_ID_TYPE_VALUES: set[AltBusinessIdType] = {
    "DUNS",
    "GIIN",
    "LEI",
    "NONE",
}


def check_alt_business_id_type(value: str) -> AltBusinessIdType:
    if value in ALT_BUSINESS_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALT_BUSINESS_ID_TYPE_VALUES!r}")
