"""The queue's details follow what the console learns later, and fit the dock they are in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.alerts.conftest import alert_row


def test_a_procedure_synced_after_the_alert_is_shown_in_its_details(qtbot, fill, make_panel,
                                                                      services):
    fill([alert_row(1, procedure="QT-AN-01 Tụ tập đông người")])
    panel = make_panel()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.selectRow(0)
    panel.show_details()
    steps = panel.details.steps
    qtbot.waitUntil(lambda: steps.count() == 1)
    assert "no procedure" in steps.item(0).text()

    services.cache.apply_items("alert_procedures", [{
        "id": "QT-AN-01 Tụ tập đông người", "title": "Tụ tập đông người",
        "types": ["ai_detection"], "updated_at": "2026-12-06T08:00:00+07:00", "deleted": False,
        "steps": [{"text": "Đánh giá qua camera", "mandatory": True},
                  {"text": "Báo cáo lãnh đạo", "mandatory": False}],
    }]).result()
    qtbot.waitUntil(lambda: steps.count() == 3)  # the title and its two steps
    assert "Đánh giá qua camera" in steps.item(1).text()


def test_the_details_go_under_the_table_in_a_narrow_dock(qtbot, fill, make_panel):
    fill([alert_row(1)])
    panel = make_panel()
    panel.show()
    qtbot.waitUntil(lambda: panel.splitter.orientation() == Qt.Orientation.Horizontal)
    panel.resize(420, 700)
    qtbot.waitUntil(lambda: panel.splitter.orientation() == Qt.Orientation.Vertical)
    panel.resize(1300, 700)
    qtbot.waitUntil(lambda: panel.splitter.orientation() == Qt.Orientation.Horizontal)


def test_an_action_refused_when_applied_here_is_told_under_the_table(qtbot, fill, make_panel):
    """An action on a CAP-feed warning of this console is applied by the cache's writer; when
    the feed changed the warning meanwhile, the writer refuses it and the operator is told. The
    writer's callback holds only the panel's event, so the panel is never released there."""
    import threading
    from concurrent.futures import Future
    from functools import partial

    from PySide6.QtWidgets import QWidget

    from ioc_console.core.alerts.workflow import ActionRefusedError
    from ioc_console.core.i18n import QT_TRANSLATE_NOOP
    from ioc_console.gui.alerts.panel_commands import tell_refusal

    fill([alert_row(1)])
    panel = make_panel()
    future: Future = Future()
    future.add_done_callback(partial(tell_refusal, panel.refused_here, "Acknowledge"))
    reason = QT_TRANSLATE_NOOP("Alerts", "The alert changed meanwhile.")
    threading.Thread(target=future.set_exception, args=(ActionRefusedError(reason),)).start()
    qtbot.waitUntil(lambda: "was not applied" in panel.reason.text())
    assert "The alert changed meanwhile." in panel.reason.text()

    # what the writer's thread holds: the event and the title, not the widget
    callback = partial(tell_refusal, panel.refused_here, "Close")
    assert not any(isinstance(arg, QWidget) for arg in callback.args)
