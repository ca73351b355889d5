"""A plugin's feed in the cache: a table like the console's datasets, made when the feed is
registered (no schema version), listed in the status while registered, emptied with the rest,
and readable by map layers and the plugin's panels."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from ioc_console.core.geo.features import FeatureContext, layer_features
from ioc_console.core.geo.layers import MapLayerSpec
from ioc_console.core.plugins.context import CachedData
from ioc_console.core.store import datasets
from ioc_console.core.store.cache import SCHEMA_VERSION, Cache
from ioc_console.plugin_api import point_feature

FEED = datasets.Dataset(
    "test_stations", "/test-stations", "Stations", fields=("value",), plugin_id="stations"
)
NOW = datetime(2026, 11, 29, 3, tzinfo=UTC).isoformat()
ITEMS = [
    {"id": f"s{n}", "updated_at": NOW, "ward": "29869", "lon": 105.63 + n / 100, "lat": 10.46,
     "value": n}
    for n in range(3)
]


@pytest.fixture
def feed():
    datasets.register_feed(FEED)
    yield FEED
    datasets.unregister_feed(FEED.name)


def tables(cache: Cache) -> set[str]:
    rows = cache.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {name for (name,) in rows}


def test_a_feed_registered_after_the_cache_opened_gets_its_table_and_status(cache, feed):
    cache.ensure_table(feed.name).result()
    assert feed.name in tables(cache)
    assert cache.schema_version == SCHEMA_VERSION  # no new version for a plugin
    assert cache.dataset_status(feed.name).rows == 0
    cache.apply_items(feed.name, ITEMS).result()
    assert cache.count(feed.name) == 3
    assert CachedData(cache).records(feed.name, {"value": 2})[0]["id"] == "s2"


def test_a_cache_opened_with_a_feed_registered_makes_its_table(tmp_path, feed):
    cache = Cache.open(tmp_path / "c.sqlite3")
    try:
        cache.ensure_table(feed.name).result()
        assert feed.name in tables(cache)
        assert feed.name in {d.name for d in cache.datasets()}
    finally:
        cache.close()


def test_reading_a_feed_whose_table_is_not_made_yet_is_empty(tmp_path):
    cache = Cache.open(tmp_path / "c.sqlite3")
    release = threading.Event()
    try:
        def slow_write(conn: object) -> list:
            release.wait(10)
            return []

        blocked = cache.writer.submit(slow_write)
        datasets.register_feed(FEED)  # its table is queued behind the slow write
        try:
            assert not blocked.done()
            assert CachedData(cache).records(FEED.name) == []
            assert cache.count(FEED.name) == 0 and cache.get(FEED.name, "s1") is None
        finally:
            release.set()
            datasets.unregister_feed(FEED.name)
    finally:
        cache.close()


def test_an_unregistered_feed_leaves_the_status_keeps_its_rows_and_is_emptied_with_the_rest(
    cache,
):
    datasets.register_feed(FEED)
    cache.ensure_table(FEED.name).result()
    cache.apply_items(FEED.name, ITEMS).result()
    datasets.unregister_feed(FEED.name)
    assert FEED.name not in {d.name for d in cache.datasets()}
    assert cache.conn.execute(f"SELECT COUNT(*) FROM {FEED.name}").fetchone()[0] == 3

    cache.clear_datasets().result()  # another backend or ward: nothing of the old scope stays
    assert cache.conn.execute(f"SELECT COUNT(*) FROM {FEED.name}").fetchone()[0] == 0


def test_a_map_layer_draws_a_feeds_records(cache, feed):
    cache.ensure_table(feed.name).result()
    cache.apply_items(feed.name, ITEMS).result()
    spec = MapLayerSpec(
        id="stations.points",
        title="Stations",
        dataset=feed.name,
        feature=lambda row, ctx: point_feature("station", row, lambda: {"value": row["value"]}),
        match=(),
    )
    features = layer_features(spec, cache, FeatureContext.from_cache(cache))
    assert [(f["id"], f["properties"]["value"]) for f in features] == [
        ("s0", 0), ("s1", 1), ("s2", 2)
    ]


def test_a_feed_cannot_take_the_name_of_a_table_of_the_cache(tmp_path):
    """A feed named like one of the cache's own tables would write into it: refused."""
    from ioc_console.core.i18n import TrText
    from ioc_console.core.store.datasets import RESERVED, Dataset, all_datasets, register_feed

    cache = Cache.open(tmp_path / "names.db")
    try:
        tables = {
            row[0]
            for row in cache.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        cache.close()
    own = tables - {d.name for d in all_datasets()}
    assert own <= RESERVED, own - RESERVED
    for name in sorted(own - {"sqlite_sequence"}):
        with pytest.raises(ValueError):
            register_feed(Dataset(name, "/x", TrText("Datasets", "X"), plugin_id="p"))
