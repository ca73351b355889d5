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
