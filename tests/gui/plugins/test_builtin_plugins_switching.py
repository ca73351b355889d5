"""Every built-in plugin switched off and on in a running console: nothing of it stays while it
is off, and it comes back whole, its open docks in their places."""

from __future__ import annotations

from ioc_console.core.plugins import PluginState
from ioc_console.core.store import datasets


def owned(console, plugin_id: str) -> dict[str, list[str]]:
    services = console.services
    domains = services.domains
    return {
        "panels": sorted(s.id for s in services.panels if s.plugin_id == plugin_id),
        "layers": sorted(s.id for s in services.map_layers if s.plugin_id == plugin_id),
        "feeds": sorted(d.name for d in datasets.all_datasets() if d.plugin_id == plugin_id),
        **{
            kind: sorted(
                k for k in domains.table(kind).ids() if domains.table(kind).owner(k) == plugin_id
            )
            for kind in ("kpi", "rule", "procedure", "dashboard", "domain")
        },
    }


def test_every_builtin_plugin_goes_whole_and_comes_back_whole(console, qtbot):
    wm = console.wm
    builtin = [r for r in console.services.plugins.records if r.state is PluginState.LOADED]
    assert builtin
    for record in builtin:
        before = owned(console, record.id)
        for panel_id in before["panels"]:
            wm.open_panel(panel_id, wm.main_window)
        docks = {i: d for i, d in wm.docks.items() if i.split("#")[0] in before["panels"]}
        console.services.plugins.disable(record.id)
        assert not any(owned(console, record.id).values()), record.id
        assert not [i for i in wm.docks if i in docks], record.id
        console.services.plugins.enable(record.id)
        assert record.state is PluginState.LOADED, (record.id, record.error)
        assert owned(console, record.id) == before
        assert {i: wm.docks.get(i) for i in docks} == docks  # the same docks, shown again
        assert all(d.isVisible() or d.isTabbed() for d in docks.values()), record.id
