"""A third party's plugin declares a dashboard and a domain; the console started with it draws
the dashboard (the factory is given before the plugins load) and the overview opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt

CODE = '''
from ioc_console.plugin_api import Aggregate, ChartSpec, Column, DashboardSpec, TableSpec


def register(api):
    api.register_kpi("sites", "Sites", dataset="facilities",
                     formula=Aggregate("count", match={"domain": "tourism"}), decimals=0)
    api.register_dashboard("dashboard", "Tourism", DashboardSpec(
        tiles=("tours.sites",),
        charts=(ChartSpec("Sites by ward", "facilities", x="ward", reduce="count",
                          match={"domain": "tourism"}, kind="bars"),),
        table=TableSpec("Sites", "facilities", (Column("name", "Name"),),
                        match={"domain": "tourism"}, sort_by="name", descending=False)))
    api.register_domain("Tourism", headline_kpi="tours.sites", dashboard="tours.dashboard")
'''
SITES = [{"id": f"T{i}", "domain": "tourism", "name": f"Khu di tích {i}", "ward": "29869",
          "updated_at": "2026-12-06T08:00:00+07:00"} for i in range(3)]


def test_a_plugins_dashboard_opens_from_the_overview(start_console, write_plugin, plugins_dir,
                                                     qtbot):
    write_plugin("tours", CODE, api_version=4)
    console = start_console("--lang", "en", "--plugins-dir", str(plugins_dir))
    services = console.services
    services.cache.apply_items("facilities", SITES).result()
    services.start_domains()
    try:
        overview = console.wm.open_panel("overview").widget()
        tile = overview.tiles["tours"]
        qtbot.waitUntil(lambda: tile.value.text() == "3", timeout=5000)
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: console.wm.is_open("tours.dashboard"))
        panel = console.wm.docks["tours.dashboard"].widget()
        assert type(panel).__name__ == "DashboardPanel"
        qtbot.waitUntil(lambda: panel.data is not None, timeout=10_000)
        assert panel.tiles["tours.sites"].value.text() == "3"
        assert panel.data.charts[0].series == [[3]]
        assert panel.records.shown_ids() == ["T0", "T1", "T2"]
    finally:
        services.stop_domains()
