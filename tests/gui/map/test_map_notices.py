"""The map's notices reach the operator through the console's intents, in the window that
holds the map, not in whichever window a search of the widget tree finds first."""

from __future__ import annotations

from ioc_console.core.intents import Notice


def notices(window) -> list[str]:
    return [n.label.text() for n in window.notifications.notices()]


def test_a_map_notice_shows_in_the_window_that_holds_the_map_even_floating(start_console, qtbot):
    console = start_console("--lang", "en")
    main = console.wm.main_window
    second = console.wm.open_window(screen=1)
    console.wm.move_panel("map", second)
    console.wm.float_panel("map")  # its own top-level window, which has no notice bar
    panel = console.wm.docks["map"].widget()
    qtbot.waitUntil(lambda: panel.window() not in (main, second))
    panel.notify("warning", "The map stopped text that tried to run as a script.")
    assert notices(second) == ["The map stopped text that tried to run as a script."]
    assert "The map stopped text that tried to run as a script." not in notices(main)


def test_a_notice_from_a_panel_no_window_holds_goes_to_the_main_window(start_console):
    console = start_console("--lang", "en")
    assert console.services.intents.post(Notice("info", "Hello from nowhere", source="gone#9"))
    assert "Hello from nowhere" in notices(console.wm.main_window)
