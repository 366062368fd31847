"""Check that a request to your callback URL really comes from Plivo.

    from plivo_messaging import validate_callback_request

    # In a web framework's handler (names vary):
    ok = validate_callback_request(
        request.method, str(request.url), request.headers, dict(form), auth_token=AUTH_TOKEN
    )

The signatures themselves are computed by `signature` (shared with the emulator); this module only
takes them from the request's headers.
"""

from __future__ import annotations

from collections.abc import Mapping

from .signature import (
    SIGNATURE_V2_HEADER,
    SIGNATURE_V2_MA_HEADER,
    SIGNATURE_V2_NONCE_HEADER,
    SIGNATURE_V3_HEADER,
    SIGNATURE_V3_MA_HEADER,
    SIGNATURE_V3_NONCE_HEADER,
    CallbackParams,
    validate_signature_v2,
    validate_signature_v3,
)

__all__ = ["validate_callback_request"]


def validate_callback_request(
    method: str,
    url: str,
    headers: Mapping[str, str],
    params: CallbackParams | None = None,
    *,
    auth_token: str,
    allow_v2: bool = False,
) -> bool:
    """Whether the request carries a genuine Plivo signature made with `auth_token`.

    Args:
        method: The request's method (`POST`, or `GET` when the callback method is GET).
        url: The full URL Plivo called, scheme, host and query included, exactly as configured in
            Plivo (behind a proxy, rebuild it from the forwarded headers).
        headers: The request's headers (any letter case).
        params: The form fields of a POST (for GET the query in `url` is used).
        auth_token: Your Auth Token. A main account validating a subaccount's callback may pass its
            own token: Plivo also signs those with it (the `-Ma-` headers).
        allow_v2: Accept the legacy V2 signature when there is no V3 one. V2 covers only the URL, not
            the parameters, so it is off by default.
    """
    lowered = {key.lower(): value for key, value in headers.items()}

    def header(name: str) -> str:
        return lowered.get(name.lower(), "")

    nonce = header(SIGNATURE_V3_NONCE_HEADER)
    v3 = [value for value in (header(SIGNATURE_V3_HEADER), header(SIGNATURE_V3_MA_HEADER)) if value]
    if nonce and v3:
        return any(validate_signature_v3(method, url, nonce, auth_token, value, params) for value in v3)
    if not allow_v2 or v3:
        return False
    nonce = header(SIGNATURE_V2_NONCE_HEADER)
    v2 = [value for value in (header(SIGNATURE_V2_HEADER), header(SIGNATURE_V2_MA_HEADER)) if value]
    return bool(nonce) and any(validate_signature_v2(url, nonce, value, auth_token) for value in v2)
