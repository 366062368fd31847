"""SQLite persistence (stdlib sqlite3, WAL).

Three tables:
* `messages`: one row per message, the whole record as a JSON document plus an indexed column for
  every filter of the message list.
* `resources`: everything else (media, Powerpacks, pool numbers, 10DLC, ...), keyed by
  (account, kind, parent, id), with the creation order kept in `seq`.
* `blobs`: media bytes, content-addressed and reference-counted.

Every write runs in a transaction that is committed before the handler returns, so a 2xx is only sent
for data already in the database file. WAL with `synchronous=NORMAL` keeps committed data through a
crash of the emulator process (SIGKILL included); only an operating-system crash or power cut can
lose the last transactions. One connection serves the process; a lock serialises access so the
store may also be used from another thread (the pytest plugin's inspection helpers).

Documents may carry private keys starting with `_` (for example the text of a message, which Plivo's
message record does not show); handlers drop them when serialising.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

SCHEMA_VERSION = 1
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
_MESSAGE_COLUMNS = ("message_uuid", "account", "sort_time", *MESSAGE_FILTER_COLUMNS)
_OPERATORS = {"=": "=", ">": ">", ">=": ">=", "<": "<", "<=": "<="}

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
    *(
        f"CREATE INDEX IF NOT EXISTS messages_by_{c} ON messages (account, {c}, sort_time)"
        for c in MESSAGE_FILTER_COLUMNS
    ),
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


def _dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def _error_code_column(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class Store:
    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        with self.transaction():
            for statement in _DDL:
                self._conn.execute(statement)
            row = self._conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self._conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) != SCHEMA_VERSION:
                raise RuntimeError(f"{path}: store schema {row[0]}, this emulator uses {SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction; nested uses join the outer one. Committed on normal exit."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._depth = 0

    def reset(self) -> None:
        """Forget every message, resource and blob."""
        with self.transaction():
            for table in ("messages", "resources", "blobs"):
                self._conn.execute(f"DELETE FROM {table}")

    # ----------------------------------------------------------------------------------- messages

    def _message_values(self, account: str, sort_time: str, doc: Mapping[str, Any]) -> tuple[Any, ...]:
        cols = [doc.get(c) for c in MESSAGE_FILTER_COLUMNS]
        cols[MESSAGE_FILTER_COLUMNS.index("error_code")] = _error_code_column(doc.get("error_code"))
        return (doc["message_uuid"], account, sort_time, *cols, _dumps(doc))

    def insert_messages(self, rows: Sequence[tuple[str, str, Mapping[str, Any]]]) -> None:
        """Insert (account, sort_time, document) rows in one transaction."""
        sql = (
            f"INSERT INTO messages ({', '.join(_MESSAGE_COLUMNS)}, doc) "
            f"VALUES ({', '.join('?' * (len(_MESSAGE_COLUMNS) + 1))})"
        )
        with self.transaction():
            self._conn.executemany(sql, [self._message_values(a, t, d) for a, t, d in rows])

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
            where.append(f"{column} {_OPERATORS[op]} ?")
            args.append(value)
        clause = " AND ".join(where)
        with self._lock:
            total = self._conn.execute(f"SELECT COUNT(*) FROM messages WHERE {clause}", args).fetchone()[0]
            rows = self._conn.execute(
                f"SELECT doc FROM messages WHERE {clause} ORDER BY sort_time DESC, seq DESC LIMIT ? OFFSET ?",
                [*args, limit, offset],
            ).fetchall()
        return [json.loads(r[0]) for r in rows], int(total)

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
