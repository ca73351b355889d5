"""The shell as an operator meets it: windows, panels, menus, full screen, screens."""

from PySide6.QtGui import QGuiApplication

from ioc_console.gui.panels.system_status import SystemStatusPanel


def menu_titles(window):
    return [a.text() for a in window.menuBar().actions()]


def test_console_opens_operator_layout_with_its_panels(console):
    window = console.wm.main_window
    assert window.isVisible()
    assert console.layout_name == "Operator"
    assert set(console.wm.docks) >= {"system_status", "event_log"}
    assert menu_titles(window) == ["&Console", "&Panels", "&Window", "&Layouts", "&Help"]
    status = console.wm.docks["system_status"].widget()
    assert isinstance(status, SystemStatusPanel)
    texts = [status.tree.topLevelItem(i).text(0) for i in range(status.tree.topLevelItemCount())]
    assert texts == ["Console", "Backend", "Data cache", "Plugins", "Platform", "Video workers"]


def test_without_its_link_the_console_says_the_cache_is_empty(console):
    window = console.wm.main_window
    assert "Cache empty" in window.data_label.text()
    notices = [n.label.text() for n in window.notifications.notices()]
    assert any("Demo mode" in text for text in notices)


def test_close_and_reopen_a_panel_from_the_menu(console, qtbot):
    wm = console.wm
    wm.close_panel("event_log")
    qtbot.waitUntil(lambda: "event_log" not in wm.docks)
    console.toggle_panel("event_log", True, wm.main_window)
    assert "event_log" in wm.docks
    assert wm.docks["event_log"].dockManager() is wm.main_window.dock_manager


def test_send_panel_to_second_screen_opens_a_window_there(console, qtbot):
    assert len(QGuiApplication.screens()) == 2, "the test display has two screens"
    wm = console.wm
    wm.send_to_screen("event_log", 1)
    window = wm.window_of("event_log")
    assert window is not wm.main_window
    qtbot.waitUntil(window.isVisible)
    assert QGuiApplication.screens().index(window.screen()) == 1
    assert wm.panels_in(window) == ["event_log"]
    # and back: the emptied extra window goes away
    wm.send_to_screen("event_log", 0)
    assert wm.window_of("event_log") is wm.main_window
    qtbot.waitUntil(lambda: len(wm.windows) == 1)


def test_float_panel_and_f11_full_screen(console, qtbot):
    wm = console.wm
    wm.float_panel("system_status")
    assert wm.docks["system_status"].isFloating()
    window = wm.main_window
    window.showNormal()
    window.setGeometry(100, 100, 900, 600)
    before = window.geometry()
    window.toggle_fullscreen()
    qtbot.waitUntil(window.isFullScreen)
    assert window.geometry() == window.screen().geometry()
    window.toggle_fullscreen()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.geometry() == before


def test_menu_lists_registered_panels_and_layouts(console):
    bar = console.wm.main_window.menuBar()
    panels_menu = bar.actions()[1].menu()
    panels_menu.aboutToShow.emit()
    labels = [a.text() for a in panels_menu.actions()]
    assert "System status" in labels and "Event log" in labels
    layouts_menu = bar.actions()[3].menu()
    layouts_menu.aboutToShow.emit()
    labels = [a.text() for a in layouts_menu.actions()]
    assert labels[:3] == ["Operator", "Supervisor", "Ward office"]


def test_the_newest_notices_stay_when_too_many_arrive(console):
    bar = console.wm.main_window.notifications
    for notice in bar.notices():
        notice.dismiss()
    for n in range(7):
        bar.post("warning", f"notice {n}")
    assert [n.label.text() for n in bar.notices()] == [f"notice {n}" for n in range(3, 7)]
