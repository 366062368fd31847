from typing import Literal

CampaignUsecase = Literal[
    "2FA",
    "ACCOUNT_NOTIFICATION",
    "CUSTOMER_CARE",
    "DELIVERY_NOTIFICATION",
    "FRAUD_ALERT",
    "HIGHER_EDUCATION",
    "LOW_VOLUME",
    "MARKETING",
    "MIXED",
    "POLLING_VOTING",
    "PUBLIC_SERVICE_ANNOUNCEMENT",
    "SECURITY_ALERT",
    "STARTER",
]

CAMPAIGN_USECASE_VALUES: set[CampaignUsecase] = {
    "2FA",
    "ACCOUNT_NOTIFICATION",
    "CUSTOMER_CARE",
    "DELIVERY_NOTIFICATION",
    "FRAUD_ALERT",
    "HIGHER_EDUCATION",
    "LOW_VOLUME",
    "MARKETING",
    "MIXED",
    "POLLING_VOTING",
    "PUBLIC_SERVICE_ANNOUNCEMENT",
    "SECURITY_ALERT",
    "STARTER",
}


def check_campaign_usecase(value: str) -> CampaignUsecase:
    if value in CAMPAIGN_USECASE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_USECASE_VALUES!r}")
