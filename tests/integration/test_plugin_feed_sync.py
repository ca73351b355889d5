"""A plugin's feed in the cache and the sync engine, against the demo backend on loopback: it
gets its table, is read incrementally like the console's datasets and is readable by the
plugin; a feed the backend lacks is contained and reported while the rest syncs; a feed whose
plugin is disabled is no longer read."""

from __future__ import annotations

from datetime import timedelta

import pytest
from waiting import wait_until

from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins import PluginManager, PluginState
from ioc_console.core.plugins.context import CachedData
from ioc_console.core.status import ConnectionState
from ioc_console.core.store.datasets import DATASETS, all_datasets

READINGS = "test_readings"  # a throwaway dataset of the demo backend, for these tests only
BROKEN = "test_broken"  # served, but its records break the contract (ids that are numbers)

FEEDS_PLUGIN = """
from ioc_console.plugin_api import QT_TRANSLATE_NOOP

def register(api):
    api.register_feed("test_readings", QT_TRANSLATE_NOOP("Datasets", "Readings"),
                      path="/test-readings", fields=("value",))
"""

MISSING_PLUGIN = """
def register(api):
    api.register_feed("test_missing", "Missing", path="/no-such-feed")
"""

BROKEN_PLUGIN = """
def register(api):
    api.register_feed("test_broken", "Broken", path="/test-broken", ward_field="")
"""


@pytest.fixture
def feed_backend(monkeypatch):
    """The demo backend serving two more datasets: ``test_readings`` (twelve records in
    the wards of the first cameras) and ``test_broken``."""
    from ioc_console.demo import api_datasets
    from ioc_console.demo import store as demo_store
    from ioc_console.demo.backend import DemoBackend
    from ioc_console.demo.data import world as demo_world
    from ioc_console.demo.timeutil import fmt

    world = demo_world.build_world(seed=7, complaints=200)
    world.domains[READINGS] = [
        {
            "id": f"r-{n:02d}",
            "updated_at": fmt(world.now - timedelta(hours=n + 1)),
            "ward": camera["ward"],
            "value": n * 10,
            "deleted": False,
        }
        for n, camera in enumerate(world.cameras[:12])
    ]
    world.domains[BROKEN] = [
        {"id": n, "updated_at": fmt(world.now - timedelta(hours=1)), "deleted": False}
        for n in range(3)
    ]
    monkeypatch.setattr(demo_world, "DATASETS", (*demo_world.DATASETS, READINGS, BROKEN))
    for name, path in ((READINGS, "test-readings"), (BROKEN, "test-broken")):
        monkeypatch.setitem(demo_store.DATASETS, name, path)
        monkeypatch.setitem(api_datasets.BY_PATH, path, name)
    demo = DemoBackend(seed=7, rate=0, heartbeat_s=1.0, world=world)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def load_plugins(write_plugin, plugins_dir):
    """``load_plugins(**{plugin_id: code})`` loads those plugins from a folder; every plugin
    loaded is unloaded at the end (its feeds unregistered)."""
    managers: list[PluginManager] = []

    def load(**plugins: str) -> PluginManager:
        for plugin_id, code in plugins.items():
            if not (plugins_dir / plugin_id).exists():
                write_plugin(plugin_id, code, api_version=4)
        manager = PluginManager([plugins_dir], PanelRegistry())
        records = manager.load_all()
        assert all(r.state is PluginState.LOADED for r in records), records
        managers.append(manager)
        return manager

    yield load
    for manager in managers:
        for record in manager.records:
            manager.unload(record.id)


def test_a_feed_gets_its_table_is_read_incrementally_and_the_plugin_reads_it(
    feed_backend, cache, make_engine, load_plugins
):
    load_plugins(readings=FEEDS_PLUGIN)
    assert READINGS in [d.name for d in all_datasets()]
    cache.ensure_table(READINGS).result()
    status = cache.dataset_status(READINGS)  # listed before its first read
    assert status is not None and status.rows == 0 and status.refreshed_at is None

    engine = make_engine(feed_backend, events=False)
    engine.login()
    results = {r.name: r for r in engine.pull_all()}
    # every registered dataset is read: the console's, this plugin's (and the feeds of built-in
    # plugins another test of this run may have loaded)
    assert set(results) == {d.name for d in all_datasets()} >= {d.name for d in DATASETS} | {
        READINGS}
    assert results[READINGS].error is None and results[READINGS].rows == 12
    assert cache.dataset_status(READINGS).refreshed_at is not None

    data = CachedData(cache)
    assert READINGS in data.names
    records = data.records(READINGS)
    assert [r["value"] for r in records] == [n * 10 for n in range(12)]
    ward = records[0]["ward"]
    assert data.records(READINGS, {"ward": ward}) == [r for r in records if r["ward"] == ward]
    assert data.records(READINGS, keys=("value",))[1] == {"value": 10}
    assert data.get(READINGS, "r-03")["value"] == 30

    feed_backend.touch(READINGS, 2)
    again = {r.name: r for r in engine.pull_all()}
    assert again[READINGS].received == 2 and again[READINGS].rows == 12

    cache.clear_datasets().result()  # a new scope empties the feeds too
    assert data.records(READINGS) == []


def test_a_feed_the_backend_lacks_or_breaks_is_contained_reported_and_not_read_in_a_loop(
    feed_backend, cache, make_engine, load_plugins
):
    load_plugins(missing=MISSING_PLUGIN, broken=BROKEN_PLUGIN, readings=FEEDS_PLUGIN)
    reports: list[tuple[str, str, object]] = []
    engine = make_engine(
        feed_backend, events=False, on_feed_error=lambda *a: reports.append(a)
    )
    engine.login()
    results = {r.name: r for r in engine.pull_all()}
    for name, result in results.items():  # everything else was read
        if name not in ("test_missing", BROKEN):
            assert result.error is None and result.rows > 0, result
    assert "not_found" in results["test_missing"].error or "404" in results["test_missing"].error
    assert results[BROKEN].error
    assert sorted((plugin, where) for plugin, where, _ in reports) == [
        ("broken", "feed test_broken"),
        ("missing", "feed test_missing"),
    ]
    assert cache.dataset_status("test_missing").last_error  # shown in System status
    assert cache.dataset_status(BROKEN).last_error

    # the next round does not read the failing feeds again at once, nor report them again
    second = {r.name for r in engine.pull_all()}
    assert READINGS in second and not {"test_missing", BROKEN} & second
    assert len(reports) == 2

    # the engine's own rounds: the link is online although two feeds fail
    engine.start()
    wait_until(lambda: engine.status.state is ConnectionState.ONLINE, timeout=10)
    assert len(reports) == 2


def test_a_feed_no_longer_registered_is_no_longer_read_and_comes_back_where_it_was(
    feed_backend, cache, make_engine, load_plugins
):
    manager = load_plugins(readings=FEEDS_PLUGIN)
    engine = make_engine(feed_backend, events=False)
    engine.login()
    assert {r.name for r in engine.pull_all()} >= {READINGS}

    manager.unload("readings")
    assert READINGS not in {d.name for d in engine.datasets}
    assert READINGS not in {r.name for r in engine.pull_all()}
    wait_until(lambda: READINGS not in {d.name for d in cache.datasets()}, timeout=5)
    with pytest.raises(KeyError):
        CachedData(cache).records(READINGS)
    # its rows wait in the cache for the plugin to come back
    assert cache.conn.execute(f"SELECT COUNT(*) FROM {READINGS}").fetchone()[0] == 12

    load_plugins(readings=FEEDS_PLUGIN)
    back = {r.name: r for r in engine.pull_all()}
    assert back[READINGS].received == 0 and back[READINGS].rows == 12  # incremental
    assert len(CachedData(cache).records(READINGS)) == 12


def test_a_feed_whose_server_fails_is_read_again_after_a_pause_and_recovers(
    feed_backend, cache, make_engine, load_plugins
):
    load_plugins(readings=FEEDS_PLUGIN)
    reports: list[tuple[str, str, object]] = []
    engine = make_engine(
        feed_backend, events=False, on_feed_error=lambda *a: reports.append(a)
    )
    engine.login()
    feed_backend.faults.fail_next(3, 500, prefix="/api/v1/test-readings")  # and 2 retries
    first = {r.name: r for r in engine.pull_all()}
    assert first[READINGS].error and first["complaints"].error is None
    assert [(p, w) for p, w, _ in reports] == [("readings", "feed test_readings")]
    assert cache.dataset_status(READINGS).last_error

    feed = next(d for d in engine.datasets if d.name == READINGS)
    wait_until(lambda: engine.feed_health.due(feed), timeout=10, what="the feed's pause")
    again = {r.name: r for r in engine.pull_all()}
    assert again[READINGS].error is None and again[READINGS].rows == 12
    assert cache.dataset_status(READINGS).last_error is None
    assert engine.feed_health.failing(READINGS) is None and len(reports) == 1


def test_a_plugin_enabled_while_the_stream_is_live_has_its_feed_read_at_once(
    feed_backend, cache, make_engine, load_plugins
):
    engine = make_engine(feed_backend, events=True, resync_s=600.0)
    engine.start()
    wait_until(lambda: engine.status.live and engine.status.state is ConnectionState.ONLINE,
               timeout=15, what="a live link")
    assert READINGS not in {d.name for d in cache.datasets()}

    load_plugins(readings=FEEDS_PLUGIN)  # not at the next resynchronisation, ten minutes away
    wait_until(lambda: len(CachedData(cache).records(READINGS)) == 12, timeout=15,
               what="the new feed's records")
