"""Many clients at once: no lost or duplicated messages, exact totals."""

from __future__ import annotations

import asyncio

import httpx
from emulator_support import MAIN
from plivo_emulator.server import EmulatorServer

CLIENTS = 64
SENDS_EACH = 8


async def _client(base_url: str, n: int) -> list[str]:
    async with httpx.AsyncClient(base_url=base_url, auth=(MAIN.auth_id, MAIN.auth_token), timeout=60) as c:
        uuids: list[str] = []
        for i in range(SENDS_EACH):
            resp = await c.post(
                f"/v1/Account/{MAIN.auth_id}/Message/",
                json={"src": "14155550100", "dst": f"1415{n:03d}{i:04d}", "text": f"client {n} send {i}"},
            )
            assert resp.status_code == 202, resp.text
            uuids.extend(resp.json()["message_uuid"])
        return uuids


async def _burst(base_url: str) -> list[str]:
    results = await asyncio.gather(*(_client(base_url, n) for n in range(CLIENTS)))
    return [u for chunk in results for u in chunk]


def test_concurrent_senders(emu: EmulatorServer, client: httpx.Client) -> None:
    acked = asyncio.run(_burst(emu.base_url))
    assert len(acked) == CLIENTS * SENDS_EACH == len(set(acked))
    assert client.get("Message/?limit=1").json()["meta"]["total_count"] == len(acked)
    stored = [m["message_uuid"] for m in emu.runtime.store.all_messages(MAIN.auth_id)]
    assert sorted(stored) == sorted(acked)
    texts = {m["_text"] for m in emu.runtime.store.all_messages(MAIN.auth_id)}
    assert len(texts) == CLIENTS * SENDS_EACH


def test_concurrent_readers_and_writers(emu: EmulatorServer, client: httpx.Client) -> None:
    async def reader(c: httpx.AsyncClient) -> int:
        pages = 0
        for _ in range(10):
            resp = await c.get(f"/v1/Account/{MAIN.auth_id}/Message/?limit=20")
            assert resp.status_code == 200
            meta = resp.json()["meta"]
            assert meta["total_count"] >= len(resp.json()["objects"])
            pages += 1
        return pages

    async def main() -> tuple[list[str], list[int]]:
        async with httpx.AsyncClient(
            base_url=emu.base_url, auth=(MAIN.auth_id, MAIN.auth_token), timeout=60
        ) as c:
            writes = asyncio.gather(*(_client(emu.base_url, n) for n in range(16)))
            reads = asyncio.gather(*(reader(c) for _ in range(16)))
            written, read = await asyncio.gather(writes, reads)
        return [u for chunk in written for u in chunk], list(read)

    acked, pages = asyncio.run(main())
    assert sum(pages) == 160
    assert client.get("Message/?limit=1").json()["meta"]["total_count"] == len(acked) == 16 * SENDS_EACH
