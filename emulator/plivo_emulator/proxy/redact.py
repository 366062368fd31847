"""Credentials out of everything the proxy writes: recordings, reports, logs.

Secrets are learnt from the traffic itself (each request's Authorization header, fields named like a
token) and from PLIVO_AUTH_ID/PLIVO_AUTH_TOKEN, then replaced wherever they appear, in the forms they
take on the wire: plain, percent-encoded, JSON-escaped, and inside a Basic credential. An Auth ID is
replaced by one of the same shape (`MA` + `X`s), so a redacted recording still routes and validates.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus

REDACTED = "REDACTED"
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-auth-token", "x-api-key", "cookie", "set-cookie"}
)
_SECRET_NAME = re.compile(r"token|secret|password|api_?key", re.IGNORECASE)
_AUTH_ID = re.compile(r"(MA|SA)[A-Z0-9]{18}")
_ACCOUNT_PATH = re.compile(r"/Account/((?:MA|SA)[A-Z0-9]{18})(?:/|$)")
MIN_SECRET = 4  # shorter values would be replaced inside unrelated text


def auth_id_placeholder(auth_id: str) -> str:
    return auth_id[:2] + "X" * (len(auth_id) - 2) if _AUTH_ID.fullmatch(auth_id) else REDACTED


class Redactor:
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._replacements: dict[str, str] = {}
        self._ordered: list[tuple[str, str]] = []
        for secret in secrets:
            self.add(secret)
        self.add_auth_id(os.environ.get("PLIVO_AUTH_ID", ""))
        self.add(os.environ.get("PLIVO_AUTH_TOKEN", ""))

    def add(self, secret: str, replacement: str = REDACTED) -> None:
        if len(secret) < MIN_SECRET or secret == replacement:
            return
        for form in {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}:
            if form not in self._replacements:
                self._replacements[form] = replacement
        # longest first, so a Basic credential goes before the Auth ID inside it
        self._ordered = sorted(self._replacements.items(), key=lambda kv: -len(kv[0]))

    def add_auth_id(self, auth_id: str) -> None:
        self.add(auth_id, auth_id_placeholder(auth_id))

    def learn_authorization(self, value: str) -> None:
        scheme, _, credential = value.strip().partition(" ")
        self.add(value.strip())
        self.add(credential.strip())
        if scheme.lower() != "basic":
            return
        try:
            user, _, password = (
                base64.b64decode(credential.strip(), validate=True).decode("utf-8").partition(":")
            )
        except (binascii.Error, UnicodeDecodeError):
            return
        self.add(password)
        self.add_auth_id(user)
        if _AUTH_ID.fullmatch(user) is None:
            self.add(user)

    def learn(
        self, path: str, headers: Iterable[tuple[str, str]], query: str, body: bytes, media_type: str
    ) -> None:
        """Secrets of one message: credential headers, the Auth ID a path names (also when the request
        carries no credentials), and fields named like a token."""
        for match in _ACCOUNT_PATH.finditer(path):
            self.add_auth_id(match.group(1))
        for name, value in headers:
            if name.lower() in ("authorization", "proxy-authorization"):
                self.learn_authorization(value)
            elif name.lower() in SECRET_HEADERS:
                self.add(value)
        for key, value in parse_qsl(query, keep_blank_values=True):
            if _SECRET_NAME.search(key):
                self.add(value)
        if "json" in media_type:
            with contextlib.suppress(ValueError, RecursionError):
                self._learn_json(json.loads(body))
        elif media_type == "application/x-www-form-urlencoded":
            for key, value in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
                if _SECRET_NAME.search(key):
                    self.add(value)

    def _learn_json(self, node: Any, depth: int = 0) -> None:
        if depth > 32:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str) and _SECRET_NAME.search(str(key)):
                    self.add(value)
                else:
                    self._learn_json(value, depth + 1)
        elif isinstance(node, list):
            for value in node:
                self._learn_json(value, depth + 1)

    def text(self, value: str) -> str:
        for secret, replacement in self._ordered:
            if secret in value:
                value = value.replace(secret, replacement)
        return value

    def data(self, value: bytes) -> bytes:
        # secrets are ASCII on the wire; latin-1 maps every byte to one character and back
        return self.text(value.decode("latin-1")).encode("latin-1")

    def header(self, name: str, value: str) -> str:
        return REDACTED if name.lower() in SECRET_HEADERS else self.text(value)
