from typing import Literal

CampaignNumberCallbackStatus = Literal["created", "failed", "success"]

CAMPAIGN_NUMBER_CALLBACK_STATUS_VALUES: set[CampaignNumberCallbackStatus] = {
    "created",
    "failed",
    "success",
}


def check_campaign_number_callback_status(value: str) -> CampaignNumberCallbackStatus:
    if value in CAMPAIGN_NUMBER_CALLBACK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_NUMBER_CALLBACK_STATUS_VALUES!r}")
