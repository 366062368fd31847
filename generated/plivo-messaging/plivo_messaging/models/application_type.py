from typing import Literal

ApplicationType = Literal["phlo", "PHLO", "XML", "xml"]

APPLICATION_TYPE_VALUES: set[ApplicationType] = {
    "phlo",
    "PHLO",
    "XML",
    "xml",
}


def check_application_type(value: str) -> ApplicationType:
    if value in APPLICATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPLICATION_TYPE_VALUES!r}")
