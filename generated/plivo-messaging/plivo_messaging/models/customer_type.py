from typing import Literal

CustomerType = Literal["DIRECT", "RESELLER"]

CUSTOMER_TYPE_VALUES: set[CustomerType] = {
    "DIRECT",
    "RESELLER",
}


def check_customer_type(value: str) -> CustomerType:
    if value in CUSTOMER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_TYPE_VALUES!r}")
