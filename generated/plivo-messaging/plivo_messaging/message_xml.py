"""Plivo Message XML: the reply a ``message_url`` may return to send messages back.

Only ``<Message>`` elements are valid inside a messaging ``<Response>``. The emulator parses replies
with :func:`parse_message_xml`, so what :func:`message_xml` builds is exactly what it accepts.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Literal

__all__ = ["MessageElement", "MessageXmlError", "message_xml", "parse_message_xml"]

MessageKind = Literal["sms", "mms", "whatsapp"]
Method = Literal["GET", "POST"]


class MessageXmlError(ValueError):
    """The document is not a valid messaging ``<Response>``."""


@dataclass(frozen=True)
class MessageElement:
    """One ``<Message>``: ``dst`` may hold several numbers joined by ``<``."""

    src: str
    dst: str
    text: str
    type: MessageKind = "sms"
    callback_url: str | None = None
    callback_method: Method = "POST"

    def __post_init__(self) -> None:
        if not self.src or not self.dst:
            raise MessageXmlError("a <Message> needs both src and dst")
        if self.type not in ("sms", "mms", "whatsapp"):
            raise MessageXmlError(f"unknown message type {self.type!r}")
        if self.callback_method not in ("GET", "POST"):
            raise MessageXmlError(f"callbackMethod must be GET or POST, not {self.callback_method!r}")


def message_xml(*messages: MessageElement) -> str:
    """The ``<Response>`` document sending ``messages``, as a string ready to return."""
    root = ET.Element("Response")
    for message in messages:
        attrs = {"src": message.src, "dst": message.dst, "type": message.type}
        if message.callback_url:
            attrs["callbackUrl"] = message.callback_url
            attrs["callbackMethod"] = message.callback_method
        ET.SubElement(root, "Message", attrs).text = message.text
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")


def parse_message_xml(document: str | bytes) -> list[MessageElement]:
    """The messages a ``<Response>`` asks for; raises :class:`MessageXmlError` on anything else."""
    try:
        root = ET.fromstring(document)
    except ET.ParseError as exc:
        raise MessageXmlError(f"not well-formed XML: {exc}") from exc
    if root.tag != "Response":
        raise MessageXmlError(f"root element must be <Response>, not <{root.tag}>")
    messages = []
    for element in root:
        if element.tag != "Message":
            raise MessageXmlError(f"only <Message> is allowed in a messaging response, not <{element.tag}>")
        attrs = element.attrib
        messages.append(
            MessageElement(
                src=attrs.get("src", ""),
                dst=attrs.get("dst", ""),
                text=(element.text or "").strip(),
                type=attrs.get("type", "sms"),  # type: ignore[arg-type]  # checked in __post_init__
                callback_url=attrs.get("callbackUrl"),
                callback_method=attrs.get("callbackMethod", "POST"),  # type: ignore[arg-type]
            )
        )
    return messages
