from typing import Literal

StandardUsecase = Literal[
    "2FA",
    "ACCOUNT_NOTIFICATION",
    "CUSTOMER_CARE",
    "DELIVERY_NOTIFICATION",
    "FRAUD_ALERT",
    "HIGHER_EDUCATION",
    "MARKETING",
    "POLLING_VOTING",
    "PUBLIC_SERVICE_ANNOUNCEMENT",
    "SECURITY_ALERT",
]

STANDARD_USECASE_VALUES: set[StandardUsecase] = {
    "2FA",
    "ACCOUNT_NOTIFICATION",
    "CUSTOMER_CARE",
    "DELIVERY_NOTIFICATION",
    "FRAUD_ALERT",
    "HIGHER_EDUCATION",
    "MARKETING",
    "POLLING_VOTING",
    "PUBLIC_SERVICE_ANNOUNCEMENT",
    "SECURITY_ALERT",
}


def check_standard_usecase(value: str) -> StandardUsecase:
    if value in STANDARD_USECASE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARD_USECASE_VALUES!r}")
