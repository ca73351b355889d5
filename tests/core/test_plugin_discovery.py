"""Where plugins come from: the console's folder, the user's, the site profile's, the command
line, and installed packages' entry points; each record tells its origin, and a broken entry
point is a failed record, never a crash."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from textwrap import dedent

import pytest

from ioc_console.core.config.profile import ProfileError, load_profile
from ioc_console.core.logbook import LogRing
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins import PluginManager, PluginState
from ioc_console.core.plugins.manager import NAMESPACE
from ioc_console.core.services import build_services

TODAY = date(2026, 11, 29)
PANEL = """
def register(api):
    api.register_panel("hello", "Hello", lambda ctx: None)
"""
MANIFEST = """id = "{id}"
name = "{id}"
version = "2.1.0"
api_version = 4
entry = "plugin:register"
"""


def plugin_folder(parent: Path, plugin_id: str, code: str = PANEL) -> Path:
    folder = parent / plugin_id
    folder.mkdir(parents=True)
    (folder / "plugin.toml").write_text(MANIFEST.format(id=plugin_id), encoding="utf-8")
    (folder / "plugin.py").write_text(dedent(code), encoding="utf-8")
    return folder


@pytest.fixture
def forget_plugin_modules():
    """The plugin modules these tests import are forgotten afterwards."""
    before = set(sys.modules)
    yield
    for name in set(sys.modules) - before:
        if name.startswith(NAMESPACE + ".") or name.startswith("acme_"):
            del sys.modules[name]


@pytest.fixture
def site_packages(tmp_path, monkeypatch):
    """A folder of installed packages on ``sys.path``: ``acme-ioc-plugin`` declares three
    plugins (one good, one naming no module, one naming a package without a manifest)."""
    site = tmp_path / "site-packages"
    dist = site / "acme_ioc_plugin-1.2.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: acme-ioc-plugin\nVersion: 1.2.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[ioc_console.plugins]\n"
        "acme = acme_parking\n"
        "gone = acme_no_such_module\n"
        "bare = acme_bare\n",
        encoding="utf-8",
    )
    package = plugin_folder(site, "acme_parking")
    # imported only through its manifest's entry, like a folder's plugin
    (package / "__init__.py").write_text("IMPORTED_AS = __name__\n", encoding="utf-8")
    (site / "acme_bare").mkdir()
    (site / "acme_bare" / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    return site


def test_an_installed_packages_plugin_loads_through_its_folder_with_its_origin(
    site_packages, forget_plugin_modules
):
    panels = PanelRegistry()
    manager = PluginManager([], panels, entry_points=True)
    records = {r.id: r for r in manager.load_all()}

    acme = records["acme_parking"]
    assert acme.state is PluginState.LOADED, acme.error + acme.details
    assert acme.origin == "entry point acme-ioc-plugin"
    assert acme.folder == site_packages / "acme_parking"
    assert acme.manifest is not None and acme.manifest.version == "2.1.0"
    assert "acme_parking.hello" in panels
    # loaded the way a folder's plugin is, not imported under its package name
    assert "acme_parking" not in sys.modules
    assert sys.modules[f"{NAMESPACE}.acme_parking"].IMPORTED_AS == f"{NAMESPACE}.acme_parking"

    gone, bare = records["gone"], records["bare"]
    assert gone.state is PluginState.FAILED and bare.state is PluginState.FAILED
    assert gone.origin == bare.origin == "entry point acme-ioc-plugin"
    assert "acme_no_such_module" in gone.error and "gone = acme_no_such_module" in gone.error
    assert "holds no plugin.toml" in bare.error


def test_entry_points_are_read_only_when_asked(site_packages, forget_plugin_modules):
    manager = PluginManager([], PanelRegistry())
    assert manager.load_all() == []


def test_a_folder_plugin_wins_over_an_installed_one_with_its_id(
    site_packages, tmp_path, forget_plugin_modules
):
    folder = tmp_path / "mine"
    plugin_folder(folder, "acme_parking")
    manager = PluginManager([folder], PanelRegistry(), entry_points=True)
    records = [r for r in manager.load_all() if r.id == "acme_parking"]
    assert [(r.state, r.origin) for r in records] == [
        (PluginState.LOADED, "command line"),
        (PluginState.FAILED, "entry point acme-ioc-plugin"),
    ]
    assert "loaded first" in records[1].error


def test_plugins_come_from_the_users_the_sites_and_the_command_lines_folders(
    tmp_path, ioc_home, forget_plugin_modules
):
    site = tmp_path / "site"
    plugin_folder(site / "city-plugins", "site_parking")
    profile_path = site / "site.toml"
    profile_path.write_text(
        '[backend]\nurl = "https://ioc.example.vn"\n[plugins]\nfolder = "city-plugins"\n',
        encoding="utf-8",
    )
    profile = load_profile(profile_path, TODAY)
    assert profile.plugins_folder == site / "city-plugins"
    plugin_folder(ioc_home / "data" / "plugins", "user_notes")
    plugin_folder(tmp_path / "extra", "extra_tool")

    services = build_services(profile, LogRing(), [tmp_path / "extra"])
    try:
        origins = {r.id: r.origin for r in services.plugins.load_all()}
        loaded = {r.id for r in services.plugins.records if r.state is PluginState.LOADED}
    finally:
        for record in services.plugins.records:  # their feeds are the process's
            services.plugins.unload(record.id)
        services.cache.close()
    assert origins["site_parking"] == "site folder"
    assert origins["user_notes"] == "user folder"
    assert origins["extra_tool"] == "command line"
    assert origins["admin_units"] == "built-in"
    mine = {"site_parking", "user_notes", "extra_tool"}
    assert loaded >= mine


def test_a_site_plugins_folder_that_is_not_there_is_a_clear_profile_error(tmp_path):
    path = tmp_path / "site.toml"
    path.write_text(
        '[backend]\nurl = "https://ioc.example.vn"\n[plugins]\nfolder = "nowhere"\n',
        encoding="utf-8",
    )
    with pytest.raises(ProfileError) as info:
        load_profile(path, TODAY)
    assert "[plugins] folder 'nowhere' is not a folder" in str(info.value)
    assert str(tmp_path / "nowhere") in str(info.value)
    path.write_text('[backend]\nurl = "https://ioc.example.vn"\n[plugins]\nfolder = true\n')
    with pytest.raises(ProfileError, match=r"\[plugins\] folder must be text"):
        load_profile(path, TODAY)


def test_a_plugin_loaded_from_another_folder_runs_that_folders_code(
    tmp_path, forget_plugin_modules
):
    says = 'def register(api):\n    api.register_panel("{0}", "{0}", lambda ctx: None)\n'
    plugin_folder(tmp_path / "first", "moved", says.format("old"))
    plugin_folder(tmp_path / "second", "moved", says.format("new"))
    first = PluginManager([tmp_path / "first"], PanelRegistry())
    first.load_all()
    assert "moved.old" in first.panels
    first.unload("moved")
    second = PluginManager([tmp_path / "second"], PanelRegistry())
    second.load_all()
    assert [s.id for s in second.panels] == ["moved.new"]  # not the first folder's module
    second.unload("moved")
