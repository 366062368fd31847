from typing import Literal

Vertical = Literal[
    "AGRICULTURE",
    "COMMUNICATION",
    "CONSTRUCTION",
    "EDUCATION",
    "ENERGY",
    "ENTERTAINMENT",
    "FINANCIAL",
    "GAMBLING",
    "GOVERNMENT",
    "HEALTHCARE",
    "HOSPITALITY",
    "HUMAN_RESOURCES",
    "INSURANCE",
    "LEGAL",
    "MANUFACTURING",
    "NGO",
    "POLITICAL",
    "POSTAL",
    "PROFESSIONAL",
    "REAL_ESTATE",
    "RETAIL",
    "TECHNOLOGY",
    "TRANSPORTATION",
]

VERTICAL_VALUES: set[Vertical] = {
    "AGRICULTURE",
    "COMMUNICATION",
    "CONSTRUCTION",
    "EDUCATION",
    "ENERGY",
    "ENTERTAINMENT",
    "FINANCIAL",
    "GAMBLING",
    "GOVERNMENT",
    "HEALTHCARE",
    "HOSPITALITY",
    "HUMAN_RESOURCES",
    "INSURANCE",
    "LEGAL",
    "MANUFACTURING",
    "NGO",
    "POLITICAL",
    "POSTAL",
    "PROFESSIONAL",
    "REAL_ESTATE",
    "RETAIL",
    "TECHNOLOGY",
    "TRANSPORTATION",
}


def check_vertical(value: str) -> Vertical:
    if value in VERTICAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERTICAL_VALUES!r}")
