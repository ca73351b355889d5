"""A drill-down into the queue (``ShowRecords("alerts", ...)``): exactly those alerts, closed ones
too, the description in a banner, and the whole queue back when the operator clears it."""

from __future__ import annotations

from ioc_console.core.intents import ShowRecords
from tests.gui.alerts.conftest import alert_row


def ids(panel) -> list[str]:
    return sorted(panel.model.ids_at(r)[0] for r in range(panel.model.rowCount()))


def test_the_queue_shows_exactly_the_alerts_asked_for_and_clears_back_to_the_open_ones(
    qtbot, make_panel, fill, services
):
    fill(
        [
            alert_row(1),
            alert_row(2, place="Chợ Cao Lãnh"),
            alert_row(3, state="closed"),
            alert_row(4),
        ]
    )
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)  # open alerts by default
    wanted = ("AL-000002", "AL-000003")
    assert services.intents.post(ShowRecords("alerts", wanted, "Việc còn mở", source="test"))
    assert ids(panel) == list(wanted)
    assert not panel.drill.isHidden()
    assert "Việc còn mở" in panel.drill.text.text()
    assert "2" in panel.drill.text.text()

    # the operator's own filter narrows within it (words of its own: a number would also be
    # found in the times and codes the row shows)
    panel.filter_bar.text.setText("cho cao lanh ")
    qtbot.waitUntil(lambda: ids(panel) == ["AL-000002"])
    panel.filter_bar.text.setText("")
    qtbot.waitUntil(lambda: ids(panel) == list(wanted))

    fill([alert_row(5)])  # a new alert does not slip into the drill-down
    qtbot.waitUntil(lambda: "AL-000005" in panel.model.index_.rows)
    assert ids(panel) == list(wanted)

    panel.drill.clear.click()
    assert panel.drill.isHidden()
    qtbot.waitUntil(lambda: ids(panel) == ["AL-000001", "AL-000002", "AL-000004", "AL-000005"])


def test_other_datasets_are_left_to_their_lists(qtbot, make_panel, fill, services):
    fill([alert_row(1)])
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert not panel.show_records(ShowRecords("complaints", ("C-1",), "x"))
    assert panel.drill.isHidden() and panel.model.rowCount() == 1
