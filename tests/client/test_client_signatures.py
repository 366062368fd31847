"""Webhook signatures: the official SDKs' published vectors, and whole callback requests."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from plivo_messaging import validate_callback_request, validate_signature_v2, validate_signature_v3
from plivo_messaging.signature import signature_headers

# Test data of the official Go SDK (utils_test.go), also used by the other SDKs.
TOKEN = "Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4"
NONCE = "31627761595286130198"
URL = "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml"
PARAMS = {
    "Direction": "outbound",
    "From": "19792014278",
    "ALegUUID": "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36",
    "CallStatus": "in-progress",
    "BillRate": "0.002",
    "ParentAuthID": "MANWVLYTK4ZWU1YTY4QA",
    "To": "sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com",
    "ALegRequestUUID": "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36",
    "CallUUID": "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36",
    "RequestUUID": "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36",
    "SIP-H-To": "<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1",
    "SessionStart": "2020-04-08 11:34:33.238707",
    "Event": "StartApp",
}
VECTORS = [
    ("POST", URL, "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0="),
    ("GET", URL, "i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc="),
    ("POST", URL + "/?a=b&c=d", "k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c="),
    ("GET", URL + "/?a=b&c=d", "UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ="),
]


@pytest.mark.parametrize(("method", "url", "signature"), VECTORS)
def test_v3_vectors(method: str, url: str, signature: str) -> None:
    assert validate_signature_v3(method, url, NONCE, TOKEN, signature, PARAMS)
    assert not validate_signature_v3(method, url, NONCE, TOKEN + "x", signature, PARAMS)
    assert not validate_signature_v3(
        method, url, NONCE, TOKEN, signature, {**PARAMS, "CallStatus": "completed"}
    )


@pytest.mark.parametrize(("method", "url", "signature"), VECTORS)
def test_v3_vectors_as_whole_requests(method: str, url: str, signature: str) -> None:
    # Header names in any case; several comma-separated signatures, as while a token is rotated.
    headers = {"x-plivo-signature-v3": f"bm90IGl0,{signature}", "X-Plivo-Signature-V3-Nonce": NONCE}
    if method == "GET":
        # A GET callback carries its fields in the query string of the URL called.
        called = url + ("&" if "?" in url else "?") + urlencode(PARAMS)
        assert validate_callback_request(method, called, headers, auth_token=TOKEN)
        assert not validate_callback_request(
            method, called.replace("outbound", "inbound"), headers, auth_token=TOKEN
        )
        return
    assert validate_callback_request(method, url, headers, PARAMS, auth_token=TOKEN)
    assert not validate_callback_request(method, url, headers, {**PARAMS, "To": "x"}, auth_token=TOKEN)
    assert not validate_callback_request(
        method, url, {"X-Plivo-Signature-V3": signature}, PARAMS, auth_token=TOKEN
    )


def test_v2_vector() -> None:
    signature = "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc="
    assert validate_signature_v2("https://answer.url", "12345", signature, "my_auth_token")
    assert not validate_signature_v2("https://answer.url", "12346", signature, "my_auth_token")
    headers = {"X-Plivo-Signature-V2": signature, "X-Plivo-Signature-V2-Nonce": "12345"}
    # V2 alone is accepted only when asked for, since it does not cover the parameters.
    assert not validate_callback_request(
        "POST", "https://answer.url", headers, {}, auth_token="my_auth_token"
    )
    assert validate_callback_request(
        "POST", "https://answer.url", headers, {"Any": "thing"}, auth_token="my_auth_token", allow_v2=True
    )


def test_main_account_signature_of_a_subaccount_callback() -> None:
    url = "https://example.com/status?ref=42"
    params = {"MessageUUID": "0c9ad2f4-5a9f-11ef-9e8d-0242ac110003", "Status": "delivered"}
    headers = signature_headers("sub-token", url, params, main_account_token="main-token")
    assert validate_callback_request("POST", url, headers, params, auth_token="sub-token")
    assert validate_callback_request("POST", url, headers, params, auth_token="main-token")
    assert not validate_callback_request("POST", url, headers, params, auth_token="other-token")
    assert not validate_callback_request(
        "POST", url.replace("42", "43"), headers, params, auth_token="sub-token"
    )
