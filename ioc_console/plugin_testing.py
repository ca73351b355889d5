"""Fixtures a plugin's own tests reuse (pytest): a fake clock, the demo world, a cache filled
from it, and a loader that loads a plugin folder exactly as the console does.

In the plugin's ``tests/conftest.py``::

    pytest_plugins = ["ioc_console.plugin_testing"]

then, in a test::

    def test_cameras_online(load_plugin, demo_cache):
        plugin = load_plugin(Path(__file__).parents[1] / "src" / "ioc_camera_health")
        cache = demo_cache()          # after loading: the plugin's feeds get their tables too
        value = plugin.kpi("camera_health.online_share", cache)
        assert value.value == pytest.approx(...)

Everything here is the console's own machinery (the plugin manager, the facade, the cache, the
demo backend's data), not a stand-in: what passes here behaves the same in the console.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ioc_console.core import clock
from ioc_console.core.domains.kpis import KpiValue
from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins.context import CachedData
from ioc_console.core.plugins.manager import PluginManager, PluginRecord, PluginState
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.datasets import all_datasets

DEMO_NOW = datetime(2026, 12, 1, 10, 0, tzinfo=clock.CITY_TZ)
"""The time the fixtures' world and clock stand at (a Tuesday morning in the city)."""


class FakeClock:
    """The city's clock (``plugin_api.city_now``/``city_today``) fixed at a moment of the
    test's choosing until the test ends."""

    def __init__(self, moment: datetime = DEMO_NOW) -> None:
        self.set(moment)

    @property
    def now(self) -> datetime:
        return clock.city_now()

    def set(self, moment: datetime) -> None:
        clock.fix_time(moment)

    def advance(self, **delta: float) -> datetime:
        """Move on by ``timedelta(**delta)`` (``hours=2``); returns the new time."""
        self.set(self.now + timedelta(**delta))
        return self.now

    def release(self) -> None:
        clock.fix_time(None)


@dataclass
class LoadedPlugin:
    """A plugin loaded through the console's plugin manager into registries of its own."""

    record: PluginRecord
    manager: PluginManager
    panels: PanelRegistry
    map_layers: MapLayerRegistry
    domains: DomainRegistry

    @property
    def registered(self) -> dict[str, list[str]]:
        """What it registered, by kind (``panel``, ``map_layer``, ``feed``, ``kpi`` …)."""
        return self.record.api.registered if self.record.api is not None else {}

    def kpi(self, kpi_id: str, cache: Cache) -> KpiValue:
        """KPI ``kpi_id`` evaluated over ``cache`` now (the fake clock's now), as the console's
        KPI board computes it."""
        from ioc_console.core.domains.kpi_engine import evaluate

        definition = self.domains.kpis.get(kpi_id)
        if definition is None:
            raise KeyError(f"no KPI {kpi_id!r}; registered: {', '.join(self.domains.kpis.ids())}")
        records = CachedData(cache).records(definition.dataset)
        return evaluate(definition, records, clock.city_now(), conn=cache.conn)

    def unload(self) -> None:
        self.manager.unload(self.record.id)


@pytest.fixture
def fake_clock() -> Iterator[FakeClock]:
    """The city's clock fixed at :data:`DEMO_NOW`; ``set``/``advance`` move it."""
    fake = FakeClock()
    yield fake
    fake.release()


@pytest.fixture
def demo_world(fake_clock: FakeClock) -> Any:
    """The demo backend's world (every dataset, the domain plugins' too) at the fake clock's
    time, seed 1."""
    from ioc_console.demo.data.world import build_world

    return build_world(seed=1, now=fake_clock.now)


@pytest.fixture
def load_plugin() -> Iterator[Callable[[Path], LoadedPlugin]]:
    """``load_plugin(folder)`` loads the plugin in ``folder`` (its ``plugin.toml`` beside its
    modules) as the console would; fails the test when it does not load. Everything it
    registered is removed at the end of the test."""
    loaded: list[LoadedPlugin] = []
    homes: list[Path] = []

    def load(folder: Path) -> LoadedPlugin:
        home = Path(tempfile.mkdtemp(prefix="plugin-"))
        homes.append(home)
        (home / folder.name).symlink_to(Path(folder).resolve(), target_is_directory=True)
        panels, layers, domains = PanelRegistry(), MapLayerRegistry(), DomainRegistry()
        manager = PluginManager([home], panels, map_layers=layers, domains=domains)
        records = manager.load_all()
        assert len(records) == 1, f"no plugin.toml in {folder}"
        record = records[0]
        if record.state is not PluginState.LOADED:
            pytest.fail(f"plugin {record.id} did not load: {record.error}\n{record.details}")
        plugin = LoadedPlugin(record, manager, panels, layers, domains)
        loaded.append(plugin)
        return plugin

    yield load
    for plugin in loaded:
        plugin.unload()
    for home in homes:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def demo_cache(tmp_path: Path, demo_world: Any) -> Iterator[Callable[[], Cache]]:
    """``demo_cache()`` opens a cache holding every dataset the console knows at that moment
    (its own and the feeds of the plugins loaded so far) as the demo backend serves them."""
    from ioc_console.demo.data.world import DATASETS as DEMO_DATASETS

    caches: list[Cache] = []

    def fill() -> Cache:
        cache = Cache.open(tmp_path / f"cache-{len(caches)}.db")
        caches.append(cache)
        for ds in all_datasets():
            if ds.name in DEMO_DATASETS:
                cache.apply_items(ds.name, list(demo_world.dataset(ds.name))).result(timeout=60)
        return cache

    yield fill
    for cache in caches:
        cache.close()
