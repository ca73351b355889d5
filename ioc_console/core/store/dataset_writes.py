"""Writes of backend data into the dataset tables, run on the writer thread.

A page is applied whole or not at all (one transaction), together with the progress of the
paged read it belongs to, so a read cut off half-way resumes from the last applied page.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from ioc_console.core.clock import read_time, stamp
from ioc_console.core.store.changes import Change
from ioc_console.core.store.datasets import dataset

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageProgress:
    """Where a paged read stands after a page: the read's ``since``, the cursor of the next page
    (None: this was the last) and the server time of the read's first page."""

    since: str | None
    next_cursor: str | None
    server_time: str


def apply_items(
    conn: sqlite3.Connection, name: str, items: list, scope_ward: str | None = None
) -> Change:
    """Upsert items and delete tombstones, never replacing a newer version with an older one
    (a page read before an event, an answer replayed after a crash). Items outside
    ``scope_ward`` are not kept (city-wide items, without a ward, are); items without an id or
    a readable ``updated_at`` are skipped with a log line."""
    ward_field = dataset(name).ward_field
    upserts: list[tuple[str, str, str | None, str]] = []
    removed: list[tuple[str, str]] = []
    skipped = 0
    for item in items:
        stamp = _stamp(item.get("updated_at")) if isinstance(item, dict) else None
        if not (isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"]):
            skipped += 1
            continue
        ward = item.get(ward_field)
        ward = str(ward) if ward is not None else None
        if item.get("deleted") is True or (scope_ward and ward not in (None, scope_ward)):
            removed.append((item["id"], stamp or ""))  # "": a deletion without a time
        elif stamp is None:
            skipped += 1
        else:
            body = json.dumps(item, ensure_ascii=False, separators=(",", ":"))
            upserts.append((item["id"], stamp, ward, body))
    if skipped:
        log.warning("%s: %d item(s) without an id or updated_at were skipped", name, skipped)
    conn.executemany(
        f"""INSERT INTO {name} (id, updated_at, ward, body) VALUES (?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at,
                ward = excluded.ward, body = excluded.body
            WHERE excluded.updated_at >= {name}.updated_at""",
        upserts,
    )
    conn.executemany(
        f"DELETE FROM {name} WHERE id = ?1 AND (?2 = '' OR updated_at <= ?2)",
        [(item_id, stamp) for item_id, stamp in removed],
    )
    _count_rows(conn, name)
    return Change(name, frozenset(u[0] for u in upserts), frozenset(i for i, _ in removed))


def update_item(
    conn: sqlite3.Connection,
    name: str,
    item_id: str,
    change: Callable[[dict[str, Any] | None], dict[str, Any] | None],
) -> list[Change]:
    """Read item ``item_id`` (None when absent), give it to ``change`` and write what it
    returns (None: nothing), in the caller's transaction: nothing can change the item in
    between. What ``change`` raises ends the transaction with nothing written."""
    dataset(name)
    row = conn.execute(f"SELECT body FROM {name} WHERE id = ?", (item_id,)).fetchone()
    changed = change(json.loads(row[0]) if row else None)
    if changed is None:
        return []
    return [apply_items(conn, name, [changed])]


def _stamp(value: object) -> str | None:
    """``updated_at`` as comparable text (UTC, microseconds), or None when unreadable."""
    moment = read_time(value)  # a time without offset is the city's, as everywhere
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def apply_page(
    conn: sqlite3.Connection,
    name: str,
    items: list,
    progress: PageProgress,
    scope_ward: str | None = None,
) -> list[Change]:
    """One page of a paged read and the read's progress, in the caller's transaction."""
    change = apply_items(conn, name, items, scope_ward)
    if progress.next_cursor is None:  # the read is complete
        conn.execute(
            """UPDATE datasets SET since = ?, refreshed_at = ?, last_error = NULL,
                   resume_cursor = NULL, resume_since = NULL, resume_server_time = NULL
               WHERE name = ?""",
            (progress.server_time, stamp(), name),
        )
    else:
        conn.execute(
            """UPDATE datasets SET resume_cursor = ?, resume_since = ?, resume_server_time = ?
               WHERE name = ?""",
            (progress.next_cursor, progress.since, progress.server_time, name),
        )
    return [change, Change("datasets", frozenset({name}))]


def forget_resume(conn: sqlite3.Connection, name: str) -> list[Change]:
    """A cut-off read whose cursor the server refuses starts again from its ``since``."""
    conn.execute(
        """UPDATE datasets SET since = COALESCE(resume_since, since), resume_cursor = NULL,
               resume_since = NULL, resume_server_time = NULL WHERE name = ?""",
        (name,),
    )
    return [Change("datasets", frozenset({name}))]


def record_error(conn: sqlite3.Connection, name: str, error: str) -> list[Change]:
    _ensure_row(conn, name)
    conn.execute("UPDATE datasets SET last_error = ? WHERE name = ?", (error, name))
    return [Change("datasets", frozenset({name}))]


def clear_all(conn: sqlite3.Connection, names: list[str]) -> list[Change]:
    """Empty the datasets (a new ward scope or backend): the next read is a full one."""
    for name in names:
        conn.execute(f"DELETE FROM {name}")
        conn.execute("DELETE FROM datasets WHERE name = ?", (name,))
    return [Change(name, reset=True) for name in names] + [Change("datasets", reset=True)]


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> list[Change]:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
    return []


def _ensure_row(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("INSERT OR IGNORE INTO datasets (name, rows) VALUES (?, 0)", (name,))


def _count_rows(conn: sqlite3.Connection, name: str) -> None:
    _ensure_row(conn, name)
    conn.execute(
        f"UPDATE datasets SET rows = (SELECT COUNT(*) FROM {name}) WHERE name = ?", (name,)
    )


