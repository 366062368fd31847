"""Signatures on the requests Plivo sends to your callback URLs.

Plivo signs each callback with the auth token of the account that owns the resource, so a server can
tell a genuine callback from a forged one. This module both computes signatures (the emulator signs
with it) and validates them (your webhook endpoints do), so the two can never drift apart.

V3 (``X-Plivo-Signature-V3`` with ``X-Plivo-Signature-V3-Nonce``) covers the URL, its query and the
callback parameters; V2 (``X-Plivo-Signature-V2``) covers only the URL without its query.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping, Sequence
from typing import TypeAlias
from urllib.parse import parse_qs, urlsplit, urlunsplit

__all__ = [
    "SIGNATURE_V2_HEADER",
    "SIGNATURE_V2_MA_HEADER",
    "SIGNATURE_V2_NONCE_HEADER",
    "SIGNATURE_V3_HEADER",
    "SIGNATURE_V3_MA_HEADER",
    "SIGNATURE_V3_NONCE_HEADER",
    "CallbackParams",
    "compute_signature_v2",
    "compute_signature_v3",
    "new_nonce",
    "signature_headers",
    "validate_signature_v2",
    "validate_signature_v3",
]

SIGNATURE_V3_HEADER = "X-Plivo-Signature-V3"
SIGNATURE_V3_MA_HEADER = "X-Plivo-Signature-Ma-V3"
SIGNATURE_V3_NONCE_HEADER = "X-Plivo-Signature-V3-Nonce"
SIGNATURE_V2_HEADER = "X-Plivo-Signature-V2"
SIGNATURE_V2_MA_HEADER = "X-Plivo-Signature-Ma-V2"
SIGNATURE_V2_NONCE_HEADER = "X-Plivo-Signature-V2-Nonce"

ParamValue: TypeAlias = "str | int | float | bool | Sequence[str] | Mapping[str, ParamValue]"
CallbackParams: TypeAlias = Mapping[str, ParamValue]


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _base_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _query_params(url: str) -> dict[str, ParamValue]:
    return dict(parse_qs(urlsplit(url).query, keep_blank_values=True))


def _is_multi(value: ParamValue) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def _sorted_query(params: Mapping[str, ParamValue]) -> str:
    pairs: list[str] = []
    for key in sorted(params):
        value = params[key]
        if _is_multi(value):
            assert isinstance(value, Sequence)
            pairs.append("&".join(f"{key}={v}" for v in sorted(_text(v) for v in value)))
        else:
            pairs.append(f"{key}={_text(value)}")
    return "&".join(pairs)


def _sorted_body(params: Mapping[str, ParamValue]) -> str:
    # POST parameters are concatenated without separators; nested objects recurse.
    parts: list[str] = []
    for key in sorted(params):
        value = params[key]
        if isinstance(value, Mapping):
            parts.append(key + _sorted_body(value))
        elif _is_multi(value):
            assert isinstance(value, Sequence)
            parts.append("".join(key + v for v in sorted(_text(v) for v in value)))
        else:
            parts.append(key + _text(value))
    return "".join(parts)


def _signing_string_v3(method: str, url: str, params: CallbackParams) -> str:
    base = _base_url(url)
    if method.upper() == "GET":
        merged: dict[str, ParamValue] = dict(params)
        merged.update(_query_params(url))
        query = _sorted_query(merged)
        return f"{base}?{query}" if query else base
    query = _sorted_query(_query_params(url))
    body = _sorted_body(params)
    if query and body:
        return f"{base}?{query}.{body}"
    if query or body:
        return f"{base}?{query or body}"
    return base


def _hmac_b64(auth_token: str, message: str) -> str:
    digest = hmac.new(auth_token.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def compute_signature_v3(
    auth_token: str, url: str, nonce: str, params: CallbackParams | None = None, method: str = "POST"
) -> str:
    """The ``X-Plivo-Signature-V3`` value for a callback to ``url`` carrying ``params``."""
    return _hmac_b64(auth_token, f"{_signing_string_v3(method, url, params or {})}.{nonce}")


def validate_signature_v3(
    method: str,
    uri: str,
    nonce: str,
    auth_token: str,
    v3_signature: str,
    params: CallbackParams | None = None,
) -> bool:
    """Whether ``v3_signature`` (the header, possibly several comma-separated values) is genuine.

    The arguments are those of the official SDK's ``validate_v3_signature``: the callback method,
    the full URL Plivo called, the nonce header, your auth token, the signature header and the
    parameters received (form fields for POST, query parameters for GET).
    """
    expected = compute_signature_v3(auth_token, uri, nonce, params, method)
    # Several signatures appear while an auth token is being rotated.
    return any(hmac.compare_digest(expected, candidate.strip()) for candidate in v3_signature.split(","))


def compute_signature_v2(auth_token: str, url: str, nonce: str) -> str:
    """The legacy ``X-Plivo-Signature-V2`` value: the URL without its query, then the nonce."""
    return _hmac_b64(auth_token, _base_url(url) + nonce)


def validate_signature_v2(uri: str, nonce: str, signature: str, auth_token: str) -> bool:
    """Whether a legacy V2 signature is genuine (argument order of the official SDK)."""
    return hmac.compare_digest(compute_signature_v2(auth_token, uri, nonce), signature.strip())


def new_nonce() -> str:
    """A random nonce of 20 digits, the form Plivo uses."""
    return "".join(secrets.choice("0123456789") for _ in range(20))


def signature_headers(
    auth_token: str,
    url: str,
    params: CallbackParams | None = None,
    method: str = "POST",
    *,
    main_account_token: str | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """Every signature header Plivo attaches to one callback: V3 and V2, and for a subaccount's
    callback also both signed with the main account's token (``main_account_token``)."""
    nonce = nonce or new_nonce()
    headers = {
        SIGNATURE_V3_HEADER: compute_signature_v3(auth_token, url, nonce, params, method),
        SIGNATURE_V3_NONCE_HEADER: nonce,
        SIGNATURE_V2_HEADER: compute_signature_v2(auth_token, url, nonce),
        SIGNATURE_V2_NONCE_HEADER: nonce,
    }
    if main_account_token is not None:
        headers[SIGNATURE_V3_MA_HEADER] = compute_signature_v3(main_account_token, url, nonce, params, method)
        headers[SIGNATURE_V2_MA_HEADER] = compute_signature_v2(main_account_token, url, nonce)
    return headers
