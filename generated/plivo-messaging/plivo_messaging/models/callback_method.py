from typing import Literal

CallbackMethod = Literal["GET", "POST"]

CALLBACK_METHOD_VALUES: set[CallbackMethod] = {
    "GET",
    "POST",
}


def check_callback_method(value: str) -> CallbackMethod:
    if value in CALLBACK_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALLBACK_METHOD_VALUES!r}")
