"""The healthcare and education plugins loaded from the repository's plugins/ folder like any
plugin, and a cache synced through the sync engine from the demo backend at a fixed time."""

from __future__ import annotations

import pytest
from health_edu_time import NOW, SEED

from ioc_console.core.panels import PanelRegistry
from ioc_console.core.paths import builtin_plugins_dir
from ioc_console.core.plugins import PluginManager


@pytest.fixture(scope="module")
def manager():
    plugins = PluginManager([builtin_plugins_dir()], PanelRegistry())
    plugins.load_all()
    yield plugins
    for record in plugins.records:
        plugins.unload(record.id)


@pytest.fixture(scope="module")
def demo(manager):
    from ioc_console.demo.backend import DemoBackend

    backend = DemoBackend(seed=SEED, rate=0, heartbeat_s=1.0, now=NOW, complaints=50)
    backend.start()
    yield backend
    backend.stop()


@pytest.fixture(scope="module")
def world():
    """The demo world the backend serves, built again here to check figures against."""
    from ioc_console.demo.data import build_world

    return build_world(SEED, NOW, complaints=50)


@pytest.fixture(scope="module")
def demo_cache(demo, tmp_path_factory):
    """A cache holding every dataset the backend serves, the plugins' feeds among them."""
    from ioc_console.core.store.cache import Cache
    from ioc_console.core.sync.link import BackendTarget, build_engine

    cache = Cache.open(tmp_path_factory.mktemp("health-edu") / "cache.sqlite3")
    engine = build_engine(cache, BackendTarget(demo.url, "operator", "operator-demo",
                                               timeout_s=5.0), events=False)
    engine.login()
    results = {r.name: r for r in engine.pull_all()}
    for name in ("health_daily", "health_beds", "health_vaccination", "school_stats",
                 "school_attendance", "exam_results"):
        assert results[name].error is None and results[name].rows > 0, results[name]
    engine.stop()
    yield cache
    cache.close()
