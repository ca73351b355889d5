"""A drill-down from another panel opens the complaint list (when it is not open) filtered to
exactly the records behind the figure."""

from __future__ import annotations

from ioc_console.core.intents import ShowRecords


def test_a_drill_down_opens_the_closed_list_filtered(console, qtbot):
    wm = console.wm
    if wm.is_open("complaint_list"):
        wm.close_panel("complaint_list")
        qtbot.waitUntil(lambda: not wm.is_open("complaint_list"), timeout=5_000)
    ids = ("PA-2026-000010", "PA-2026-000011")
    taken = console.services.intents.post(
        ShowRecords("complaints", ids, "Phường Mỹ Trà, quá hạn", source="dashboard")
    )
    assert taken
    assert wm.is_open("complaint_list")
    panel = wm.docks["complaint_list"].widget()
    assert panel.model.filter.ids == frozenset(ids)
    assert "Phường Mỹ Trà, quá hạn" in panel.drill.text.text()
    assert not console.services.intents.post(ShowRecords("alerts_x", ids, "x"))


def test_a_wards_bar_on_the_dashboard_lists_exactly_that_wards_complaints(console, qtbot):
    from datetime import datetime

    from ioc_console.core.clock import CITY_TZ
    from ioc_console.demo.data import build_world
    from ioc_console.gui.complaints.dashboard import ComplaintDashboardPanel

    now = datetime(2026, 12, 6, 10, 0, tzinfo=CITY_TZ)
    complaints = build_world(1, now).complaints
    console.services.cache.apply_items("complaints", complaints).result()
    dashboard = ComplaintDashboardPanel(console.services, clock=lambda: now)
    qtbot.addWidget(dashboard)
    dashboard.resize(1280, 900)
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.board is not None, timeout=10_000)
    dashboard.rank.setCurrentIndex(dashboard.rank.findData("received"))
    bars = dashboard.charts.wards
    dashboard.charts.wards_chart.click_at(1.0, len(bars.keys) - 1 - bars.keys.index("29888"))
    panel = console.wm.docks["complaint_list"].widget()
    expected = {c["id"] for c in complaints if c["current_ward"] == "29888"}
    qtbot.waitUntil(lambda: panel.model.filter.ids == frozenset(expected), timeout=10_000)
    qtbot.waitUntil(
        lambda: panel.loaded and panel.model.rowCount() == len(expected), timeout=20_000
    )
    shown = {panel.model.row_at(i).id for i in range(panel.model.rowCount())}
    assert shown == expected
    assert "Phường Mỹ Trà" in panel.drill.text.text()
