"""The alert queue in the console: registered, in the default layout beside System status."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def test_the_console_opens_the_alert_queue_in_its_default_layout(console, qtbot):
    from ioc_console.gui.alerts.panel import AlertQueuePanel

    wm = console.wm
    assert "alert_queue" in wm.docks
    panel = wm.docks["alert_queue"].widget()
    assert isinstance(panel, AlertQueuePanel)
    assert panel.commands["acknowledge"].shortcut().toString() == "A"


def test_a_panel_floated_out_of_the_narrow_side_area_stays_on_its_screen(console, qtbot):
    wm = console.wm
    wm.float_panel("system_status")  # it shared the right-hand area with the alert queue
    qtbot.waitUntil(lambda: wm.docks["system_status"].isFloating(), timeout=5_000)
    window = wm.docks["system_status"].window()
    screen = QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()
    assert screen.availableGeometry().contains(window.frameGeometry())


def test_an_acknowledgement_from_the_queue_reaches_the_backend_at_once_while_online(
    start_console, qtbot
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ioc_console.core.status import ConnectionState

    console = start_console("--lang", "en", link=True)
    status = console.services.status
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=30_000)
    qtbot.waitUntil(lambda: status.backend.live, timeout=15_000)  # the engine waits minutes
    demo = console.link.demo
    panel = console.wm.docks["alert_queue"].widget()
    console.wm.docks["alert_queue"].toggleView(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=15_000)
    panel.window().activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table, timeout=5_000)
    for _ in range(panel.model.rowCount()):
        if panel.current_alert().is_unacknowledged:
            break
        qtbot.keyClick(panel.table, Qt.Key.Key_J)
    alert = panel.current_alert()
    assert alert.is_unacknowledged
    qtbot.keyClick(panel.table, Qt.Key.Key_A)
    qtbot.waitUntil(
        lambda: any(a == alert.id for _k, a, _n in demo.store.applied_actions), timeout=5_000
    )
    assert demo.store.get("alerts", alert.id)["state"] == "acknowledged"
