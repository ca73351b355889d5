"""Chattering and incidents seen in the queue itself, not only in the details pane: a mark
before a chattering alert's type, and an incident column (hidden until the operator shows it)
that names the incident each open alert belongs to and sorts an incident's alerts together."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from ioc_console.gui.alerts.rows import CHATTERING_MARK, COL
from tests.gui.alerts.conftest import NOW, alert_row


def cell(panel, alert_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = panel.model
    row = model.row_of(alert_id)
    return model.index(row, column).data(role)


def at(seconds_ago: int) -> str:
    return (NOW - timedelta(seconds=seconds_ago)).isoformat()


def test_a_chattering_alert_is_marked_in_its_type_and_explained_in_its_tooltip(
    qtbot, make_panel, fill
):
    reopened = [{"action": "reopen", "by": "system", "at": at(s)} for s in (40, 20)]
    fill([alert_row(50, history=reopened), alert_row(2)])
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert cell(panel, "AL-000050", COL["type"]).startswith(CHATTERING_MARK)
    assert not cell(panel, "AL-000002", COL["type"]).startswith(CHATTERING_MARK)
    tip = cell(panel, "AL-000050", COL["type"], Qt.ItemDataRole.ToolTipRole)
    assert "Chattering" in tip
    assert panel.model.cell(panel.model.row_of("AL-000050"), COL["type"])[0].startswith(
        CHATTERING_MARK
    )  # what the delegate draws


def test_the_incident_column_is_hidden_by_default_groups_an_incident_and_can_be_shown(
    qtbot, make_panel, fill
):
    fill(
        [
            alert_row(3, place="Chợ Cao Lãnh"),
            alert_row(1, place="Chợ Cao Lãnh"),  # same place, minutes apart: one incident
            alert_row(2, place="Bến phà", lat=10.30, lon=105.90),  # far away: alone
        ]
    )
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    column = COL["incident"]
    assert panel.table.isColumnHidden(column)
    assert cell(panel, "AL-000003", column) == "AL-000003"  # the earliest names it
    assert cell(panel, "AL-000001", column) == "AL-000003"
    assert cell(panel, "AL-000002", column) == "AL-000002"
    tip = cell(panel, "AL-000001", COL["type"], Qt.ItemDataRole.ToolTipRole)
    assert "Part of the incident of AL-000003" in tip
    assert "incident" not in cell(panel, "AL-000002", COL["type"], Qt.ItemDataRole.ToolTipRole)

    panel.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    order = [panel.model.ids_at(r)[0] for r in range(panel.model.rowCount())]
    assert order.index("AL-000001") - order.index("AL-000003") in (1, -1)  # side by side

    panel.table.show_column(column, True)
    assert not panel.table.isColumnHidden(column)
    state = panel.save_state()
    again = make_panel()
    assert again.table.isColumnHidden(column)
    again.restore_state(state)
    assert not again.table.isColumnHidden(column)
