"""The offline cache: the file panels read from, opened, checked and migrated at start-up.

Reads happen on any thread, each with its own connection (WAL lets them run beside the
writer). Every write goes through the single :class:`~.writer.CacheWriter` thread and is
announced afterwards as a :class:`~.changes.Change`. A file that fails SQLite's
``quick_check`` is moved aside and a new one is created, and the operator is told (see
:attr:`Cache.problems`); the sync engine then fills it again from the server.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ioc_console.core.clock import read_time
from ioc_console.core.events import Event
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message
from ioc_console.core.store import dataset_writes, feed_tables, outbox
from ioc_console.core.store.changes import Change
from ioc_console.core.store.datasets import BY_NAME, dataset
from ioc_console.core.store.schema import SCHEMA_VERSION, migrate
from ioc_console.core.store.writer import CacheWriter, connect

if TYPE_CHECKING:
    import sqlite_utils

    from ioc_console.core.store.dataset_writes import PageProgress

log = logging.getLogger(__name__)
__all__ = ["SCHEMA_VERSION", "Cache", "CacheError", "DatasetStatus"]


@dataclass(frozen=True)
class DatasetStatus:
    name: str
    rows: int
    refreshed_at: datetime | None
    last_error: str | None
    since: str | None = None  # the server time the next incremental read starts from
    resume_cursor: str | None = None  # a paged read cut off: the next page to read
    resume_since: str | None = None
    resume_server_time: str | None = None


class CacheError(Exception):
    """The cache cannot be opened at all."""


class Cache:
    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.problems: list[Message] = []
        # one reading connection per operating-system thread, kept until close(): a thread
        # pool's job runs with a new Python thread state each time (a threading.local would
        # be empty at every job and open a connection per read), the thread stays the same
        self._readers: dict[int, sqlite3.Connection] = {threading.get_native_id(): conn}
        self._lock = threading.Lock()
        self.writer = CacheWriter(path)
        self.feeds = feed_tables.FeedTables(self.writer)  # the plugins' feeds get tables

    @classmethod
    def open(cls, path: Path) -> Cache:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        problems: list[Message] = []
        rescued: list[tuple] = []
        try:
            conn = _open_checked(path)
        except sqlite3.DatabaseError as exc:
            rescued = outbox.rescue(path)
            aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
            path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            message = Message(
                QT_TRANSLATE_NOOP(
                    "Problems", "the cache was damaged (%1); it was moved to %2 and is rebuilt"
                ),
                exc,
                aside,
            )
            log.error("%s", message)
            problems.append(message)
            try:
                conn = _open_checked(path)
            except sqlite3.DatabaseError as exc2:
                raise CacheError(f"cannot create the cache at {path}: {exc2}") from exc2
        cache = cls(path, conn)
        cache.problems = problems
        if rescued:
            cache.writer.submit(lambda c: outbox.restore(c, rescued), durable=True).result()
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "%1 queued action(s) were recovered from the damaged cache"
                    ),
                    len(rescued),
                )
            )
        return cache

    # -- reading (any thread) --------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's reading connection."""
        thread = threading.get_native_id()
        conn = self._readers.get(thread)
        if conn is None:
            conn = connect(self.path)
            with self._lock:
                self._readers[thread] = conn
        return conn

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection as a ``sqlite_utils.Database``, for ad-hoc queries.
        (Imported here: sqlite-utils takes a quarter of a second to load.)"""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def quick_check(self) -> str:
        return self.conn.execute("PRAGMA quick_check").fetchone()[0]

    def datasets(self) -> list[DatasetStatus]:
        """The status of each registered dataset the cache holds (the console's own and the
        feeds of the plugins enabled now)."""
        rows = self.conn.execute(
            """SELECT name, rows, refreshed_at, last_error, since, resume_cursor, resume_since,
                      resume_server_time FROM datasets ORDER BY name"""
        ).fetchall()
        return [
            DatasetStatus(name, count, read_time(at), error, *rest)
            for name, count, at, error, *rest in rows
            if name in BY_NAME
        ]

    def dataset_status(self, name: str) -> DatasetStatus | None:
        return next((d for d in self.datasets() if d.name == name), None)

    def items(self, name: str, where: str = "", params: tuple = (), order: str = "id") -> list:
        """The items of a dataset as dicts; ``where`` may use ``json_extract(body, '$.x')``."""
        dataset(name)
        sql = f"SELECT body FROM {name}" + (f" WHERE {where}" if where else "")
        sql += f" ORDER BY {order}"
        return [json.loads(body) for (body,) in self._read(name, sql, params)]

    def get(self, name: str, item_id: str) -> dict | None:
        dataset(name)
        rows = self._read(name, f"SELECT body FROM {name} WHERE id = ?", (item_id,))
        return json.loads(rows[0][0]) if rows else None

    def count(self, name: str) -> int:
        dataset(name)
        rows = self._read(name, f"SELECT COUNT(*) FROM {name}")
        return rows[0][0] if rows else 0

    def _read(self, name: str, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows of a query on dataset ``name``'s table; none while a feed registered a moment
        ago has no table yet (its creation is queued on the writer)."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if name in feed_tables.BUILT_IN or not feed_tables.is_missing_table(exc):
                raise
            return []

    def ensure_table(self, name: str) -> Future:
        """Make sure dataset ``name`` has its table (a plugin's feed: created if missing)."""
        return self.feeds.ensure(name)

    def outbox(self, limit: int | None = None) -> list[outbox.OutboxAction]:
        return outbox.pending(self.conn, limit)

    def outbox_count(self) -> int:
        return outbox.count(self.conn)

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- writing (through the writer thread) -----------------------------------------------

    @property
    def changed(self) -> Event[[Change]]:
        """Each committed :class:`Change`, on the writer thread (after the commit, before the
        write's future is resolved)."""
        return self.writer.changed

    def apply_page(
        self,
        name: str,
        items: list[dict[str, Any]],
        progress: PageProgress,
        scope_ward: str | None = None,
    ) -> Future:
        return self.writer.submit(
            lambda c: dataset_writes.apply_page(c, name, items, progress, scope_ward)
        )

    def apply_items(self, name: str, items: list, scope_ward: str | None = None) -> Future:
        return self.writer.submit(
            lambda c: [dataset_writes.apply_items(c, name, items, scope_ward)]
        )

    def update_item(
        self,
        name: str,
        item_id: str,
        change: Callable[[dict[str, Any] | None], dict[str, Any] | None],
    ) -> Future:
        """Change one item as it is in the cache now: ``change`` gets it (None when absent) on
        the writer thread and returns the item to write (None: nothing), all in one
        transaction; the future raises what ``change`` raised."""
        return self.writer.submit(
            lambda c: dataset_writes.update_item(c, name, item_id, change), durable=True
        )

    def record_error(self, name: str, error: str) -> Future:
        return self.writer.submit(lambda c: dataset_writes.record_error(c, name, error))

    def clear_datasets(self) -> Future:
        """Empty every dataset, the feeds of plugins disabled now included."""
        return self.writer.submit(
            lambda c: dataset_writes.clear_all(c, feed_tables.dataset_tables(c))
        )

    def set_meta(self, key: str, value: str | None) -> Future:
        return self.writer.submit(lambda c: dataset_writes.set_meta(c, key, value))

    def enqueue(
        self,
        path: str,
        body: dict[str, Any],
        *,
        method: str = "POST",
        dataset: str | None = None,
        item_id: str | None = None,
        key: str | None = None,
    ) -> Future:
        """Queue an operator action; the future's result is its idempotency key, once the
        action is safely on disk."""
        future: Future = Future()
        key_box: list[str] = []

        def write(conn: sqlite3.Connection) -> list[Change]:
            new_key, changes = outbox.insert(
                conn, path, body, method=method, dataset=dataset, item_id=item_id, key=key
            )
            key_box.append(new_key)
            return changes

        def done(f: Future) -> None:
            if f.exception() is not None:
                future.set_exception(f.exception())
            else:
                future.set_result(key_box[0])

        self.writer.submit(write, durable=True).add_done_callback(done)
        return future

    def remove_action(self, seq: int) -> Future:
        return self.writer.submit(lambda c: outbox.remove(c, seq))

    def action_failed(self, seq: int, error: str) -> Future:
        return self.writer.submit(lambda c: outbox.record_failure(c, seq, error))

    def close(self) -> None:
        self.feeds.close()
        self.writer.close()
        with self._lock:
            for conn in self._readers.values():
                conn.close()
            self._readers.clear()


def _open_checked(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {result}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn
