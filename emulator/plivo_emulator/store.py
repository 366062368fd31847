"""SQLite persistence (stdlib sqlite3, WAL).

Four tables:
* `messages`: one row per message, the whole record as a JSON document plus an indexed column for
  every filter of the message list (the index of a column that is usually empty holds only the
  messages that have a value, which is all a filter looks for).
* `message_counts`: how many messages each account has per ten-minute slice of time, kept with the
  messages, so the total of a list filtered by time alone (the default list: the last 24 hours)
  adds up at most one row per slice instead of counting every message of the window.
* `resources`: everything else (media, Powerpacks, pool numbers, 10DLC, ...), keyed by
  (account, kind, parent, id), with the creation order kept in `seq`.
* `blobs`: media bytes, content-addressed and reference-counted.

Every write runs in a transaction, and a 2xx is only sent for data already committed to the database
file. Outside an event loop a transaction commits when it ends. In the app (`group_commit`), the
transactions that end on the event loop during one turn of it share one commit, made by a callback
on the next turn; each is a savepoint of that group, so one that fails is undone alone, and each
answer waits for the commit holding its writes (`committed`). Commits cost more than the writes of
a send (every page they touch, indexes included, is written to the log once per commit), so sends
in flight at the same time are cheaper together. WAL with `synchronous=NORMAL` keeps committed data through a
crash of the emulator process (SIGKILL included); only an operating-system crash or power cut can
lose the last transactions. One connection serves the process; a lock serialises access so the
store may also be used from another thread (the pytest plugin's inspection helpers).

Documents may carry private keys starting with `_` (for example the text of a message, which Plivo's
message record does not show); handlers drop them when serialising.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

from .clock import Clock

log = logging.getLogger("plivo_emulator")

# The format of the database file, kept in its `meta` table. A file of another format is refused
# with a clear message (there is no conversion): change it with every change of the tables or indexes.
SCHEMA_VERSION = 2
MESSAGE_FILTER_COLUMNS = (
    "message_direction",
    "message_state",
    "message_type",
    "error_code",
    "powerpack_id",
    "from_number",
    "to_number",
    "destination_country_iso2",
    "tendlc_campaign_id",
    "tendlc_registration_status",
    "conversation_id",
    "conversation_origin",
)
# `sort_time` is the UTC message time as 'YYYY-MM-DD HH:MM:SS.ffffff' (sorts as text).
# Filter columns that are empty (NULL) on most messages: their indexes leave those messages out.
SPARSE_FILTER_COLUMNS = frozenset(
    {
        "powerpack_id",
        "tendlc_campaign_id",
        "tendlc_registration_status",
        "conversation_id",
        "conversation_origin",
    }
)
_MESSAGE_COLUMNS = ("message_uuid", "account", "sort_time", *MESSAGE_FILTER_COLUMNS)
# Commits between two checkpoints with group commit (SQLite's own default is every 1000 log pages).
CHECKPOINT_EVERY = 200
_INT64 = (-(2**63), 2**63 - 1)
_OPERATORS = {"=": "=", ">": ">", ">=": ">=", "<": "<", "<=": "<="}
_ERROR_CODE_AT = MESSAGE_FILTER_COLUMNS.index("error_code")
_INSERT_MESSAGE = (
    f"INSERT INTO messages ({', '.join(_MESSAGE_COLUMNS)}, doc) "
    f"VALUES ({', '.join('?' * (len(_MESSAGE_COLUMNS) + 1))})"
)
# `message_counts.slice` is the start of `sort_time`: 'YYYY-MM-DD HH:M', ten minutes. A message of
# slice S has S <= sort_time < S + '~' ('~' sorts after every character of a time).
SLICE_CHARS = 15
_SLICE_END = "~"
_COUNT_SLICE = (
    "INSERT INTO message_counts (account, slice, n) VALUES (?, ?, ?) "
    "ON CONFLICT (account, slice) DO UPDATE SET n = n + excluded.n"
)


def _filter_index(column: str) -> str:
    where = f" WHERE {column} IS NOT NULL" if column in SPARSE_FILTER_COLUMNS else ""
    return (
        f"CREATE INDEX IF NOT EXISTS messages_by_{column} ON messages (account, {column}, sort_time){where}"
    )


_DDL = [
    """CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS messages (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        message_uuid TEXT NOT NULL UNIQUE,
        account TEXT NOT NULL,
        sort_time TEXT NOT NULL,
        {", ".join(f"{c} {'INTEGER' if c == 'error_code' else 'TEXT'}" for c in MESSAGE_FILTER_COLUMNS)},
        doc TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS messages_by_time ON messages (account, sort_time, seq)",
    *(_filter_index(c) for c in MESSAGE_FILTER_COLUMNS),
    """CREATE TABLE IF NOT EXISTS message_counts (
        account TEXT NOT NULL,
        slice TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (account, slice)) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS resources (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        account TEXT NOT NULL,
        kind TEXT NOT NULL,
        parent TEXT NOT NULL DEFAULT '',
        id TEXT NOT NULL,
        doc TEXT NOT NULL,
        UNIQUE (account, kind, parent, id))""",
    "CREATE INDEX IF NOT EXISTS resources_by_id ON resources (account, kind, id)",
    "CREATE INDEX IF NOT EXISTS resources_by_parent ON resources (account, kind, parent, seq)",
    """CREATE TABLE IF NOT EXISTS blobs (
        key TEXT PRIMARY KEY, data BLOB NOT NULL, refs INTEGER NOT NULL DEFAULT 0)""",
]


class StoreFormatError(ValueError):
    """The database file was not written by this version of the emulator."""


def _dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def _error_code_column(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _Transaction:
    """The context manager of `Store.transaction()` (a class: a generator-based one costs more, and a
    send enters several)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __enter__(self) -> None:
        store = self._store
        store._lock.acquire()
        if store._depth:
            store._depth += 1
            return
        try:
            store._begin()
        except BaseException:
            store._lock.release()
            raise
        store._depth = 1

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        store = self._store
        try:
            store._depth -= 1
            if store._depth == 0:
                store._end(kind is None)
        finally:
            store._lock.release()


class Store:
    def __init__(
        self, path: str = ":memory:", clock: Clock | None = None, group_commit: bool = False
    ) -> None:
        self.path = path
        # The app's clock, for the helpers that stamp what they write (`created_at`, `added_on`).
        self.clock = clock or Clock()
        self._lock = threading.RLock()
        self._depth = 0
        # Group commit (see `committed`): transactions ended on an event loop stay in one open SQLite
        # transaction, committed once by a callback of that loop; each joins it as a savepoint.
        self.group_commit = group_commit
        self._open = False  # a BEGIN is open on the connection
        self._savepoint = False  # the transaction under way is a savepoint of an open group
        self._group: asyncio.Future[None] | None = None  # resolved by the commit of the open group
        self._group_loop: asyncio.AbstractEventLoop | None = None
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._transaction = _Transaction(self)
        # With group commit, the log is copied into the database file (a checkpoint, which syncs the
        # file) every CHECKPOINT_EVERY commits off the event loop, by a thread of its executor with a
        # connection of its own, instead of inside a commit on the loop, where it held up every answer.
        self._commits = 0
        self._checkpoint_conn: sqlite3.Connection | None = None
        self._checkpointing = threading.Lock()
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
            if group_commit:
                self._conn.execute("PRAGMA wal_autocheckpoint=0")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        try:
            self._create_tables()
        except StoreFormatError:
            self._conn.close()
            raise

    def _create_tables(self) -> None:
        with self.transaction():
            version = self._schema_version()
            if version is not None and version != SCHEMA_VERSION:
                raise StoreFormatError(
                    f"{self.path} holds emulator data in format {version}; this emulator reads format "
                    f"{SCHEMA_VERSION}. Start with a new --db file (or delete this one)."
                )
            for statement in _DDL:
                self._conn.execute(statement)
            if version is None:
                self._conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def _schema_version(self) -> int | None:
        """The format of an existing emulator database; None for a new (empty) file."""
        tables = {row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        row = (
            self._conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if "meta" in tables
            else None
        )
        if row is None or not str(row[0]).isdigit():
            raise StoreFormatError(f"{self.path} is not a plivo-emulator database")
        return int(row[0])

    @property
    def changes(self) -> int:
        """Rows written so far through this store (only grows while it is open): the inbox's long polls
        compare it instead of querying."""
        return int(self._conn.total_changes)

    def close(self) -> None:
        with self._lock:
            if self._open:
                self._commit()
            with self._checkpointing:
                if self._checkpoint_conn is not None:
                    self._checkpoint_conn.close()
                    self._checkpoint_conn = None
            self._conn.close()

    # --------------------------------------------------------------------------- transactions

    def _begin(self) -> None:
        if self._open:
            self._conn.execute("SAVEPOINT member")
            self._savepoint = True
        else:
            self._conn.execute("BEGIN IMMEDIATE")
            self._open, self._savepoint = True, False

    def _end(self, ok: bool) -> None:
        """The end of an outermost `transaction()`: commit it, or leave it to its group's commit."""
        conn = self._conn
        if self._savepoint:
            if not ok:  # undo this transaction alone; the group's other writes stay
                conn.execute("ROLLBACK TO member")
            conn.execute("RELEASE member")
        elif not ok:
            self._open = False
            conn.execute("ROLLBACK")
        if not ok:
            return
        loop = self._running_loop()
        if loop is None or (self._group_loop is not None and loop is not self._group_loop):
            self._commit()  # outside the loop (a thread, a script): at once, with any open group
        elif self._group is None:
            self._group, self._group_loop = loop.create_future(), loop
            loop.call_soon(self._commit_group)

    def _running_loop(self) -> asyncio.AbstractEventLoop | None:
        if not self.group_commit:
            return None
        try:
            return asyncio.get_running_loop()
        except RuntimeError:
            return None

    def _commit(self) -> None:
        try:
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._open = False
        self._commits += 1
        if self.group_commit and self.path != ":memory:" and self._commits % CHECKPOINT_EVERY == 0:
            loop = self._running_loop()
            if loop is None:
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            else:
                loop.run_in_executor(None, self._checkpoint)

    def _checkpoint(self) -> None:
        """Copy the log into the database file (PASSIVE: never waits for, nor blocks, the writer)."""
        if not self._checkpointing.acquire(blocking=False):
            return  # one is under way
        try:
            if self._checkpoint_conn is None:
                self._checkpoint_conn = sqlite3.connect(self.path, check_same_thread=False)
            self._checkpoint_conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as exc:
            log.warning("checkpoint of %s failed (the next one retries): %s", self.path, exc)
        finally:
            self._checkpointing.release()

    def _commit_group(self) -> None:
        error: Exception | None = None
        with self._lock:
            future, self._group, self._group_loop = self._group, None, None
            if self._open:
                try:
                    self._commit()
                except Exception as exc:  # every member of the group hears of it
                    error = exc
        if future is not None and not future.done():
            if error is None:
                future.set_result(None)
            else:
                future.set_exception(error)
                future.exception()  # retrieved here too: a group nobody awaited logs nothing

    async def committed(self) -> None:
        """Wait until what this event loop has written is committed. Answers await it, so that a
        response (a 202 for a send) only leaves once the commit holding its writes is done: sends in
        flight at the same time share one commit (group commit) instead of paying one each."""
        future = self._group
        if future is not None:
            await asyncio.shield(future)

    def transaction(self) -> _Transaction:
        """A write transaction (`with store.transaction(): ...`); nested uses join the outer one.
        Committed on normal exit, rolled back when an exception leaves it."""
        return self._transaction

    def reset(self) -> None:
        """Forget every message, resource and blob."""
        with self.transaction():
            for table in ("messages", "message_counts", "resources", "blobs"):
                self._conn.execute(f"DELETE FROM {table}")

    # ----------------------------------------------------------------------------------- messages

    def _message_values(self, account: str, sort_time: str, doc: Mapping[str, Any]) -> tuple[Any, ...]:
        cols = [doc.get(c) for c in MESSAGE_FILTER_COLUMNS]
        cols[_ERROR_CODE_AT] = _error_code_column(cols[_ERROR_CODE_AT])
        return (doc["message_uuid"], account, sort_time, *cols, _dumps(doc))

    def insert_messages(self, rows: Sequence[tuple[str, str, Mapping[str, Any]]]) -> None:
        """Insert (account, sort_time, document) rows in one transaction."""
        counts: dict[tuple[str, str], int] = {}
        for account, sort_time, _ in rows:
            key = (account, sort_time[:SLICE_CHARS])
            counts[key] = counts.get(key, 0) + 1
        with self.transaction():
            self._conn.executemany(_INSERT_MESSAGE, [self._message_values(a, t, d) for a, t, d in rows])
            self._conn.executemany(_COUNT_SLICE, [(a, s, n) for (a, s), n in counts.items()])

    def delete_account_messages(self, account: str) -> None:
        """Forget every message of one account."""
        with self.transaction():
            self._conn.execute("DELETE FROM messages WHERE account=?", (account,))
            self._conn.execute("DELETE FROM message_counts WHERE account=?", (account,))

    def delete_account(self, account: str) -> None:
        """Forget one account's messages and resources, and release the blobs its resources hold (a
        document's `_blob` key names a blob it holds a reference to)."""
        with self.transaction():
            held = self._conn.execute(
                "SELECT json_extract(doc, '$._blob') FROM resources WHERE account=? "
                "AND json_extract(doc, '$._blob') IS NOT NULL",
                (account,),
            ).fetchall()
            for (blob,) in held:
                self.release_blob(str(blob))
            self._conn.execute("DELETE FROM resources WHERE account=?", (account,))
            self.delete_account_messages(account)

    def get_message(self, account: str | None, message_uuid: str) -> dict[str, Any] | None:
        with self._lock:
            if account is None:
                row = self._conn.execute(
                    "SELECT doc FROM messages WHERE message_uuid=?", (message_uuid,)
                ).fetchone()
            else:
                row = self._conn.execute(
                    "SELECT doc FROM messages WHERE message_uuid=? AND account=?", (message_uuid, account)
                ).fetchone()
        return json.loads(row[0]) if row else None

    def message_account(self, message_uuid: str) -> str | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT account FROM messages WHERE message_uuid=?", (message_uuid,)
            ).fetchone()
        return str(row[0]) if row else None

    def update_message(self, message_uuid: str, changes: Mapping[str, Any]) -> dict[str, Any] | None:
        """Merge `changes` into a message (a key set to None stays, as null). Returns the new document."""
        with self.transaction():
            row = self._conn.execute(
                "SELECT account, sort_time, doc FROM messages WHERE message_uuid=?", (message_uuid,)
            ).fetchone()
            if row is None:
                return None
            doc = json.loads(row[2])
            doc.update(changes)
            values = self._message_values(row[0], row[1], doc)
            assignments = ", ".join(f"{c}=?" for c in MESSAGE_FILTER_COLUMNS)
            self._conn.execute(
                f"UPDATE messages SET {assignments}, doc=? WHERE message_uuid=?",
                (*values[3:], message_uuid),
            )
        return dict(doc)

    def list_messages(
        self,
        accounts: Sequence[str],
        conditions: Sequence[tuple[str, str, Any]] = (),
        limit: int = 20,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """Newest first. `conditions` are (column, operator, value) with column a filter column or
        `sort_time`."""
        where = [f"account IN ({', '.join('?' * len(accounts))})"]
        args: list[Any] = list(accounts)
        for column, op, value in conditions:
            if column not in (*MESSAGE_FILTER_COLUMNS, "sort_time") or op not in _OPERATORS:
                raise ValueError(f"unsupported message condition {column} {op}")
            if op == "=" and isinstance(value, int) and not _INT64[0] <= value <= _INT64[1]:
                return [], 0  # SQLite integers are 64-bit: no stored value is equal to this one
            where.append(f"{column} {_OPERATORS[op]} ?")
            args.append(value)
        clause = " AND ".join(where)
        with self._lock:
            total = self._count(accounts, conditions, clause, args)
            rows = self._conn.execute(
                f"SELECT doc FROM messages WHERE {clause} ORDER BY sort_time DESC, seq DESC LIMIT ? OFFSET ?",
                [*args, limit, offset],
            ).fetchall()
        return [json.loads(r[0]) for r in rows], total

    def _count(
        self,
        accounts: Sequence[str],
        conditions: Sequence[tuple[str, str, Any]],
        clause: str,
        args: list[Any],
    ) -> int:
        """How many messages match. Filtered by time alone, the slices wholly inside the time range
        are added up from `message_counts`; only the messages of the (at most two) slices at its ends
        are counted one by one."""
        by_slices = all(
            column == "sort_time" and op != "=" and isinstance(value, str) and len(value) >= SLICE_CHARS
            for column, op, value in conditions
        )
        if not by_slices:
            return int(
                self._conn.execute(f"SELECT COUNT(*) FROM messages WHERE {clause}", args).fetchone()[0]
            )
        lower = max((v[:SLICE_CHARS] for _, op, v in conditions if op.startswith(">")), default=None)
        upper = min((v[:SLICE_CHARS] for _, op, v in conditions if op.startswith("<")), default=None)
        marks = ", ".join("?" * len(accounts))
        sql = f"SELECT COALESCE(SUM(n), 0) FROM message_counts WHERE account IN ({marks})"
        slice_args: list[Any] = list(accounts)
        if lower is not None:
            sql += " AND slice > ?"
            slice_args.append(lower)
        if upper is not None:
            sql += " AND slice < ?"
            slice_args.append(upper)
        total = int(self._conn.execute(sql, slice_args).fetchone()[0])
        for edge in sorted({s for s in (lower, upper) if s is not None}):
            total += int(
                self._conn.execute(
                    f"SELECT COUNT(*) FROM messages WHERE {clause} AND sort_time >= ? AND sort_time < ?",
                    [*args, edge, edge + _SLICE_END],
                ).fetchone()[0]
            )
        return total

    def all_messages(self, account: str | None = None) -> list[dict[str, Any]]:
        """Every message, oldest first (for inspection in tests)."""
        with self._lock:
            if account is None:
                rows = self._conn.execute("SELECT doc FROM messages ORDER BY seq").fetchall()
            else:
                rows = self._conn.execute(
                    "SELECT doc FROM messages WHERE account=? ORDER BY seq", (account,)
                ).fetchall()
        return [json.loads(r[0]) for r in rows]

    # ---------------------------------------------------------------------------------- resources

    def put_resource(
        self, account: str, kind: str, resource_id: str, doc: Mapping[str, Any], parent: str = ""
    ) -> None:
        """Create or replace; a replaced resource keeps its place in the creation order."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO resources (account, kind, parent, id, doc) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (account, kind, parent, id) DO UPDATE SET doc=excluded.doc",
                (account, kind, parent, resource_id, _dumps(doc)),
            )

    def put_resources(
        self, account: str, kind: str, items: Sequence[tuple[str, Mapping[str, Any]]], parent: str = ""
    ) -> None:
        """`put_resource` for several (id, document) pairs, in one statement."""
        if not items:
            return
        with self.transaction():
            self._conn.executemany(
                "INSERT INTO resources (account, kind, parent, id, doc) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (account, kind, parent, id) DO UPDATE SET doc=excluded.doc",
                [(account, kind, parent, resource_id, _dumps(doc)) for resource_id, doc in items],
            )

    def existing_resource_ids(self, account: str, kind: str, resource_ids: Sequence[str]) -> set[str]:
        """Which of `resource_ids` exist (under any parent)."""
        wanted = list(dict.fromkeys(resource_ids))
        found: set[str] = set()
        with self._lock:
            # SQLite limits the number of parameters of one statement; 500 ids at a time stays below it.
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                rows = self._conn.execute(
                    f"SELECT id FROM resources WHERE account=? AND kind=? AND id IN ({marks})",
                    [account, kind, *chunk],
                ).fetchall()
                found.update(str(r[0]) for r in rows)
        return found

    def get_resource(
        self, account: str, kind: str, resource_id: str, parent: str | None = None
    ) -> dict[str, Any] | None:
        sql = "SELECT doc FROM resources WHERE account=? AND kind=? AND id=?"
        args: list[Any] = [account, kind, resource_id]
        if parent is not None:
            sql += " AND parent=?"
            args.append(parent)
        with self._lock:
            row = self._conn.execute(sql + " ORDER BY seq LIMIT 1", args).fetchone()
        return json.loads(row[0]) if row else None

    def list_resources(
        self,
        account: str,
        kind: str,
        parent: str | None = None,
        limit: int | None = 20,
        offset: int = 0,
        where: Mapping[str, Any] | None = None,
        newest_first: bool = True,
    ) -> tuple[list[dict[str, Any]], int]:
        """A page of resources and the total. `where` matches top-level document fields exactly."""
        clauses = ["account=?", "kind=?"]
        args: list[Any] = [account, kind]
        if parent is not None:
            clauses.append("parent=?")
            args.append(parent)
        for key, value in (where or {}).items():
            clauses.append("json_extract(doc, ?) = ?")
            args.extend([f'$."{key}"', value])
        clause = " AND ".join(clauses)
        order = "DESC" if newest_first else "ASC"
        with self._lock:
            total = self._conn.execute(f"SELECT COUNT(*) FROM resources WHERE {clause}", args).fetchone()[0]
            rows = self._conn.execute(
                f"SELECT doc FROM resources WHERE {clause} ORDER BY seq {order} LIMIT ? OFFSET ?",
                [*args, -1 if limit is None else limit, offset],
            ).fetchall()
        return [json.loads(r[0]) for r in rows], int(total)

    def delete_resource(self, account: str, kind: str, resource_id: str, parent: str | None = None) -> bool:
        sql = "DELETE FROM resources WHERE account=? AND kind=? AND id=?"
        args: list[Any] = [account, kind, resource_id]
        if parent is not None:
            sql += " AND parent=?"
            args.append(parent)
        with self.transaction():
            return self._conn.execute(sql, args).rowcount > 0

    def delete_children(self, account: str, kind: str, parent: str) -> int:
        with self.transaction():
            cur = self._conn.execute(
                "DELETE FROM resources WHERE account=? AND kind=? AND parent=?", (account, kind, parent)
            )
            return int(cur.rowcount)

    # -------------------------------------------------------------------------------------- blobs

    def add_blob(self, data: bytes) -> str:
        """Store bytes (or take one more reference to identical ones); returns the blob key."""
        key = hashlib.sha256(data).hexdigest()
        with self.transaction():
            self._conn.execute(
                "INSERT INTO blobs (key, data, refs) VALUES (?, ?, 1) "
                "ON CONFLICT (key) DO UPDATE SET refs=refs+1",
                (key, data),
            )
        return key

    def retain_blob(self, key: str) -> None:
        with self.transaction():
            self._conn.execute("UPDATE blobs SET refs=refs+1 WHERE key=?", (key,))

    def release_blob(self, key: str) -> None:
        with self.transaction():
            self._conn.execute("UPDATE blobs SET refs=refs-1 WHERE key=?", (key,))
            self._conn.execute("DELETE FROM blobs WHERE key=? AND refs<=0", (key,))

    def get_blob(self, key: str) -> bytes | None:
        with self._lock:
            row = self._conn.execute("SELECT data FROM blobs WHERE key=?", (key,)).fetchone()
        return bytes(row[0]) if row else None
