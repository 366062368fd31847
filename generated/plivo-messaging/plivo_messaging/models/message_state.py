from typing import Literal

MessageState = Literal["delivered", "failed", "queued", "read", "received", "rejected", "sent", "undelivered"]

MESSAGE_STATE_VALUES: set[MessageState] = {
    "delivered",
    "failed",
    "queued",
    "read",
    "received",
    "rejected",
    "sent",
    "undelivered",
}


def check_message_state(value: str) -> MessageState:
    if value in MESSAGE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_STATE_VALUES!r}")
