"""The cache's schema, versioned in SQLite's ``user_version``, and its migrations.

Every dataset has its own table with the same shape: the item's id, when the backend last
changed it, today's ward it lies in, and the item itself as JSON. Queries that need a field
use ``json_extract``; the complaints' KPI facts are columns of ``complaint_facts`` (version 3),
the procedure results' counts those of ``procedure_facts`` (version 4); version 5 writes the
complaints' agencies with one tone-mark placement (SQL functions every connection registers:
:func:`~ioc_console.core.store.complaint_facts.register_functions`).
"""

from __future__ import annotations

import logging
import sqlite3

from ioc_console.core.store import complaint_facts, procedure_facts
from ioc_console.core.store.datasets import DATASETS

log = logging.getLogger(__name__)


def _dataset_table(name: str, if_not_exists: str = "") -> list[str]:
    """The statements creating dataset ``name``'s table and indexes (``if_not_exists``:
    ``"IF NOT EXISTS "`` for a plugin's feed, created when it is registered)."""
    return [
        f"""CREATE TABLE {if_not_exists}{name} (
               id TEXT PRIMARY KEY,
               updated_at TEXT NOT NULL,
               ward TEXT,
               body TEXT NOT NULL
           )""",
        f"CREATE INDEX {if_not_exists}{name}_updated_at ON {name}(updated_at)",
        f"CREATE INDEX {if_not_exists}{name}_ward ON {name}(ward)",
    ]


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
    2: [
        # where an incremental read starts next time, and a paged read that was cut off
        "ALTER TABLE datasets ADD COLUMN since TEXT",
        "ALTER TABLE datasets ADD COLUMN resume_cursor TEXT",
        "ALTER TABLE datasets ADD COLUMN resume_since TEXT",
        "ALTER TABLE datasets ADD COLUMN resume_server_time TEXT",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
        """CREATE TABLE outbox (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               key TEXT NOT NULL UNIQUE,
               method TEXT NOT NULL,
               path TEXT NOT NULL,
               body TEXT NOT NULL,
               dataset TEXT,
               item_id TEXT,
               created_at TEXT NOT NULL,
               attempts INTEGER NOT NULL DEFAULT 0,
               last_error TEXT
           )""",
        *[s for d in DATASETS for s in _dataset_table(d.name)],
    ],
    # the complaints' figures as indexed columns kept by triggers, a working-day calendar and
    # the roll-up of every ward code of every period to today's ward (for the KPIs)
    3: complaint_facts.migration(),
    # the administrative-procedure results' counts as indexed columns kept by triggers
    4: procedure_facts.migration(),
    # one spelling of an agency's name however its tone marks were placed (Hoà / Hòa)
    5: complaint_facts.agency_migration(),
}
SCHEMA_VERSION = max(MIGRATIONS)


def feed_table(name: str) -> list[str]:
    """A plugin's feed gets a table of the same shape as the console's datasets when it is
    registered, without a new schema version (:mod:`ioc_console.core.store.feed_tables`)."""
    return _dataset_table(name, "IF NOT EXISTS ")


def migrate(conn: sqlite3.Connection, migrations: dict[int, list[str]] = MIGRATIONS) -> None:
    """Take the file to :data:`SCHEMA_VERSION`, one transaction per version."""
    complaint_facts.register_functions(conn)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    newest = max(migrations)
    if version > newest:
        raise sqlite3.DatabaseError(f"cache schema {version} is newer than this console's {newest}")
    for target in sorted(v for v in migrations if v > version):
        # an explicit transaction: the cache's connections are in autocommit mode, where
        # ``with conn`` begins none, and a version half applied would be left behind
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in migrations[target]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(target)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        log.info("cache schema migrated to version %d", target)
