"""Walls register with their console's router when they are built and are forgotten when they
are destroyed; the router never searches the widget tree for them."""

from __future__ import annotations


def test_walls_register_with_their_console_and_leave_when_destroyed(start_console, qtbot):
    console = start_console("--lang", "en")
    router = console.video
    wall = console.wm.docks["video_wall"].widget()
    assert router.walls() == [wall]

    second = console.wm.open_window(screen=1)
    console.toggle_panel("video_wall", True, second)
    other = console.wm.docks["video_wall#2"].widget()
    other.select(1)  # the operator used the second wall last
    assert router.walls() == [other, wall]
    wall.select(0)
    assert router.walls() == [wall, other]

    another = start_console("--lang", "en")  # a second console: its walls are its own
    assert another.video.walls() == [another.wm.docks["video_wall"].widget()]
    assert router.walls() == [wall, other]

    console.wm.discard_panel("video_wall#2")  # deleted: the router lets go of it
    qtbot.waitUntil(lambda: len(router._walls) == 1)
    assert router.walls() == [wall]


def test_a_closed_wall_is_not_sent_cameras(start_console, qtbot):
    console = start_console("--lang", "en")
    wall = console.wm.docks["video_wall"].widget()
    console.wm.close_panel("video_wall")
    qtbot.waitUntil(lambda: console.video.walls() == [])
    assert not wall.is_open()
