from typing import Literal

TollfreeVerificationStatus = Literal["APPROVED", "REJECTED", "SUBMITTED", "UPDATE_REQUIRED"]

TOLLFREE_VERIFICATION_STATUS_VALUES: set[TollfreeVerificationStatus] = {
    "APPROVED",
    "REJECTED",
    "SUBMITTED",
    "UPDATE_REQUIRED",
}


def check_tollfree_verification_status(value: str) -> TollfreeVerificationStatus:
    if value in TOLLFREE_VERIFICATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOLLFREE_VERIFICATION_STATUS_VALUES!r}")
