"""The outbox: operator actions waiting for the backend, each with its idempotency key.

Actions are written with ``synchronous=FULL`` (see :meth:`Cache.enqueue`) so one that the
console has accepted survives a crash or a power cut, and are sent in order. An action leaves
the outbox only when the backend has answered it (applied, or refused for good).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from ioc_console.core.clock import stamp
from ioc_console.core.store.changes import Change

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutboxAction:
    seq: int
    key: str  # the Idempotency-Key
    method: str
    path: str  # below /api/v1
    body: dict
    dataset: str | None  # the dataset and item the action is about, for the views
    item_id: str | None
    created_at: str
    attempts: int = 0
    last_error: str | None = None


def new_key() -> str:
    return str(uuid.uuid4())


def insert(
    conn: sqlite3.Connection,
    path: str,
    body: dict,
    *,
    method: str = "POST",
    dataset: str | None = None,
    item_id: str | None = None,
    key: str | None = None,
) -> tuple[str, list[Change]]:
    key = key or new_key()
    cursor = conn.execute(
        """INSERT INTO outbox (key, method, path, body, dataset, item_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (
            key,
            method,
            path,
            json.dumps(body, ensure_ascii=False),
            dataset,
            item_id,
            stamp(),
        ),
    )
    return key, [Change("outbox", frozenset({str(cursor.lastrowid)}))]


def pending(conn: sqlite3.Connection, limit: int | None = None) -> list[OutboxAction]:
    sql = (
        "SELECT seq, key, method, path, body, dataset, item_id, created_at, attempts, "
        "last_error FROM outbox ORDER BY seq"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [
        OutboxAction(seq, key, method, path, json.loads(body), ds, item, at, attempts, error)
        for seq, key, method, path, body, ds, item, at, attempts, error in conn.execute(sql)
    ]


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]


def remove(conn: sqlite3.Connection, seq: int) -> list[Change]:
    conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
    return [Change("outbox", removed=frozenset({str(seq)}))]


def record_failure(conn: sqlite3.Connection, seq: int, error: str) -> list[Change]:
    conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?", (error, seq)
    )
    return [Change("outbox", frozenset({str(seq)}))]


COLUMNS = "key, method, path, body, dataset, item_id, created_at, attempts, last_error"


def rescue(path: Path) -> list[tuple]:
    """The queued actions still readable in a damaged cache file, oldest first."""
    rows: list[tuple] = []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return rows
    try:
        for row in conn.execute(f"SELECT {COLUMNS} FROM outbox ORDER BY seq"):
            rows.append(tuple(row))
    except sqlite3.Error as exc:
        log.warning("queued actions in the damaged cache: %d read, then %s", len(rows), exc)
    finally:
        conn.close()
    return rows


def restore(conn: sqlite3.Connection, rows: list[tuple]) -> list[Change]:
    conn.executemany(
        f"INSERT OR IGNORE INTO outbox ({COLUMNS}) VALUES ({', '.join('?' * 9)})", rows
    )
    return [Change("outbox", reset=True)]
