from typing import Literal

MessageLog = Literal["content_only", "false", "number_only", "true"]

MESSAGE_LOG_VALUES: set[MessageLog] = {
    "content_only",
    "false",
    "number_only",
    "true",
}


def check_message_log(value: str) -> MessageLog:
    if value in MESSAGE_LOG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_LOG_VALUES!r}")
