"""Group commit: writes made on the event loop in the same turn share one commit, nothing is reported
committed before it is, and a failed transaction is undone alone."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from plivo_emulator.store import CHECKPOINT_EVERY, Store


def _doc(n: int) -> dict[str, object]:
    return {"message_uuid": f"m{n}", "n": n}


def _visible(db: Path) -> set[str]:
    """Message ids another connection (another process) sees: only committed ones."""
    with sqlite3.connect(db) as other:
        return {row[0] for row in other.execute("SELECT message_uuid FROM messages")}


def _counting_commits(store: Store) -> list[str]:
    commits: list[str] = []
    store._conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    return commits


def test_writes_of_one_turn_share_one_commit(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    store = Store(str(db), group_commit=True)
    commits = _counting_commits(store)
    seen_before_commit: list[set[str]] = []

    async def send(n: int) -> set[str]:
        with store.transaction():
            store.insert_messages([("acc", "2024-01-01 00:00:00.000000", _doc(n))])
        seen_before_commit.append(_visible(db))
        await store.committed()
        return _visible(db)

    async def main() -> list[set[str]]:
        return await asyncio.gather(*(send(n) for n in range(5)))

    after = asyncio.run(main())
    assert seen_before_commit == [set()] * 5  # not yet in the file when the transactions ended
    assert all(seen == {f"m{n}" for n in range(5)} for seen in after)
    assert len(commits) == 1
    store.close()


def test_a_failed_transaction_is_undone_alone(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    store = Store(str(db), group_commit=True)

    async def send(n: int) -> None:
        with store.transaction():
            store.insert_messages([("acc", "2024-01-01 00:00:00.000000", _doc(n))])
            if n == 2:
                raise ValueError("refused")

    async def main() -> None:
        results = await asyncio.gather(*(send(n) for n in range(4)), return_exceptions=True)
        assert [type(r) for r in results] == [type(None), type(None), ValueError, type(None)]
        await store.committed()

    asyncio.run(main())
    assert _visible(db) == {"m0", "m1", "m3"}
    store.close()


@pytest.mark.parametrize("group_commit", [True, False])
def test_outside_an_event_loop_a_transaction_commits_when_it_ends(tmp_path: Path, group_commit: bool) -> None:
    db = tmp_path / "g.db"
    store = Store(str(db), group_commit=group_commit)
    with store.transaction():
        store.insert_messages([("acc", "2024-01-01 00:00:00.000000", _doc(1))])
    assert _visible(db) == {"m1"}
    store.close()


def test_a_write_from_another_thread_commits_at_once(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    store = Store(str(db), group_commit=True)

    def from_thread() -> set[str]:
        with store.transaction():
            store.insert_messages([("acc", "2024-01-01 00:00:00.000000", _doc(2))])
        return _visible(db)

    async def main() -> set[str]:
        with store.transaction():
            store.insert_messages([("acc", "2024-01-01 00:00:00.000000", _doc(1))])
        # whether or not the loop committed its group first, the thread's write is committed when it ends
        seen = await asyncio.to_thread(from_thread)
        await store.committed()
        return seen

    assert asyncio.run(main()) == {"m1", "m2"}
    store.close()


def test_the_log_is_checkpointed_into_the_database_file(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    store = Store(str(db), group_commit=True)
    size_before = db.stat().st_size

    async def main() -> None:
        for n in range(CHECKPOINT_EVERY * 2):
            with store.transaction():
                store.insert_messages([("acc", "2024-01-01 00:00:00.000000", _doc(n))])
            await store.committed()

    asyncio.run(main())  # waits for the executor's checkpoints
    assert db.stat().st_size > size_before  # the messages reached the database file, not only the log
    assert len(_visible(db)) == CHECKPOINT_EVERY * 2
    store.close()
