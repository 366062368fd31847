from typing import Literal

PoolService = Literal["mms", "sms"]

POOL_SERVICE_VALUES: set[PoolService] = {
    "mms",
    "sms",
}


def check_pool_service(value: str) -> PoolService:
    if value in POOL_SERVICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POOL_SERVICE_VALUES!r}")
