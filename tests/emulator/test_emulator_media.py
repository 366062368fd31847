"""Uploaded media and the media of messages, bytes included."""

from __future__ import annotations

import uuid

import httpx
from emulator_support import send
from plivo_emulator.server import EmulatorServer

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
PDF = b"%PDF-1.4\n" + b"x" * 5000


def first_account(client: httpx.Client) -> str:
    return str(client.base_url).rstrip("/").rsplit("/", 1)[1]


def upload(client: httpx.Client, *files: tuple[str, bytes, str]) -> httpx.Response:
    return client.post("Media/", files=[("file", f) for f in files])


def test_upload_get_download(client: httpx.Client, emu: EmulatorServer) -> None:
    resp = upload(client, ("pass.png", PNG, "image/png"), ("terms.pdf", PDF, "application/pdf"))
    assert resp.status_code == 200, resp.text
    objects = resp.json()["objects"]
    assert [o["status"] for o in objects] == ["success", "success"]
    assert [o["status_code"] for o in objects] == [201, 201]
    assert [o["size"] for o in objects] == [len(PNG), len(PDF)]
    png = objects[0]
    assert png["file_name"] == "pass.png" and png["content_type"] == "image/png"

    detail = client.get(f"Media/{png['media_id']}/").json()
    upload_only = ("status", "status_code", "url")  # `url` repeats `media_url` in upload results
    assert {k: detail[k] for k in png if k not in upload_only} == {
        k: v for k, v in png.items() if k not in upload_only
    }
    assert png["url"] == png["media_url"]
    got = httpx.get(png["media_url"])
    assert got.status_code == 200
    assert got.content == PNG
    assert got.headers["content-type"] == "image/png"
    assert httpx.get(objects[1]["media_url"]).content == PDF


def test_media_url_points_at_this_emulator(client: httpx.Client, emu: EmulatorServer) -> None:
    media = upload(client, ("a.png", PNG, "image/png")).json()["objects"][0]
    assert media["media_url"].startswith(f"{emu.base_url}/_emulator/media/")
    assert media["media_url"].endswith(media["media_id"])


def test_content_type_guessed_from_name(client: httpx.Client) -> None:
    media = upload(client, ("photo.jpg", b"\xff\xd8\xff" + b"0" * 100, "application/octet-stream")).json()
    assert media["objects"][0]["content_type"] == "image/jpeg"


def test_refused_files_are_reported_per_file(client: httpx.Client) -> None:
    resp = upload(
        client,
        ("ok.png", PNG, "image/png"),
        ("big.png", b"0" * (2 * 1024 * 1024 + 1), "image/png"),
        ("app.exe", b"MZ" + b"0" * 100, "application/x-msdownload"),
        ("empty.png", b"", "image/png"),
    )
    assert resp.status_code == 200, resp.text
    objects = resp.json()["objects"]
    assert [o["status_code"] for o in objects] == [201, 413, 415, 400]
    assert objects[0]["status"] == "success"
    assert all(o["status"] != "success" and "media_id" not in o for o in objects[1:])
    assert client.get("Media/").json()["meta"]["total_count"] == 1


def test_upload_needs_a_file_part(client: httpx.Client) -> None:
    resp = client.post("Media/", files=[("other", ("a.png", PNG, "image/png"))])
    assert resp.status_code == 400
    assert resp.json()["error"].startswith("file:")
    too_many = upload(client, *[(f"{i}.png", PNG, "image/png") for i in range(11)])
    assert too_many.status_code == 400
    assert too_many.json()["error"].startswith("file")


def test_list_paginates_newest_first(client: httpx.Client) -> None:
    ids = [
        upload(client, (f"{i}.png", PNG + bytes([i]), "image/png")).json()["objects"][0]["media_id"]
        for i in range(23)
    ]
    first = client.get("Media/").json()
    assert first["meta"]["total_count"] == 23
    assert [o["media_id"] for o in first["objects"]] == list(reversed(ids))[:20]
    next_link = first["meta"]["next"]
    assert next_link.startswith(f"/v1/Account/{first_account(client)}/Media/?")
    second = client.get("Media/" + next_link.split("/Media/", 1)[1]).json()
    assert [o["media_id"] for o in second["objects"]] == list(reversed(ids))[20:]
    assert second["meta"]["next"] is None


def test_delete_media(client: httpx.Client, emu: EmulatorServer) -> None:
    media = upload(client, ("a.png", PNG, "image/png")).json()["objects"][0]
    resp = client.delete(f"Media/{media['media_id']}/")
    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(f"Media/{media['media_id']}/").status_code == 404
    assert client.delete(f"Media/{media['media_id']}/").status_code == 404
    assert httpx.get(media["media_url"]).status_code == 404


def test_identical_bytes_survive_deleting_one_copy(client: httpx.Client) -> None:
    a = upload(client, ("a.png", PNG, "image/png")).json()["objects"][0]
    b = upload(client, ("b.png", PNG, "image/png")).json()["objects"][0]
    assert client.delete(f"Media/{a['media_id']}/").status_code == 204
    assert httpx.get(b["media_url"]).content == PNG


def test_media_of_other_account_is_invisible(client: httpx.Client, other_client: httpx.Client) -> None:
    media = upload(client, ("a.png", PNG, "image/png")).json()["objects"][0]
    assert other_client.get(f"Media/{media['media_id']}/").status_code == 404
    assert other_client.get("Media/").json()["meta"]["total_count"] == 0
    resp = send(other_client, type="mms", media_ids=[media["media_id"]])
    assert resp.status_code == 400 and resp.json()["error"].startswith("media_ids:")


def test_mms_media_from_upload_and_url(client: httpx.Client) -> None:
    media = upload(client, ("a.png", PNG, "image/png")).json()["objects"][0]
    resp = send(
        client,
        type="mms",
        text="see attached",
        dst="14155550123<14155550124",
        media_ids=[media["media_id"]],
        media_urls=["https://example.com/map.gif"],
    )
    assert resp.status_code == 202, resp.text
    first, second = resp.json()["message_uuid"]
    listed = client.get(f"Message/{first}/Media/")
    assert listed.status_code == 200
    items = listed.json()["objects"]
    assert [i["content_type"] for i in items] == ["image/png", "image/gif"]
    assert all(i["message_uuid"] == first for i in items)
    assert items[0]["size"] == len(PNG)
    assert httpx.get(items[0]["media_url"]).content == PNG
    redirect = httpx.get(items[1]["media_url"], follow_redirects=False)
    assert redirect.status_code == 302 and redirect.headers["location"] == "https://example.com/map.gif"
    one = client.get(f"Message/{first}/Media/{items[0]['media_id']}/")
    assert one.status_code == 200 and one.json()["media_id"] == items[0]["media_id"]
    assert client.get(f"Message/{second}/Media/{items[0]['media_id']}/").status_code == 404
    # the uploaded file is independent of the copies attached to messages
    assert client.delete(f"Media/{media['media_id']}/").status_code == 204
    assert httpx.get(items[0]["media_url"]).content == PNG
    assert client.delete(f"Message/{first}/Media/").status_code == 204
    assert client.get(f"Message/{first}/Media/").json()["objects"] == []
    assert httpx.get(items[0]["media_url"]).status_code == 404
    assert len(client.get(f"Message/{second}/Media/").json()["objects"]) == 2


def test_message_media_of_unknown_message_is_404(client: httpx.Client) -> None:
    missing = uuid.uuid4()
    assert client.get(f"Message/{missing}/Media/").status_code == 404
    assert client.delete(f"Message/{missing}/Media/").status_code == 404
    assert client.get(f"Message/{missing}/Media/{uuid.uuid4()}/").status_code == 404


def test_sms_has_no_media(client: httpx.Client) -> None:
    message_uuid = send(client).json()["message_uuid"][0]
    assert client.get(f"Message/{message_uuid}/Media/").json()["objects"] == []


def test_media_count_limits(client: httpx.Client) -> None:
    urls = [f"https://example.com/{i}.png" for i in range(2)]
    resp = send(client, type="whatsapp", media_urls=urls)
    assert resp.status_code == 400
    assert "media_urls" in resp.json()["error"]
    many = [f"https://example.com/{i}.png" for i in range(10)]
    ids = [str(uuid.uuid4())]
    resp = send(client, type="mms", media_urls=many, media_ids=ids)
    assert resp.status_code == 400
