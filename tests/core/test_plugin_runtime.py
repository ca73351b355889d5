"""Plugins switched off and on while the console runs, and the errors they make once loaded."""

import threading

from ioc_console.core.domains.registry import DomainRegistry
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.plugins import PluginManager, PluginState
from ioc_console.core.plugins.runtime import MAX_RUNTIME_ERRORS
from ioc_console.core.store import datasets

WHOLE = """
from ioc_console.plugin_api import Aggregate, facility_feature

def register(api):
    api.register_panel("board", "Board", lambda ctx: None)
    api.register_map_layer("sites", "Sites", dataset="facilities", feature=facility_feature)
    api.register_feed("whole_daily", "Daily", path="/whole/daily")
    api.register_kpi("visits", "Visits", dataset="whole_daily", formula=Aggregate("count"),
                     target=10, amber=8, red=5)
    api.register_alert_rule("low", "Few visits", alert_type="kpi_breach", kpi="whole.visits")
"""


def manager_for(plugins_dir, disabled=()):
    manager = PluginManager(
        [plugins_dir], PanelRegistry(), set(disabled), MapLayerRegistry(), DomainRegistry()
    )
    manager.load_all()
    return manager


def what_is_there(manager):
    return {
        "panels": [s.id for s in manager.panels if s.plugin_id == "whole"],
        "layers": [s.id for s in manager.map_layers if s.plugin_id == "whole"],
        "feeds": [d.name for d in datasets.all_datasets() if d.name == "whole_daily"],
        "kpis": manager.domains.kpis.ids(),
        "rules": manager.domains.rules.ids(),
    }


def test_disable_then_enable_leaves_nothing_behind_and_restores_everything(
    write_plugin, plugins_dir
):
    write_plugin("whole", WHOLE, api_version=4)
    manager = manager_for(plugins_dir)
    told = []
    manager.changed.connect(lambda record: told.append((record.id, record.state)))
    try:
        loaded = what_is_there(manager)
        assert all(loaded.values()), loaded
        record = manager.disable("whole")
        assert record.state is PluginState.DISABLED and record.api is None
        assert not any(what_is_there(manager).values())
        assert "whole" in manager.disabled
        record = manager.enable("whole")
        assert record.state is PluginState.LOADED and record is manager.record("whole")
        assert what_is_there(manager) == loaded
        assert record.api.registered["kpi"] == ["whole.visits"]
        assert told == [("whole", PluginState.DISABLED), ("whole", PluginState.LOADED)]
    finally:
        manager.disable("whole")


def test_a_plugin_disabled_at_start_is_enabled_at_run_time(write_plugin, plugins_dir):
    write_plugin("later", "def register(api):\n    api.register_panel('p', 'P', lambda c: 1)\n")
    manager = manager_for(plugins_dir, disabled={"later"})
    assert manager.record("later").state is PluginState.DISABLED
    assert "later.p" not in manager.panels
    assert manager.enable("later").state is PluginState.LOADED
    assert "later.p" in manager.panels and "later" not in manager.disabled


def test_an_enable_that_raises_leaves_the_plugin_failed_with_nothing_registered(
    write_plugin, plugins_dir
):
    folder = write_plugin(
        "shaky",
        """
        import os
        def register(api):
            api.register_panel("p", "P", lambda c: 1)
            if os.path.exists(os.path.join(os.path.dirname(__file__), "broken")):
                raise RuntimeError("the data folder is missing")
        """,
    )
    manager = manager_for(plugins_dir)
    manager.disable("shaky")
    (folder / "broken").write_text("")
    record = manager.enable("shaky")
    assert record.state is PluginState.FAILED
    assert record.error == "RuntimeError: the data folder is missing"
    assert "Traceback" in record.details
    assert "shaky.p" not in manager.panels
    (folder / "broken").unlink()
    assert manager.enable("shaky").state is PluginState.LOADED  # tried again: it works now
    assert manager.record("shaky").error == ""


def test_runtime_errors_are_recorded_from_any_thread_and_capped(write_plugin, plugins_dir):
    write_plugin("noisy", "def register(api): pass\n")
    manager = manager_for(plugins_dir)
    told = []
    manager.changed.connect(lambda record: told.append(record.id))
    try:
        raise ValueError("no beds field")
    except ValueError as exc:
        manager.report_error("noisy", "feed noisy_daily", exc)
    error = manager.record("noisy").runtime_errors[0]
    assert (error.where, error.error) == ("feed noisy_daily", "ValueError: no beds field")
    assert "no beds field" in error.details and error.at.tzinfo is not None

    def report(n):
        for i in range(40):
            manager.report_error("noisy", f"rule noisy.r{n}", f"bad value {i}")

    threads = [threading.Thread(target=report, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(manager.record("noisy").runtime_errors) == MAX_RUNTIME_ERRORS
    assert len(told) == 161
    manager.report_error("nobody", "panel x", "ignored")  # an unknown plugin: logged only
