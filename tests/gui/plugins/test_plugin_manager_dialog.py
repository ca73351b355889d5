"""The plugin manager dialog lists the plugins with their state and errors, and switches one
on or off at once; a plugin whose panel fails is contained and reported."""

from __future__ import annotations

import threading

from plugin_sources import BROKEN_PANEL
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ioc_console.core.config.settings import Settings
from ioc_console.core.plugins import PluginState
from ioc_console.gui.plugins.manager_dialog import PluginManagerDialog
from ioc_console.gui.widgets.error_panel import ErrorPanel

COLUMNS = ("name", "version", "api", "origin", "state", "adds")


def open_dialog(console, qtbot, language: str = "en") -> PluginManagerDialog:
    dialog = PluginManagerDialog(console.services, console.plugin_switch, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def row(dialog, plugin_id: str) -> dict[str, str]:
    item = dialog.item(plugin_id)
    assert item is not None, plugin_id
    return {name: item.text(column) for column, name in enumerate(COLUMNS)}


def test_a_panel_that_raises_shows_the_error_panel_and_the_manager_lists_the_error(
    start_console, plugin_folder, qtbot
):
    root = plugin_folder("broken_panel", BROKEN_PANEL, name="Broken view")
    console = start_console("--lang", "en", "--plugins-dir", str(root))
    dock = console.wm.open_panel("broken_panel.view", console.wm.main_window)
    assert isinstance(dock.widget(), ErrorPanel)
    assert "the ward list is empty" in dock.widget().message.text()
    # the rest of the console works
    log_dock = console.wm.open_panel("event_log", console.wm.main_window)
    assert not isinstance(log_dock.widget(), ErrorPanel)
    record = console.services.plugins.record("broken_panel")
    assert record.state is PluginState.LOADED
    [error] = record.runtime_errors
    assert error.where == "panel broken_panel.view"
    assert error.error == "RuntimeError: the ward list is empty"

    dialog = open_dialog(console, qtbot)
    dialog.table.setCurrentItem(dialog.item("broken_panel"))
    assert row(dialog, "broken_panel")["state"] == "On, errors: 1"
    text = dialog.errors.toPlainText()
    assert "panel broken_panel.view: RuntimeError: the ward list is empty" in text
    assert "Traceback" not in text
    dialog.details.click()  # details on demand
    assert "Traceback" in dialog.errors.toPlainText()
    # an error reported from a worker thread while the dialog is open shows up in it
    worker = threading.Thread(
        target=console.services.plugins.report_error,
        args=("broken_panel", "feed broken_daily", ValueError("no date field")),
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: "feed broken_daily" in dialog.errors.toPlainText())
    assert row(dialog, "broken_panel")["state"] == "On, errors: 2"


def test_the_dialog_lists_the_plugins_and_switches_one_with_the_keyboard(
    tiny_console, qtbot, menu_item
):
    console = tiny_console
    assert menu_item(console, "&Plugins…").isEnabled()
    console.wm.open_panel("tiny.board", console.wm.main_window)
    dialog = open_dialog(console, qtbot)
    assert row(dialog, "tiny") == {
        "name": "Tiny domain",
        "version": "2.1.0",
        "api": "4",
        "origin": "Folder named at start-up",
        "state": "On",
        "adds": "Panels 1 · Map layers 1 · Data feeds 1 · KPIs 1 · Alert rules 1",
    }
    assert row(dialog, "admin_units")["origin"] == "Built in"
    assert dialog.item("tiny").checkState(0) == Qt.CheckState.Checked

    dialog.table.setFocus()
    dialog.table.setCurrentItem(dialog.item("tiny"))
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)  # the operator switches it off
    assert dialog.item("tiny").checkState(0) == Qt.CheckState.Unchecked
    assert row(dialog, "tiny")["state"] == "Off" and row(dialog, "tiny")["adds"] == ""
    assert "tiny.board" not in console.wm.docks and "tiny.board" not in console.services.panels
    settings = console.services.settings
    assert Settings.load(settings.path).get("plugins.disabled") == ["tiny"]
    assert dialog.toggle.text() == "Switch &on"

    dialog.toggle.click()  # and on again with the button
    assert row(dialog, "tiny")["state"] == "On"
    assert console.wm.docks["tiny.board"].isVisible()  # the shell shows it again
    assert Settings.load(settings.path).get("plugins.disabled") == []
    assert dialog.item("tiny").checkState(0) == Qt.CheckState.Checked


def test_the_dialog_names_plugins_in_the_interface_language(tiny_console, qtbot):
    dialog = open_dialog(tiny_console, qtbot, language="vi")
    assert row(dialog, "tiny")["name"] == "Lĩnh vực nhỏ"


def test_plugins_switched_in_the_settings_take_effect_at_once(tiny_console):
    console = tiny_console
    console.wm.open_panel("tiny.board", console.wm.main_window)
    console.apply_settings({"plugins.disabled": ["tiny", "not_installed"]})
    assert "tiny.board" not in console.wm.docks
    assert console.services.plugins.record("tiny").state is PluginState.DISABLED
    console.apply_settings({"plugins.disabled": ["not_installed"]})
    assert "tiny.board" in console.wm.docks
    assert console.services.settings.get("plugins.disabled") == ["not_installed"]


def test_console_plugins_opens_the_manager_and_escape_closes_it(console, qtbot, menu_item):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        seen.append((dialog.objectName(), dialog.windowTitle(), dialog.table.topLevelItemCount()))
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look)
    menu_item(console, "&Plugins…").trigger()  # returns once the dialog is closed
    assert seen == [("plugin_manager", "Plugins", len(console.services.plugins.records))]


def test_system_status_follows_a_plugin_switched_off(tiny_console, qtbot):
    console = tiny_console
    tree = console.wm.open_panel("system_status", console.wm.main_window).widget().tree

    def tiny_row() -> str:
        for index in range(tree.topLevelItemCount()):
            section = tree.topLevelItem(index)
            for child in range(section.childCount()):
                if section.child(child).text(0) == "Tiny domain 2.1.0":
                    return section.child(child).text(1)
        return ""

    assert tiny_row() == "Loaded"
    console.services.plugins.disable("tiny")
    assert tiny_row() == "Disabled in the settings"


FLAKY = """
import os


def register(api):
    if not os.path.exists(os.path.join(os.path.dirname(__file__), "ready")):
        raise RuntimeError("the data folder is missing")
    api.register_panel("view", "Flaky view", lambda ctx: None)
"""


def test_a_plugin_that_failed_is_tried_again_from_the_dialog(start_console, plugin_folder, qtbot):
    root = plugin_folder("flaky", FLAKY, name="Flaky")
    console = start_console("--lang", "en", "--plugins-dir", str(root))
    dialog = open_dialog(console, qtbot)
    dialog.table.setCurrentItem(dialog.item("flaky"))
    assert row(dialog, "flaky")["state"] == "Failed to load"
    assert "the data folder is missing" in dialog.errors.toPlainText()
    assert dialog.retry.isVisible()
    dialog.details.click()
    assert dialog.details.text() == "Hide &details" and "Traceback" in dialog.errors.toPlainText()
    (root / "flaky" / "ready").write_text("")  # the operator fixed its files
    dialog.retry.click()
    assert row(dialog, "flaky")["state"] == "On" and "flaky.view" in console.services.panels
    assert not dialog.retry.isVisible() and dialog.errors.toPlainText() == ""
    console.services.plugins.disable("flaky")
