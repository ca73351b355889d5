"""The cache's tables of the plugins' feeds.

A feed (:func:`ioc_console.core.store.datasets.register_feed`) gets a table of the same shape
as the console's own datasets, created ``IF NOT EXISTS`` on the writer thread when it is
registered (or when the cache is opened with feeds already registered), with its status row,
so it shows in :meth:`Cache.datasets` before its first read. No schema version is needed for a
new plugin. When the feed is unregistered (its plugin disabled) its table and rows stay: the
sync engine no longer reads it and the status no longer lists it, and a plugin enabled again
starts from what it had (an incremental read). Emptying the cache (a new scope) empties them too.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future

from ioc_console.core.store.changes import Change
from ioc_console.core.store.datasets import DATASETS, Dataset, all_datasets, feeds_changed
from ioc_console.core.store.schema import feed_table
from ioc_console.core.store.writer import CacheWriter

log = logging.getLogger(__name__)
BUILT_IN = frozenset(d.name for d in DATASETS)


def create(conn: sqlite3.Connection, name: str) -> list[Change]:
    """Feed ``name``'s table, indexes and status row (nothing when they exist)."""
    for statement in feed_table(name):
        conn.execute(statement)
    conn.execute("INSERT OR IGNORE INTO datasets (name, rows) VALUES (?, 0)", (name,))
    return [Change("datasets", frozenset({name}))]


def dataset_tables(conn: sqlite3.Connection) -> list[str]:
    """Every dataset table the file holds: the registered datasets' and those of feeds no
    longer registered that were read before (their status rows name them)."""
    tables = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    named = [d.name for d in all_datasets()]
    named += [name for (name,) in conn.execute("SELECT name FROM datasets ORDER BY name")]
    return [name for name in dict.fromkeys(named) if name in tables]


def is_missing_table(exc: sqlite3.OperationalError) -> bool:
    """A read of a feed whose table the writer has not created yet."""
    return str(exc).startswith("no such table")


class FeedTables:
    """Follows the registered feeds for one cache and creates their tables."""

    def __init__(self, writer: CacheWriter) -> None:
        self._writer = writer
        self._lock = threading.Lock()
        self._created: dict[str, Future] = {}
        self._disconnect: Callable[[], None] = feeds_changed.connect(self._feeds_changed)
        for ds in all_datasets():
            if ds.name not in BUILT_IN:
                self.ensure(ds.name)

    def ensure(self, name: str) -> Future:
        """Create feed ``name``'s table unless it was created by this cache already; the
        future is done once it exists (the write's changes, or its error)."""
        if name in BUILT_IN:
            done: Future = Future()
            done.set_result([])
            return done
        with self._lock:
            future = self._created.get(name)
            if future is None or (future.done() and future.exception() is not None):
                future = self._writer.submit(lambda c: create(c, name))
                self._created[name] = future
        return future

    def _feeds_changed(self, feed: Dataset, added: bool) -> None:
        if added:
            self.ensure(feed.name)
        else:  # the status lists registered datasets only: tell its readers
            self._writer.submit(lambda c: [Change("datasets", frozenset({feed.name}))])

    def close(self) -> None:
        self._disconnect()
