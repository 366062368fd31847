"""Keep the credentials a request carried out of the errors that quote its answer.

A proxy or gateway that echoes the request (its headers, or the URL with user information) puts the
HTTP Basic credentials into the body or headers of its answer. An error quotes those, so every quoted
text passes through `Redactor` first, which knows the request's secrets in every form they are likely
to be echoed in: the whole `Authorization` value, its base64 credentials, `auth_id:token`, the token,
and each of these percent-encoded, JSON-escaped and HTML-escaped.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, quote_plus

if TYPE_CHECKING:  # loaded by the client before any request exists to redact
    import httpx

__all__ = ["REDACTED", "Redactor"]

REDACTED = "[REDACTED]"
# How a body may carry an echoed secret: JSON may be UTF-8, UTF-16 or UTF-32 (RFC 8259 readers accept all).
_BODY_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def _variants(secret: str) -> set[str]:
    return {
        secret,
        quote(secret, safe=""),
        quote_plus(secret),
        json.dumps(secret, ensure_ascii=True)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        html.escape(secret),
    }


def _credentials(authorization: str) -> list[str]:
    """The secret parts of an `Authorization` value: the whole value, the credentials, the password."""
    found = [authorization]
    scheme, _, credentials = authorization.partition(" ")
    credentials = credentials.strip()
    if not credentials:
        return found
    found.append(credentials)
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return found
        found.append(decoded)
        _, _, password = decoded.partition(":")
        if password:
            found.append(password)
    return found


class Redactor:
    """Replaces the secrets of one request with `[REDACTED]` in text, bytes, headers and JSON values."""

    def __init__(self, secrets: list[str]) -> None:
        every = {variant for secret in secrets if secret for variant in _variants(secret)}
        # Longest first, so a whole `Basic …` value goes before the token inside it.
        self._secrets = sorted((s for s in every if s), key=len, reverse=True)

    @classmethod
    def for_request(cls, request: httpx.Request | None) -> Redactor:
        if request is None:
            return cls([])
        secrets: list[str] = []
        for value in request.headers.get_list("authorization"):
            secrets += _credentials(value)
        if request.url.password:
            secrets.append(request.url.password)
        return cls(secrets)

    @classmethod
    def for_client(cls, client: Any) -> Redactor:
        """The credentials a generated `Client` sends: its Basic auth and any `Authorization` header.

        Read from the client's settings, so no httpx client is built for it.
        """
        if client is None:
            return cls([])
        secrets: list[str] = []
        for name, value in dict(getattr(client, "_headers", None) or {}).items():
            if str(name).lower() == "authorization":
                secrets += _credentials(str(value))
        auth = dict(getattr(client, "_httpx_args", None) or {}).get("auth")
        header = getattr(auth, "_auth_header", None)  # httpx.BasicAuth's precomputed `Basic …` value
        if isinstance(header, str):
            secrets += _credentials(header)
        return cls(secrets)

    def including(self, other: Redactor) -> Redactor:
        """A redactor for the secrets of both."""
        merged = Redactor([])
        merged._secrets = sorted(set(self._secrets) | set(other._secrets), key=len, reverse=True)
        return merged

    def text(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def content(self, content: bytes) -> bytes:
        for secret in self._secrets:
            for encoding in _BODY_ENCODINGS:
                content = content.replace(secret.encode(encoding), REDACTED.encode(encoding))
        return content

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        # On the raw bytes: a header need not be ASCII, and re-encoding decoded text could fail.
        return type(headers)([(self.content(k), self.content(v)) for k, v in headers.raw])

    def value(self, value: Any) -> Any:
        """A JSON value with every string (keys included) redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(str(k)): self.value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v) for v in value]
        return value

    def found_in(self, text: str) -> bool:
        return any(secret in text for secret in self._secrets)
