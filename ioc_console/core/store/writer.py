"""The cache's one writer: a thread that owns the writing connection.

Every write is a function of that connection submitted with :meth:`CacheWriter.submit`; it runs
in its own transaction, in submission order, and returns a :class:`~concurrent.futures.Future`.
A write returns the :class:`Change` list it made; :attr:`CacheWriter.changed` announces them after
the commit, on the writer thread (the Qt layer forwards them as queued signals), and before the
write's future is resolved.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path

from ioc_console.core.events import Event
from ioc_console.core.store.changes import Change
from ioc_console.core.store.complaint_facts import register_functions

log = logging.getLogger(__name__)

Write = Callable[[sqlite3.Connection], "list[Change] | None"]
_STOP = object()


@contextmanager
def transaction(conn: sqlite3.Connection, durable: bool = False) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` on an autocommit connection; ``durable`` syncs the
    commit to disk (``synchronous=FULL``) before returning, as the outbox needs."""
    if durable:
        conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # also when COMMIT itself failed (disk full, I/O error)
            conn.execute("ROLLBACK")
        raise
    finally:
        if durable:
            conn.execute("PRAGMA synchronous=NORMAL")


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    register_functions(conn)  # the complaints' triggers call them
    return conn


class CacheWriter:
    def __init__(self, path: Path) -> None:
        self._conn = connect(path)
        self._queue: queue.Queue = queue.Queue()
        self.changed: Event[[Change]] = Event("cache.changed")
        """Each committed :class:`Change`, on the writer thread."""
        self._closing = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="cache-writer", daemon=True)
        self._thread.start()

    def submit(self, write: Write, durable: bool = False) -> Future:
        """Run ``write(conn)`` inside one transaction on the writer thread."""
        future: Future = Future()
        with self._closing:
            if self._closed:
                future.set_exception(RuntimeError("the cache is closed"))
                return future
            self._queue.put((write, durable, future))
        return future

    def close(self, timeout: float = 10.0) -> None:
        """Finish the writes already queued, then close the connection; later writes fail."""
        with self._closing:
            if self._closed:
                return
            self._closed = True
            self._queue.put(_STOP)
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is _STOP:
                break
            write, durable, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                with transaction(self._conn, durable):
                    changes = write(self._conn) or []
            except BaseException as exc:
                log.error("cache write failed: %s", exc, exc_info=True)
                future.set_exception(exc)
                continue
            for change in changes:  # announced before the writer of the change hears back
                self.changed.emit(change)
            future.set_result(changes)
        self._conn.close()
