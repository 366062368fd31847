from typing import Literal

MessageIntent = Literal["", "help", "optin", "optout"]

MESSAGE_INTENT_VALUES: set[MessageIntent] = {
    "",
    "help",
    "optin",
    "optout",
}


def check_message_intent(value: str) -> MessageIntent:
    if value in MESSAGE_INTENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_INTENT_VALUES!r}")
