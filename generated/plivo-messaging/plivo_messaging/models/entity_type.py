from typing import Literal

EntityType = Literal["GOVERNMENT", "INDIVIDUAL", "NON_PROFIT", "PRIVATE", "PUBLIC", "PUBLIC_PROFIT"]

ENTITY_TYPE_VALUES: set[EntityType] = {
    "GOVERNMENT",
    "INDIVIDUAL",
    "NON_PROFIT",
    "PRIVATE",
    "PUBLIC",
    "PUBLIC_PROFIT",
}


def check_entity_type(value: str) -> EntityType:
    if value in ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTITY_TYPE_VALUES!r}")
