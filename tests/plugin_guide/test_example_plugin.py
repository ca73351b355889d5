"""The guide's example plugin (docs/example-plugin) works as the guide says: it loads from a
temporary folder and from an installed package's entry point, registers what the guide lists,
and its figures are the demo city's, computed with the fixtures a plugin's tests reuse."""

from __future__ import annotations

import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from ioc_console.core.config.targets import KpiState
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins import PluginManager, PluginState
from ioc_console.core.plugins.manager import NAMESPACE

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "example-plugin"
PACKAGE = EXAMPLE / "src" / "ioc_camera_health"


@pytest.fixture
def forget_plugin_modules():
    before = set(sys.modules)
    yield
    for name in set(sys.modules) - before:
        if name.startswith((f"{NAMESPACE}.camera_health", "ioc_camera_health")):
            del sys.modules[name]


def test_the_example_loads_from_a_temporary_folder_with_all_the_guide_lists(
    tmp_path, load_plugin, forget_plugin_modules
):
    folder = tmp_path / "plugins" / "ioc_camera_health"
    shutil.copytree(PACKAGE, folder)
    plugin = load_plugin(folder)
    assert plugin.record.manifest is not None and plugin.record.manifest.api_version == 4
    registered = plugin.registered
    assert registered["kpi"] == ["camera_health.online_share", "camera_health.down"]
    assert registered["rule"] == ["camera_health.many_down"]
    assert registered["procedure"] == ["camera_health.many_down"]
    assert registered["map_layer"] == ["camera_health.down"]
    assert registered["panel"] == ["camera_health.dashboard"]
    assert registered["domain"] == ["camera_health"]
    procedure = plugin.domains.procedure_for("camera_health.many_down")
    assert procedure is not None and [s.mandatory for s in procedure.steps] == [True, False, True]
    domain = plugin.domains.domains.get("camera_health")
    assert domain is not None and domain.dashboard == "camera_health.dashboard"
    plugin.unload()
    assert not any(plugin.domains.table(kind).ids() for kind in ("kpi", "rule", "domain"))
    assert "camera_health.dashboard" not in plugin.panels


def _install(site: Path) -> str:
    """What ``pip install docs/example-plugin`` puts in site-packages: the package and its
    distribution's metadata with the entry points its pyproject.toml declares."""
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dist = site / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n",
        encoding="utf-8",
    )
    group = project["entry-points"]["ioc_console.plugins"]
    lines = "".join(f"{name} = {value}\n" for name, value in group.items())
    (dist / "entry_points.txt").write_text(f"[ioc_console.plugins]\n{lines}", encoding="utf-8")
    shutil.copytree(PACKAGE, site / PACKAGE.name)
    return project["name"]


def test_the_example_loads_from_its_installed_packages_entry_point(
    tmp_path, monkeypatch, forget_plugin_modules
):
    site = tmp_path / "site-packages"
    distribution = _install(site)
    monkeypatch.syspath_prepend(str(site))
    panels = PanelRegistry()
    manager = PluginManager([], panels, entry_points=True)
    try:
        records = {r.id: r for r in manager.load_all()}
        record = records["camera_health"]
        assert record.state is PluginState.LOADED, record.error + record.details
        assert record.origin == f"entry point {distribution}"
        assert "camera_health.dashboard" in panels
        assert "camera_health.online_share" in manager.domains.kpis
    finally:
        manager.unload("camera_health")


def test_the_examples_figures_are_the_demo_citys(
    load_plugin, demo_cache, demo_world, fake_clock, forget_plugin_modules
):
    plugin = load_plugin(PACKAGE)
    cache = demo_cache()
    cameras = demo_world.dataset("cameras")
    online = sum(c["status"] == "online" for c in cameras)
    share = plugin.kpi("camera_health.online_share", cache)
    assert share.value == pytest.approx(100 * online / len(cameras))
    assert share.records == len(cameras)
    down = plugin.kpi("camera_health.down", cache)
    assert down.value == len(cameras) - online
    expected = KpiState.MET if share.value >= 95 else (
        KpiState.RED if share.value < 80 else KpiState.AMBER if share.value < 90 else KpiState.BELOW
    )
    assert share.state is expected
    assert fake_clock.now == share.at  # computed at the fake clock's time
