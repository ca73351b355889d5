"""Every built-in plugin loads through the same path as a third party's: copied to another
folder and loaded from there like any plugin folder, it gives the same records and registers
the same panels, map layers, feeds, KPIs, rules, procedures, dashboards and domains."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.panels import PanelContext, PanelRegistry
from ioc_console.core.paths import builtin_plugins_dir
from ioc_console.core.plugins.manager import NAMESPACE, PluginManager, PluginState
from ioc_console.gui.panels import register_builtin_panels

KINDS = ("kpi", "rule", "procedure", "dashboard", "domain")


@pytest.fixture
def fresh_plugin_modules():
    """Each load imports the plugins anew (as a start-up does); the modules imported before
    are put back at the end."""
    saved = {n: m for n, m in sys.modules.items() if n.startswith(NAMESPACE + ".")}

    def forget() -> None:
        for name in [n for n in sys.modules if n.startswith(NAMESPACE + ".")]:
            del sys.modules[name]

    forget()
    yield forget
    forget()
    sys.modules.update(saved)


def load(folder: Path) -> tuple[PluginManager, dict]:
    panels = PanelRegistry()
    register_builtin_panels(panels)  # the console's panels a domain plugin may bring
    manager = PluginManager(
        [folder], panels, map_layers=MapLayerRegistry(()), domains=DomainRegistry()
    )
    manager.dashboard_factory = lambda dashboard: (lambda context: dashboard.panel_id)
    manager.load_all()
    what = {
        "panels": sorted(s.id for s in manager.panels if s.plugin_id),
        "map_layers": sorted(s.id for s in manager.map_layers),
        **{kind: sorted(manager.domains.table(kind).ids()) for kind in KINDS},
    }
    return manager, what


def summary(manager: PluginManager) -> list[tuple]:
    return [
        (r.id, r.state, r.manifest.version if r.manifest else "", r.error, r.api.registered
         if r.api else {})
        for r in manager.records
    ]


def test_every_builtin_plugin_loads_from_another_folder_as_from_its_own(
    qapp, tmp_path, fresh_plugin_modules
):
    builtin = builtin_plugins_dir()
    ids = sorted(p.name for p in builtin.iterdir() if (p / "plugin.toml").is_file())
    assert "admin_units" in ids

    own, own_what = load(builtin)
    try:
        assert [r.id for r in own.records] == ids
        for record in own.records:
            assert record.state is PluginState.LOADED, (record.id, record.error, record.details)
            assert record.origin == "built-in"
        own_summary = summary(own)
    finally:
        for record in own.records:
            own.unload(record.id)

    fresh_plugin_modules()
    copy = tmp_path / "third-party"
    shutil.copytree(builtin, copy, ignore=shutil.ignore_patterns("__pycache__"))
    theirs, their_what = load(copy)
    try:
        assert summary(theirs) == own_summary
        assert their_what == own_what
        for record in theirs.records:
            assert record.origin == "command line"
            assert record.folder == copy / record.id
            module = sys.modules[f"{NAMESPACE}.{record.id}.{record.manifest.module}"]
            assert Path(module.__file__).is_relative_to(copy)  # the copy's code ran
        # a dashboard panel of a copied plugin is drawn by the console's factory
        for dashboard in theirs.domains.table("dashboard"):
            spec = theirs.panels.get(dashboard.panel_id)
            assert spec.factory(PanelContext(dashboard.panel_id, None)) == dashboard.panel_id
    finally:
        for record in theirs.records:
            theirs.unload(record.id)
