from typing import Literal

ProfileType = Literal["PRIMARY", "SECONDARY"]

PROFILE_TYPE_VALUES: set[ProfileType] = {
    "PRIMARY",
    "SECONDARY",
}


def check_profile_type(value: str) -> ProfileType:
    if value in PROFILE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROFILE_TYPE_VALUES!r}")
