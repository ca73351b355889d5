import sqlite3

from ioc_console.core.store.cache import SCHEMA_VERSION, Cache


def test_new_cache_is_migrated_and_empty(cache):
    assert cache.schema_version == SCHEMA_VERSION
    assert cache.quick_check() == "ok"
    assert cache.datasets() == []
    assert cache.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_datasets_are_listed(cache):
    cache.db["datasets"].insert(
        {"name": "complaints", "rows": 12, "refreshed_at": "2026-11-29T08:00:00+07:00"}
    )
    [ds] = cache.datasets()
    assert (ds.name, ds.rows, ds.refreshed_at.hour) == ("complaints", 12, 8)


def test_corrupt_cache_is_moved_aside_and_rebuilt(tmp_path):
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    cache = Cache.open(path)
    assert cache.quick_check() == "ok"
    assert len(cache.problems) == 1 and "moved to" in cache.problems[0]
    kept = list(tmp_path.glob("cache.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"SQLite format 3")


def test_cache_from_a_newer_console_is_not_destroyed_silently(tmp_path):
    path = tmp_path / "cache.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    cache = Cache.open(path)
    assert cache.schema_version == SCHEMA_VERSION
    assert "newer" in cache.problems[0]
    assert list(tmp_path.glob("cache.sqlite3.corrupt-*"))  # the newer file was kept


def test_a_migration_that_fails_midway_leaves_the_file_as_it_was(tmp_path):
    """One transaction per version: a failure (a crash, another console holding the file)
    leaves neither half a version nor a version number that does not match the file."""
    import pytest

    from ioc_console.core.store.schema import migrate

    conn = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
    migrations = {1: ["CREATE TABLE a (x)"],
                  2: ["DROP TABLE a", "CREATE TABLE b (x)", "THIS IS NOT SQL"]}
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, migrations)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"a"}
