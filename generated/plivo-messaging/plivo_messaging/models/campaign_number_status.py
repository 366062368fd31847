from typing import Literal

CampaignNumberStatus = Literal["COMPLETED", "FAILED", "PROCESSING"]

CAMPAIGN_NUMBER_STATUS_VALUES: set[CampaignNumberStatus] = {
    "COMPLETED",
    "FAILED",
    "PROCESSING",
}


def check_campaign_number_status(value: str) -> CampaignNumberStatus:
    if value in CAMPAIGN_NUMBER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_NUMBER_STATUS_VALUES!r}")
