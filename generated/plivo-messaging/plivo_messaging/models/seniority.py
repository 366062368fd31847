from typing import Literal

Seniority = Literal["CEO", "CFO", "DIRECTOR", "GENERAL_COUNSEL", "GM", "OTHER", "VP"]

SENIORITY_VALUES: set[Seniority] = {
    "CEO",
    "CFO",
    "DIRECTOR",
    "GENERAL_COUNSEL",
    "GM",
    "OTHER",
    "VP",
}


def check_seniority(value: str) -> Seniority:
    if value in SENIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SENIORITY_VALUES!r}")
