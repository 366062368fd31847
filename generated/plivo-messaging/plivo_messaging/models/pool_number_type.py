from typing import Literal

PoolNumberType = Literal["fixed", "mobile", "toll-free", "tollfree"]

POOL_NUMBER_TYPE_VALUES: set[PoolNumberType] = {
    "fixed",
    "mobile",
    "toll-free",
    "tollfree",
}


def check_pool_number_type(value: str) -> PoolNumberType:
    if value in POOL_NUMBER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POOL_NUMBER_TYPE_VALUES!r}")
