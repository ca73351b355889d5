"""The offline cache file: opened, checked and migrated at start-up.

Panels read only from here. Each dataset records how many rows it holds, when it was last
refreshed from the backend and the last error, which the System status panel shows.
A file that fails SQLite's ``quick_check`` is moved aside and a new one is created; the
operator is told (see :attr:`Cache.problems`).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

# schema version reached -> statements taking the previous version there
MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE datasets (
               name TEXT PRIMARY KEY,
               rows INTEGER NOT NULL DEFAULT 0,
               refreshed_at TEXT,
               last_error TEXT
           )""",
    ],
}
SCHEMA_VERSION = max(MIGRATIONS)


@dataclass(frozen=True)
class DatasetStatus:
    name: str
    rows: int
    refreshed_at: datetime | None
    last_error: str | None


class CacheError(Exception):
    """The cache cannot be opened at all."""


class Cache:
    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db
        self.problems: list[Message] = []

    @classmethod
    def open(cls, path: Path) -> Cache:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        problems: list[Message] = []
        try:
            db = _open_checked(path)
        except sqlite3.DatabaseError as exc:
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
                db = _open_checked(path)
            except sqlite3.DatabaseError as exc2:
                raise CacheError(f"cannot create the cache at {path}: {exc2}") from exc2
        cache = cls(path, db)
        cache.problems = problems
        return cache

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def quick_check(self) -> str:
        return self.db.execute("PRAGMA quick_check").fetchone()[0]

    def datasets(self) -> list[DatasetStatus]:
        rows = self.db.execute(
            "SELECT name, rows, refreshed_at, last_error FROM datasets ORDER BY name"
        ).fetchall()
        return [
            DatasetStatus(name, count, datetime.fromisoformat(at) if at else None, error)
            for name, count, at, error in rows
        ]

    def close(self) -> None:
        self.db.close()


def _open_checked(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {result}")
        conn.execute("PRAGMA journal_mode=WAL")
        _migrate(conn)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def _migrate(conn: sqlite3.Connection, migrations: dict[int, list[str]] = MIGRATIONS) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(
            f"cache schema {version} is newer than this console's {SCHEMA_VERSION}"
        )
    for target in sorted(v for v in migrations if v > version):
        with conn:
            for statement in migrations[target]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(target)}")
        log.info("cache schema migrated to version %d", target)
