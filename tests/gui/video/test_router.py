"""ShowCamera from any panel: in the selected tile of the wall used last, or in a pop-up."""

from online import online_console
from PySide6.QtCore import Qt

from ioc_console.core.intents import ShowCamera
from ioc_console.core.video.watchdog import TileState


def test_show_camera_lands_in_the_selected_tile_of_the_wall_used_last(start_console, qtbot):
    console = online_console(start_console, qtbot)
    intents = console.services.intents
    wall = console.wm.docks["video_wall"].widget()
    map_dock = console.wm.docks.get("map")
    qtbot.mouseClick(wall.tiles[3], Qt.MouseButton.LeftButton)
    if map_dock is not None:
        map_dock.setAsCurrentTab()  # the map in front of the wall, as when a marker is clicked
        qtbot.waitUntil(lambda: not wall.isVisible())
    assert intents.post(ShowCamera("cam-08", source="map"))
    assert wall.tiles[3].camera_id == "cam-08"
    qtbot.waitUntil(wall.isVisible)  # the wall came forward

    second_window = console.wm.open_window(screen=1)
    console.toggle_panel("video_wall", True, second_window)
    other = console.wm.docks["video_wall#2"].widget()
    qtbot.mouseClick(other.tiles[1], Qt.MouseButton.LeftButton)  # now the wall used last
    assert intents.post(ShowCamera("cam-14", source="alert_queue"))
    assert other.tiles[1].camera_id == "cam-14"
    assert wall.tiles[3].camera_id == "cam-08"
    assert console.video.popups == {}


def test_with_no_wall_a_pop_up_plays_the_camera(start_console, qtbot):
    console = online_console(start_console, qtbot)
    intents = console.services.intents
    console.wm.close_panel("video_wall")
    qtbot.waitUntil(lambda: "video_wall" not in console.wm.docks)
    assert intents.post(ShowCamera("cam-06", source="map"))
    popup = console.video.popups["cam-06"]
    assert popup.isVisible() and popup.windowTitle() == "Ngã ba Tôn Đức Thắng – Hùng Vương"
    assert popup.tile.camera_id == "cam-06"
    qtbot.waitUntil(lambda: popup.tile.state is TileState.LIVE, timeout=60_000)  # it plays
    decoded = popup.tile.stats()[0]
    qtbot.waitUntil(lambda: popup.tile.stats()[0] > decoded + 25, timeout=30_000)
    assert intents.post(ShowCamera("cam-06", source="map"))  # the same camera: re-used
    assert list(console.video.popups) == ["cam-06"]
    screen = console.wm.main_window.screen().geometry()
    assert screen.contains(popup.geometry())
    assert not intents.post(ShowCamera("cam-99", source="map"))  # unknown: nobody plays it
    popup.close()
    qtbot.waitUntil(lambda: console.video.popups == {})


def test_a_pop_up_is_asked_for_even_with_a_wall_open(start_console, qtbot):
    console = online_console(start_console, qtbot)
    wall = console.wm.docks["video_wall"].widget()
    before = [t.camera_id for t in wall.tiles]
    assert console.services.intents.post(ShowCamera("cam-16", target="popup", source="map"))
    assert console.video.popups["cam-16"].tile.camera_id == "cam-16"
    assert [t.camera_id for t in wall.tiles] == before


def test_a_pop_up_follows_its_camera_in_the_cache(start_console, qtbot):
    console = online_console(start_console, qtbot)
    demo = console.link.demo
    assert console.services.intents.post(ShowCamera("cam-05", target="popup", source="map"))
    popup = console.video.popups["cam-05"]
    camera = demo.store.get("cameras", "cam-05")
    demo.store.put("cameras", {**camera, "status": "offline", "name": "Cổng chợ Cao Lãnh"})
    qtbot.waitUntil(lambda: popup.tile.state is TileState.OFFLINE, timeout=20_000)
    assert popup.windowTitle() == "Cổng chợ Cao Lãnh"
    assert not popup.tile.decoding()
    demo.store.delete("cameras", "cam-05")  # a camera removed: its pop-up goes
    qtbot.waitUntil(lambda: console.video.popups == {}, timeout=20_000)


def test_show_camera_brings_a_minimised_wall_back_and_plays(start_console, qtbot):
    console = online_console(start_console, qtbot)
    wall = console.wm.docks["video_wall"].widget()
    window = wall.window()
    window.showMinimized()
    qtbot.waitUntil(lambda: not any(t.decoding() for t in wall.tiles), timeout=10_000)
    assert console.services.intents.post(ShowCamera("cam-08", source="alert_queue"))
    tile = wall.tiles[wall.selected]
    assert tile.camera_id == "cam-08"
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=10_000)  # the operator sees it
    qtbot.waitUntil(lambda: tile.state is TileState.LIVE, timeout=60_000)
