from typing import Literal

CampaignSource = Literal["plivo", "shared"]

CAMPAIGN_SOURCE_VALUES: set[CampaignSource] = {
    "plivo",
    "shared",
}


def check_campaign_source(value: str) -> CampaignSource:
    if value in CAMPAIGN_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_SOURCE_VALUES!r}")
