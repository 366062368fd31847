from typing import Literal

PriorityServiceType = Literal["MMS", "SMS"]

PRIORITY_SERVICE_TYPE_VALUES: set[PriorityServiceType] = {
    "MMS",
    "SMS",
}


def check_priority_service_type(value: str) -> PriorityServiceType:
    if value in PRIORITY_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRIORITY_SERVICE_TYPE_VALUES!r}")
