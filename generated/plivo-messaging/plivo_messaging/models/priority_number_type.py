from typing import Literal

PriorityNumberType = Literal["longcode", "shortcode", "tollfree"]

PRIORITY_NUMBER_TYPE_VALUES: set[PriorityNumberType] = {
    "longcode",
    "shortcode",
    "tollfree",
}


def check_priority_number_type(value: str) -> PriorityNumberType:
    if value in PRIORITY_NUMBER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRIORITY_NUMBER_TYPE_VALUES!r}")
