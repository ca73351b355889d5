"""The SLA countdown in the queue's rows: amber from 80 % of the target, red once breached, and
a mark on an alert whose breach the backend recorded, kept after the clock moved on."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from ioc_console.gui.alerts.rows import COL
from ioc_console.gui.theme import state_colour
from tests.gui.alerts.conftest import NOW, alert_row


def at(seconds_ago: float) -> str:
    return (NOW - timedelta(seconds=seconds_ago)).isoformat()


def test_the_countdown_turns_amber_then_red_and_a_recorded_breach_stays_marked(
    qtbot, make_panel, fill
):
    fill(
        [
            alert_row(1, priority=1, created_at=at(50)),  # 50 of 60 s used: amber
            alert_row(2, priority=1, created_at=at(90)),  # 30 s past its minute: red
            alert_row(3, priority=3, created_at=at(60)),  # 1 of 15 minutes used
            alert_row(  # acknowledged late: now on its 2-hour resolve target, marked
                4, priority=2, created_at=at(600), state="acknowledged",
                acknowledged_at=at(100), sla_breached={"acknowledge": at(300)},
            ),
        ]
    )
    panel = make_panel()
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    cells = {}
    for r in range(model.rowCount()):
        index = model.index(r, COL["sla"])
        cells[model.ids_at(r)[0]] = (
            index.data(),
            index.data(Qt.ItemDataRole.ForegroundRole),
            model.index(r, COL["place"]).data(Qt.ItemDataRole.ToolTipRole),
        )
    amber, red = state_colour("warning"), state_colour("error")
    assert cells["AL-000001"][:2] == ("0:10", amber)
    assert cells["AL-000002"][:2] == ("−0:30", red)
    assert cells["AL-000003"][:2] == ("14:00", None)
    assert cells["AL-000004"][:2] == ("⚠ 1:50:00", red)
    assert "SLA missed: not acknowledged in time" in cells["AL-000004"][2]
    assert "SLA missed" not in cells["AL-000002"][2]
