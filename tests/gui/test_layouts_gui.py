"""Named layouts: save → restore → save gives the same file; windows, screens, floating panels."""

import json

from PySide6.QtGui import QGuiApplication


def wait_settled(qtbot, wm) -> None:
    """Wait until the windows' layout stops changing: the same as one event-loop round ago
    (a window just shown, moved or floated gives its splitters their sizes a moment later)."""
    from ioc_console.gui.shell import layout_io

    seen = []

    def same_as_before() -> bool:
        seen.append(layout_io.capture(wm, "now"))
        return len(seen) >= 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(same_as_before, timeout=10_000)


def test_layout_save_restore_save_gives_an_equal_file(console, qtbot, ioc_home):
    wm = console.wm
    wm.send_to_screen("event_log", 1)  # a second window, on the second screen
    wm.float_panel("system_status")  # and a floating panel
    qtbot.waitUntil(lambda: wm.docks["system_status"].isFloating(), timeout=5_000)
    qtbot.waitUntil(
        lambda: QGuiApplication.screens().index(wm.window_of("event_log").screen()) == 1,
        timeout=5_000,
    )
    wait_settled(qtbot, wm)
    console.save_layout("Ca trực đêm")
    path = console.services.layouts.path_for("Ca trực đêm")
    first = path.read_text(encoding="utf-8")
    data = json.loads(first)
    assert data["version"] == 1 and data["name"] == "Ca trực đêm"
    assert [w["screen"]["index"] for w in data["windows"]] == [0, 1]
    assert data["windows"][0]["floating"][0]["panels"] == ["system_status"]

    # disturb everything, then restore
    wm.send_to_screen("event_log", 0)
    wm.close_panel("system_status")
    qtbot.waitUntil(lambda: wm.window_of("event_log") is wm.main_window, timeout=5_000)
    qtbot.waitUntil(lambda: len(wm.windows) == 1, timeout=5_000)  # the emptied window closed
    assert console.open_layout("Ca trực đêm")
    qtbot.waitUntil(lambda: wm.docks["system_status"].isFloating(), timeout=5_000)
    qtbot.waitUntil(
        lambda: QGuiApplication.screens().index(wm.window_of("event_log").screen()) == 1,
        timeout=5_000,
    )
    wait_settled(qtbot, wm)
    console.save_layout("Ca trực đêm")
    assert path.read_text(encoding="utf-8") == first


def test_closing_the_console_saves_its_layout(start_console):
    console = start_console("--lang", "en", "--layout", "Ward office")
    assert console.layout_name == "Ward office"
    console.wm.float_panel("system_status")
    console.wm.main_window.close()  # the operator closes the console
    assert console.quit_requests == [0]
    assert console.services.settings.get("layout.last") == "Ward office"
    saved = console.services.layouts.load("Ward office")
    assert saved.windows[0].floating[0].panels == ("system_status",)


def test_the_last_layout_is_reopened_at_start(start_console):
    console = start_console("--lang", "en", "--layout", "Ward office")
    console.wm.float_panel("system_status")
    console.save_layout()
    again = start_console("--lang", "en")
    assert again.layout_name == "Ward office"
    assert again.wm.docks["system_status"].isFloating()


def test_unknown_layout_falls_back_with_a_notice(start_console):
    console = start_console("--lang", "en", "--layout", "No such layout")
    assert console.layout_name == "Operator"
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert any("No such layout" in text for text in notices)


def test_reset_to_default_drops_the_saved_copy(console):
    console.wm.close_panel("event_log")
    console.save_layout()
    assert console.services.layouts.has_saved("Operator")
    console.reset_layout()
    assert not console.services.layouts.has_saved("Operator")
    assert "event_log" in console.wm.docks


def test_layout_with_a_panel_whose_plugin_is_gone(start_console, ioc_home):
    console = start_console("--lang", "en")
    assert "admin_units.units" in console.wm.docks
    console.save_layout("Với đơn vị")
    console.services.settings.set("plugins.disabled", ["admin_units"])
    again = start_console("--lang", "en", "--layout", "Với đơn vị")
    assert again.layout_name == "Với đơn vị"
    assert "admin_units.units" not in again.wm.docks  # left out, no error panel, no crash
    assert {"system_status", "event_log"} <= set(again.wm.docks)
    in_front = [d for d in again.wm.docks.values() if d.isCurrentTab()]
    assert all(d.widget().isVisibleTo(again.wm.main_window) for d in in_front)


def test_supervisor_layout_spreads_over_the_screens_present(start_console):
    console = start_console("--lang", "en", "--layout", "Supervisor")
    screens = QGuiApplication.screens()
    placed = {w.window_id: screens.index(w.screen()) for w in console.wm.windows.values()}
    # the video wall window takes the second screen; the dashboards window, saved for a
    # third screen that is not there, shares the first
    assert placed == {"main": 0, "wall": 1, "dashboards": 0}
    assert console.wm.window_of("admin_units.units").window_id == "dashboards"
    # the supervisor's dashboards, tabbed in one area (its front panel, the overview, may be
    # missing: the group stays one group); the operators' alarm load behind the alert queue
    for panel in ("complaint_dashboard", "procedures_dashboard"):
        assert console.wm.window_of(panel).window_id == "dashboards", panel
    tabs = console.wm.docks["complaint_dashboard"].dockAreaWidget()
    assert console.wm.docks["procedures_dashboard"].dockAreaWidget() is tabs
    queue = console.wm.docks["alert_queue"].dockAreaWidget()
    for panel in ("alarm_load", "system_status", "event_log"):
        assert console.wm.docks[panel].dockAreaWidget() is queue, panel
    assert console.wm.docks["alert_queue"].isCurrentTab()


def test_side_panels_stay_narrow_beside_the_main_view(
    start_console, write_plugin, plugins_dir, qtbot
):
    from ioc_console.core.layouts.model import Layout, PanelPlacement, ScreenRef, WindowLayout
    from ioc_console.core.panels import DockArea
    from ioc_console.gui.shell import layout_io

    write_plugin(
        "wall",
        """
        from PySide6.QtWidgets import QLabel
        def register(api):
            api.register_panel("view", "Main view", lambda ctx: QLabel("main view"))
    """,
    )
    console = start_console("--lang", "en", "--plugins-dir", str(plugins_dir))
    layout = Layout(
        "Test",
        (
            WindowLayout(
                "main",
                ScreenRef(0),
                (
                    PanelPlacement("wall.view", DockArea.CENTER),
                    PanelPlacement("system_status", DockArea.RIGHT),
                    PanelPlacement("event_log", DockArea.BOTTOM),
                ),
            ),
        ),
    )
    layout_io.apply(console.wm, layout)
    window = console.wm.main_window
    status = console.wm.docks["system_status"].dockAreaWidget()
    log = console.wm.docks["event_log"].dockAreaWidget()
    view = console.wm.docks["wall.view"].dockAreaWidget()
    qtbot.waitUntil(  # the splitters have given each area its share
        lambda: status.width() < 0.3 * window.width()
        and log.height() < 0.35 * window.height()
        and view.width() > 0.6 * window.width(),
        timeout=5_000,
    )


def test_unreadable_saved_layout_is_kept_aside_and_the_operator_told(start_console, ioc_home):
    layouts = ioc_home / "config" / "layouts"
    layouts.mkdir(parents=True)
    (layouts / "operator.json").write_text("{ half a file", encoding="utf-8")
    console = start_console("--lang", "en")
    assert console.layout_name == "Operator"  # the default, rather than nothing
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert any("layout 'Operator' could not be read" in t for t in notices)
    kept = list(layouts.glob("operator.json.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{ half a file"


def test_the_operator_layout_gives_the_room_to_the_wall_and_the_alert_queue(start_console):
    console = start_console("--lang", "en", "--layout", "Operator")
    docks = console.wm.docks
    width = console.wm.main_window.width()
    wall, queue, cameras = (docks[p].width() for p in ("video_wall", "alert_queue", "camera_list"))
    assert wall > 0.4 * width and queue > 0.25 * width and cameras < 0.25 * width
    assert docks["alert_queue"].isCurrentTab() and not docks["system_status"].isCurrentTab()
