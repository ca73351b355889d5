"""Fixtures of the built-in domain plugins' tests: the plugins loaded from the repository's
``plugins/`` folder by the plugin manager, as the console loads them, and the demo world."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins.manager import NAMESPACE, PluginManager, PluginState

PLUGINS = Path(__file__).resolve().parents[2] / "plugins"


@pytest.fixture
def load_builtin():
    """``load_builtin("security")``: the plugin manager with the repository's plugins loaded
    afresh (as at start-up); everything is unloaded at the end."""
    managers: list[PluginManager] = []

    def load(plugin_id: str) -> PluginManager:
        for name in [n for n in sys.modules if n.startswith(f"{NAMESPACE}.{plugin_id}")]:
            del sys.modules[name]
        manager = PluginManager(
            [PLUGINS], PanelRegistry(), map_layers=MapLayerRegistry(), domains=DomainRegistry()
        )
        manager.load_all()
        record = manager.record(plugin_id)
        assert record.state is PluginState.LOADED, record.error + record.details
        managers.append(manager)
        return manager

    yield load
    for manager in managers:
        for record in manager.records:
            manager.unload(record.id)


@pytest.fixture(scope="session")
def demo_world():
    """The demo world of seed 7 as it stands now (the plugins' figures count from today)."""
    from ioc_console.demo.data.world import build_world

    return build_world(7)
