from typing import Literal

CampaignCallbackStatus = Literal["created", "registered", "rejected"]

CAMPAIGN_CALLBACK_STATUS_VALUES: set[CampaignCallbackStatus] = {
    "created",
    "registered",
    "rejected",
}


def check_campaign_callback_status(value: str) -> CampaignCallbackStatus:
    if value in CAMPAIGN_CALLBACK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_CALLBACK_STATUS_VALUES!r}")
