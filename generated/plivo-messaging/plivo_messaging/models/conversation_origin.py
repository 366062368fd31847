from typing import Literal

ConversationOrigin = Literal["authentication", "marketing", "service", "utility"]

CONVERSATION_ORIGIN_VALUES: set[ConversationOrigin] = {
    "authentication",
    "marketing",
    "service",
    "utility",
}


def check_conversation_origin(value: str) -> ConversationOrigin:
    if value in CONVERSATION_ORIGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_ORIGIN_VALUES!r}")
