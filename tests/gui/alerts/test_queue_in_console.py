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
