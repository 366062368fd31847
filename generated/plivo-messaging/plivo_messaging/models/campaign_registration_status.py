from typing import Literal

CampaignRegistrationStatus = Literal["ACTIVE", "EXPIRED", "FAILED", "PROCESSING"]

CAMPAIGN_REGISTRATION_STATUS_VALUES: set[CampaignRegistrationStatus] = {
    "ACTIVE",
    "EXPIRED",
    "FAILED",
    "PROCESSING",
}


def check_campaign_registration_status(value: str) -> CampaignRegistrationStatus:
    if value in CAMPAIGN_REGISTRATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_REGISTRATION_STATUS_VALUES!r}")
