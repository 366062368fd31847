"""Routing (404/405), authentication (401) and request validation (400/413), never a 500."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from emulator_support import MAIN, OTHER, SUB, send
from plivo_emulator.server import EmulatorServer


def error_of(resp: httpx.Response) -> str:
    body = resp.json()
    assert set(body) == {"api_id", "error"}, body
    assert uuid.UUID(body["api_id"]).version == 1
    return str(body["error"])


# ------------------------------------------------------------------------------------------- routing


@pytest.mark.parametrize(
    "path",
    ["/", "/v1/", "/v1/Account/MAXXXXXXXXXXXXXXXXXX/Nope/", "/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message"],
)
def test_unknown_path_is_404_with_plivo_body(emu: EmulatorServer, path: str) -> None:
    resp = httpx.get(emu.base_url + path, auth=(MAIN.auth_id, MAIN.auth_token))
    assert resp.status_code == 404
    assert error_of(resp)


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PUT", "Message/", "GET, HEAD, POST"),
        ("DELETE", "Message/", "GET, HEAD, POST"),
        ("POST", f"Message/{uuid.uuid4()}/", "GET, HEAD"),
        ("PATCH", f"Media/{uuid.uuid4()}/", "DELETE, GET, HEAD"),
        ("POST", f"Message/{uuid.uuid4()}/Media/", "DELETE, GET, HEAD"),
    ],
)
def test_wrong_method_is_405_with_allow(client: httpx.Client, method: str, path: str, allow: str) -> None:
    resp = client.request(method, path)
    assert resp.status_code == 405
    assert resp.headers["allow"] == allow
    assert method in error_of(resp)


def test_405_comes_before_authentication(emu: EmulatorServer) -> None:
    resp = httpx.put(f"{emu.base_url}/v1/Account/{MAIN.auth_id}/Message/")
    assert resp.status_code == 405


# ---------------------------------------------------------------------------------------------- auth


def test_missing_credentials_401(emu: EmulatorServer) -> None:
    resp = httpx.get(f"{emu.base_url}/v1/Account/{MAIN.auth_id}/Message/")
    assert resp.status_code == 401
    assert resp.headers["www-authenticate"].startswith("Basic")
    assert error_of(resp)


@pytest.mark.parametrize(
    "auth",
    [
        (MAIN.auth_id, "wrong-token"),
        ("MAZZZZZZZZZZZZZZZZZZ", MAIN.auth_token),
        (MAIN.auth_id, ""),
        (SUB.auth_id, MAIN.auth_token),
    ],
)
def test_wrong_credentials_401(emu: EmulatorServer, auth: tuple[str, str]) -> None:
    resp = httpx.get(f"{emu.base_url}/v1/Account/{MAIN.auth_id}/Message/", auth=auth)
    assert resp.status_code == 401


@pytest.mark.parametrize("header", ["Bearer abc", "Basic !!!notbase64", "Basic " + "bm9jb2xvbg==", "Basic"])
def test_malformed_authorization_401(emu: EmulatorServer, header: str) -> None:
    resp = httpx.get(f"{emu.base_url}/v1/Account/{MAIN.auth_id}/Message/", headers={"Authorization": header})
    assert resp.status_code == 401
    assert error_of(resp)


@pytest.mark.parametrize(
    ("creds", "path_account"),
    [(MAIN, OTHER), (OTHER, MAIN), (MAIN, SUB), (SUB, MAIN)],
)
def test_credentials_of_another_account_401(emu: EmulatorServer, creds: object, path_account: object) -> None:
    assert hasattr(creds, "auth_id") and hasattr(path_account, "auth_id")
    resp = httpx.get(
        f"{emu.base_url}/v1/Account/{path_account.auth_id}/Message/",
        auth=(creds.auth_id, creds.auth_token),  # type: ignore[attr-defined]
    )
    assert resp.status_code == 401
    assert "account" in error_of(resp)


def test_each_account_sees_only_its_data(
    client: httpx.Client, other_client: httpx.Client, sub_client: httpx.Client
) -> None:
    uuid_main = send(client).json()["message_uuid"][0]
    assert other_client.get("Message/").json()["meta"]["total_count"] == 0
    assert sub_client.get("Message/").json()["meta"]["total_count"] == 0
    assert other_client.get(f"Message/{uuid_main}/").status_code == 404
    assert client.get(f"Message/{uuid_main}/").status_code == 200


# ---------------------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("limit=abc", "limit"),
        ("limit=0", "limit"),
        ("limit=21", "limit"),
        ("offset=-1", "offset"),
        ("offset=1.5", "offset"),
        ("message_state=lost", "message_state"),
        ("message_direction=sideways", "message_direction"),
        ("message_type=fax", "message_type"),
        ("error_code=abc", "error_code"),
        ("powerpack_id=not-a-uuid", "powerpack_id"),
        ("message_time__gt=yesterday", "message_time__gt"),
        ("subaccount=MAXXXXXXXXXXXXXXXXXX", "subaccount"),
        ("destination_country_iso2=usa", "destination_country_iso2"),
    ],
)
def test_bad_query_parameter_names_it(client: httpx.Client, query: str, name: str) -> None:
    resp = client.get(f"Message/?{query}")
    assert resp.status_code == 400
    assert error_of(resp).startswith(f"{name}:")


def test_query_values_are_coerced(client: httpx.Client) -> None:
    resp = client.get("Message/?limit=5&offset=0&error_code=200")
    assert resp.status_code == 200
    assert resp.json()["meta"]["limit"] == 5


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ({"src": "14155550100", "text": "hi"}, "dst"),
        ({"src": "14155550100", "dst": "14155550123"}, "text"),
        ({"dst": "14155550123", "text": "hi"}, "src"),
        ({"src": "14155550100", "dst": "not-a-number", "text": "hi"}, "dst"),
        ({"src": "14155550100", "dst": "14155550123", "text": "hi", "type": "fax"}, "type"),
        ({"src": "14155550100", "dst": "14155550123", "text": "hi", "url": "ftp://x"}, "url"),
        ({"src": "14155550100", "dst": "14155550123", "text": "hi", "message_expiry": 2}, "message_expiry"),
        ({"src": "14155550100", "dst": "14155550123", "text": "hi", "log": "sometimes"}, "log"),
        ({"src": "14155550100", "dst": "14155550123", "text": 5}, "text"),
        ({"src": "14155550100", "dst": "14155550123", "text": "", "type": "sms"}, "text"),
        (
            {"src": "14155550100", "powerpack_uuid": str(uuid.uuid4()), "dst": "14155550123", "text": "x"},
            "src, powerpack_uuid",
        ),
        (
            {
                "src": "14155550100",
                "dst": "14155550123",
                "text": "x",
                "template": {"name": "t", "language": "en"},
            },
            "template",
        ),
    ],
)
def test_bad_send_body_names_the_parameter(client: httpx.Client, body: dict[str, object], name: str) -> None:
    resp = client.post("Message/", json=body)
    assert resp.status_code == 400, resp.text
    assert name in error_of(resp).split(":")[0], error_of(resp)


def test_bad_path_parameter_is_404_naming_it(client: httpx.Client) -> None:
    resp = client.get("Message/not-a-uuid/")
    assert resp.status_code == 404
    assert error_of(resp).startswith("message_uuid:")


@pytest.mark.parametrize(
    ("content", "headers", "expect"),
    [
        (b'{"src": "14155550100", "dst": ', {"content-type": "application/json"}, "not valid JSON"),
        (b"\xff\xfe{}", {"content-type": "application/json"}, "UTF-8"),
        (b'{"dst": NaN}', {"content-type": "application/json"}, "JSON"),
        (b"[1, 2]", {"content-type": "application/json"}, "request body"),
        (b'"text"', {"content-type": "application/json"}, "request body"),
        (b"null", {"content-type": "application/json"}, "request body"),
        (b"", {"content-type": "application/json"}, "required"),
        (b"src=1&dst=2", {"content-type": "application/x-www-form-urlencoded"}, "Content-Type"),
        (b"hello", {"content-type": "text/plain"}, "Content-Type"),
        (b"[" * 100000 + b"]" * 100000, {"content-type": "application/json"}, "JSON"),
        (b'{"dst": 1' + b"0" * 5000 + b"}", {"content-type": "application/json"}, "dst: "),
    ],
)
def test_malformed_bodies_are_400(
    client: httpx.Client, content: bytes, headers: dict[str, str], expect: str
) -> None:
    resp = client.post("Message/", content=content, headers=headers)
    assert resp.status_code == 400, resp.text
    assert expect in error_of(resp)


def test_oversized_json_body_is_413(client: httpx.Client) -> None:
    big = json.dumps({"src": "14155550100", "dst": "14155550123", "text": "x" * (2 * 1024 * 1024)})
    resp = client.post("Message/", content=big, headers={"content-type": "application/json"})
    assert resp.status_code == 413
    assert "larger" in error_of(resp)


def test_oversized_body_without_content_length_is_413(client: httpx.Client) -> None:
    def chunks() -> object:
        for _ in range(40):
            yield b" " * 65536

    resp = client.post("Message/", content=chunks(), headers={"content-type": "application/json"})  # type: ignore[arg-type]
    assert resp.status_code == 413


def test_oversized_upload_is_413(client: httpx.Client) -> None:
    files = [("file", (f"f{i}.png", b"\x89PNG" + b"0" * (3 * 1024 * 1024), "image/png")) for i in range(9)]
    resp = client.post("Media/", files=files)
    assert resp.status_code == 413


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"not multipart at all", "multipart/form-data; boundary=xyz"),
        (
            b'--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
            "multipart/form-data; boundary=xyz",
        ),
        (b"abc", "multipart/form-data"),
        (b'{"file": "x"}', "application/json"),
    ],
)
def test_malformed_uploads_are_4xx(client: httpx.Client, content: bytes, content_type: str) -> None:
    resp = client.post("Media/", content=content, headers={"content-type": content_type})
    assert resp.status_code == 400, resp.text
    assert error_of(resp)


def test_delete_options_may_arrive_as_json_body(client: httpx.Client) -> None:
    # deleteMedia declares no options, so an SDK-style JSON body is read and ignored.
    resp = client.request("DELETE", f"Media/{uuid.uuid4()}/", json={"unrent": True})
    assert resp.status_code == 404


@pytest.mark.parametrize(
    "content",
    [b"{", b"\x00\x01", b'{"a": [}', b"9" * 10000, "é".encode("latin-1"), b'{"dst": "1\\ud800"}'],
)
def test_garbage_never_500(client: httpx.Client, content: bytes) -> None:
    for method, path in [("POST", "Message/"), ("POST", "Media/"), ("DELETE", f"Media/{uuid.uuid4()}/")]:
        for ctype in ("application/json", "multipart/form-data; boundary=b", "", "application/octet-stream"):
            headers = {"content-type": ctype} if ctype else {}
            resp = client.request(method, path, content=content, headers=headers)
            assert resp.status_code < 500, (method, ctype, content[:20], resp.text)


# ------------------------------------------------------------------------------- bounds and messages

STORE_MAX = 2**63 - 1


def integer_query_parameters(emu: EmulatorServer) -> list[tuple[str, str, str, int, int]]:
    """(method, path, parameter, minimum, maximum) of every integer query parameter the spec declares,
    with the path's parameters filled in; bounds are the spec's, else the store's."""
    out: list[tuple[str, str, str, int, int]] = []
    for cop in emu.runtime.operations.values():
        path = cop.op.path.replace("{auth_id}", MAIN.auth_id)
        for pp in cop.params.by_location["path"]:
            if pp.param.name == "auth_id":
                continue
            fill = next(
                v
                for v in (str(uuid.uuid4()), "CXXXXXX", "14155550123", "102345678901234", "12345")
                if pp.schema.is_valid(v)
            )
            path = path.replace("{" + pp.param.name + "}", fill)
        for cp in cop.params.by_location["query"]:
            node = cp.param.schema
            if "$ref" in node:
                node = emu.runtime.spec.document["components"]["schemas"][node["$ref"].split("/")[-1]]
            if node.get("type") == "integer":
                low = int(node.get("minimum", -(2**63)))
                high = int(node.get("maximum", STORE_MAX))
                out.append((cop.op.method, path, cp.param.name, low, high))
    return out


def test_every_integer_query_parameter_is_bounded(client: httpx.Client, emu: EmulatorServer) -> None:
    params = integer_query_parameters(emu)
    assert {name for _, _, name, _, _ in params} >= {"limit", "offset", "error_code"}
    for method, path, name, low, high in params:
        beyond = [
            str(v) for v in (low - 1, high + 1, 2**63, 2**64, -(2**63) - 1, -(10**30)) if not low <= v <= high
        ]
        for value in [*beyond, "9" * 5000, "+" + "0" * 30 + str(2**63)]:
            resp = client.request(method, emu.base_url + path, params={name: value})
            assert resp.status_code == 400, (path, name, value, resp.text)
            assert error_of(resp) == f"{name}: must be an integer from {low} to {high}", (path, resp.text)
        resp = client.request(method, emu.base_url + path, params={name: str(high)})
        assert resp.status_code in (200, 404), (path, name, resp.text)


@pytest.mark.parametrize(
    "path", ["Message/", "Media/", "Powerpack/", "Profile/", "10dlc/Brand/", "10dlc/Campaign/"]
)
def test_offset_at_the_store_bound_is_an_empty_page(client: httpx.Client, path: str) -> None:
    resp = client.get(path, params={"offset": str(STORE_MAX)})
    assert resp.status_code == 200, resp.text
    lists = [v for v in resp.json().values() if isinstance(v, list)]
    assert lists and all(v == [] for v in lists), resp.text


def test_repeated_query_parameter_is_400_naming_it(client: httpx.Client) -> None:
    resp = client.get("Message/?limit=5&limit=abc")
    assert resp.status_code == 400
    assert error_of(resp) == "limit: this parameter takes one value and was given 2"
    assert client.get("Message/?limit=5&limit=5").status_code == 400


def test_error_texts_are_one_clear_sentence(client: httpx.Client) -> None:
    cases: list[tuple[bytes, str]] = [
        (b"[]", "request body: must be an object, not an array"),
        (
            b'{"src": "14155550100", "dst": "14155550123", "text": "x", "message_expiry": 1e400}',
            "message_expiry: 1e400 is out of the range of numbers",
        ),
        (
            json.dumps({"src": "14155550100", "dst": "14155550123", "text": "a" * 200_000}).encode(),
            "text: must be at most 1600 characters long",
        ),
        (
            json.dumps({"src": "14155550100", "dst": "14155550123", "text": 5}).encode(),
            "text: must be a string, not an integer",
        ),
    ]
    for content, expected in cases:
        resp = client.post("Message/", content=content, headers={"content-type": "application/json"})
        assert resp.status_code == 400
        assert error_of(resp) == expected


def test_upper_case_uuid_names_the_same_message(client: httpx.Client) -> None:
    message = send(client).json()["message_uuid"][0]
    resp = client.get(f"Message/{message.upper()}/")
    assert resp.status_code == 200, resp.text
    assert resp.json()["message_uuid"] == message


def test_consecutive_slashes_count_as_one(client: httpx.Client) -> None:
    send(client)
    assert client.get("Message//").json()["meta"]["total_count"] == 1
    # the official Node SDK lists pool numbers at `NumberPool/{uuid}/Number//?...`
    pool = str(client.post("Powerpack/", json={"name": "p"}).json()["number_pool"]).split("/")[5]
    assert client.post(f"NumberPool/{pool}/Number/14155550123/", json={}).status_code in (200, 201)
    resp = client.get(f"NumberPool/{pool}/Number//?limit=20&offset=0")
    assert resp.status_code == 200, resp.text
    assert [o["number"] for o in resp.json()["objects"]] == ["14155550123"]


def test_head_is_answered_like_get_without_a_body(client: httpx.Client) -> None:
    send(client)
    got = client.get("Message/")
    head = client.head("Message/")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-length"] == got.headers["content-length"]
    assert head.headers["content-type"] == "application/json"
    assert client.head(f"Message/{uuid.uuid4()}/").status_code == 404


@pytest.mark.parametrize("raw", ["Basic \xe9\xe9", "B\xe4sic abc", "Basic YWJj\xff", "\xe9"])
def test_non_ascii_authorization_401(emu: EmulatorServer, raw: str) -> None:
    resp = httpx.get(
        f"{emu.base_url}/v1/Account/{MAIN.auth_id}/Message/",
        headers={b"Authorization": raw.encode("latin-1")},
    )
    assert resp.status_code == 401
    assert error_of(resp)


@pytest.mark.parametrize("content_type", [None, ""])
def test_body_without_content_type_is_400(client: httpx.Client, content_type: str | None) -> None:
    body = json.dumps({"src": "14155550100", "dst": "14155550123", "text": "hi"}).encode()
    headers = {} if content_type is None else {"content-type": content_type}
    resp = client.post("Message/", content=body, headers=headers)
    assert ("content-type" in resp.request.headers) is (content_type is not None)
    assert resp.status_code == 400
    assert error_of(resp) == "Content-Type: this header is required; this operation takes application/json"


def test_charset_other_than_utf8_is_400(client: httpx.Client) -> None:
    body = {"src": "14155550100", "dst": "14155550123", "text": "hi"}
    resp = client.post(
        "Message/",
        content=json.dumps(body).encode("utf-16"),
        headers={"content-type": "application/json; charset=utf-16"},
    )
    assert resp.status_code == 400
    assert error_of(resp).startswith("Content-Type: charset 'utf-16' is not supported")
    for charset in ("utf-8", "UTF-8", '"utf-8"'):
        resp = client.post(
            "Message/",
            content=json.dumps(body).encode(),
            headers={"content-type": f"application/json; charset={charset}"},
        )
        assert resp.status_code == 202, resp.text
