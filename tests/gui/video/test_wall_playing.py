"""The wall with live demo cameras: maximised it plays main, restored sub; floated it keeps
playing; hidden it stops decoding; and the cameras' streams going down and coming back show
stalled → reconnecting → live on every tile without a click (``make run``'s promise)."""

from online import online_console
from window_size import set_window_size

from ioc_console.core.panels import DockArea
from ioc_console.core.video.watchdog import TileState

LIVE_S = 60_000


def live_wall(start_console, qtbot, alone: bool = False):
    """A console on the embedded demo backend, its Operator wall filled with four cameras."""
    console = online_console(start_console, qtbot)
    if alone:  # the wall gets the whole window
        for instance_id in [i for i in console.wm.docks if i != "video_wall"]:
            console.wm.close_panel(instance_id)
        qtbot.waitUntil(lambda: list(console.wm.docks) == ["video_wall"])
    wall = console.wm.docks["video_wall"].widget()
    qtbot.waitUntil(lambda: all(t.camera_id for t in wall.tiles), timeout=20_000)
    qtbot.waitUntil(lambda: all_live(wall), timeout=LIVE_S)
    return console, wall


def all_live(wall, tiles=None) -> bool:
    return all(t.state is TileState.LIVE for t in (tiles or wall.tiles))


def frames(wall) -> list[int]:
    return [t.stats()[0] for t in wall.tiles]


def frames_keep_coming(qtbot, wall, more: int = 25) -> None:
    before = frames(wall)
    qtbot.waitUntil(
        lambda: all(now >= then + more for now, then in zip(frames(wall), before, strict=True)),
        timeout=LIVE_S,
    )


def test_the_default_wall_shows_four_live_demo_cameras(start_console, qtbot, ioc_home):
    console, wall = live_wall(start_console, qtbot)
    online = [c["id"] for c in console.services.cache.items("cameras") if c["status"] == "online"]
    assert [t.camera_id for t in wall.tiles] == online[:4]
    assert wall.toolbar.grid.currentData() == "2x2"
    assert all(t.variant == "sub" for t in wall.tiles)  # small tiles play the sub-stream
    frames_keep_coming(qtbot, wall)
    assert wall.toolbar.snapshot.isEnabled()
    wall.select(1)
    with qtbot.waitSignal(wall.tiles[1].snapshotTaken, timeout=10_000):
        wall.toolbar.snapshot.click()  # the selected tile's picture, named after camera and time
    saved = list((ioc_home / "snapshots").glob("*.png"))
    assert len(saved) == 1 and saved[0].name.startswith("Ngã tư Nguyễn Huệ – Lý Thường Kiệt 20")
    assert saved[0].stat().st_size > 1000
    assert str(saved[0]) in wall.toolbar.status.text()

    not_a_folder = ioc_home / "snapshots.txt"  # a folder that cannot be made or written
    not_a_folder.write_text("x")
    console.services.settings.set("video.snapshot_dir", str(not_a_folder / "shots"), save=False)
    with qtbot.waitSignal(wall.tiles[1].snapshotTaken, timeout=10_000):
        wall.toolbar.snapshot.click()
    assert "cannot be written" in wall.toolbar.status.text()
    assert str(not_a_folder / "shots") in wall.toolbar.status.text()


def test_maximised_in_the_wall_a_tile_plays_main_restored_sub(start_console, qtbot):
    console, wall = live_wall(start_console, qtbot, alone=True)
    # a 1280x800 window: its 2x2 tiles are below the size that keeps main, one tile alone is
    # above the size that asks for it (on a bigger monitor the restored tiles keep main)
    set_window_size(qtbot, console.wm.main_window, 1280, 800)
    big, others = wall.tiles[0], wall.tiles[1:]
    assert big.variant == "sub"
    wall.toggle_maximise(0)
    assert big.isVisible() and not any(t.isVisible() for t in others)
    qtbot.waitUntil(lambda: not any(t.decoding() for t in others), timeout=5_000)
    qtbot.waitUntil(lambda: big.variant == "main" and big.state is TileState.LIVE, timeout=LIVE_S)
    assert big.url.endswith("/main.ts")
    assert "sub" not in big.header.details.text()

    wall.toggle_maximise(0)  # again: the whole wall back
    assert all(t.isVisible() for t in wall.tiles)
    qtbot.waitUntil(lambda: big.variant == "sub" and big.state is TileState.LIVE, timeout=LIVE_S)
    qtbot.waitUntil(lambda: all_live(wall), timeout=LIVE_S)
    assert all(t.decoding() for t in wall.tiles)


def test_a_floated_wall_keeps_playing(start_console, qtbot):
    console, wall = live_wall(start_console, qtbot)
    dock = console.wm.docks["video_wall"]
    dock.setAsCurrentTab()
    console.wm.float_panel("video_wall")  # what Panels › Float the current panel does
    qtbot.waitUntil(dock.isFloating, timeout=5_000)
    assert wall.window() is not console.wm.main_window
    qtbot.waitUntil(lambda: all_live(wall), timeout=LIVE_S)
    frames_keep_coming(qtbot, wall)


def test_a_hidden_wall_stops_decoding_and_plays_again_when_shown(start_console, qtbot):
    console, wall = live_wall(start_console, qtbot)
    wm = console.wm  # another panel as a tab in front of the wall
    wm.detach("system_status")
    wm.place(wm.docks["system_status"], wm.main_window, DockArea.CENTER, tab_with="video_wall")
    wm.docks["system_status"].toggleView(True)
    wm.docks["system_status"].setAsCurrentTab()
    qtbot.waitUntil(lambda: not wall.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: not any(t.decoding() for t in wall.tiles), timeout=5_000)
    console.wm.docks["video_wall"].setAsCurrentTab()
    qtbot.waitUntil(lambda: all(t.decoding() for t in wall.tiles), timeout=10_000)
    qtbot.waitUntil(lambda: all_live(wall), timeout=LIVE_S)
    frames_keep_coming(qtbot, wall)


def test_streams_down_and_back_every_tile_stalls_reconnects_and_is_live_again(
    start_console, qtbot, menu_item
):
    console, wall = live_wall(start_console, qtbot)
    streamer = console.link.demo.streamer
    seen: dict[int, list[TileState]] = {i: [] for i in range(len(wall.tiles))}
    for index, tile in enumerate(wall.tiles):
        tile.stateChanged.connect(lambda state, i=index: seen[i].append(state))

    streams_on = menu_item(console, "Demo &camera streams on")
    assert streams_on.isChecked()  # the streams are on
    streams_on.trigger()  # Console › Demo camera streams on, unticked: the cameras go dark
    qtbot.waitUntil(lambda: not streamer.running, timeout=10_000)
    qtbot.waitUntil(lambda: all(TileState.STALLED in s for s in seen.values()), timeout=LIVE_S)
    qtbot.waitUntil(lambda: all(TileState.RECONNECTING in s for s in seen.values()), timeout=LIVE_S)
    for states in seen.values():
        assert states.index(TileState.STALLED) < states.index(TileState.RECONNECTING)
    assert all(
        "Reconnecting" in t.header.badge.text()
        for t in wall.tiles
        if t.state is TileState.RECONNECTING
    )

    streams_on.parent().aboutToShow.emit()
    assert not streams_on.isChecked()
    streams_on.trigger()  # ticked again: no click on the wall, every tile live again
    qtbot.waitUntil(lambda: streamer.running, timeout=10_000)
    qtbot.waitUntil(lambda: all_live(wall), timeout=90_000)
    frames_keep_coming(qtbot, wall)


def test_double_click_puts_a_tile_full_screen_and_esc_brings_it_back(start_console, qtbot):
    from PySide6.QtCore import Qt

    console, wall = live_wall(start_console, qtbot)
    tile = wall.tiles[2]
    qtbot.mouseDClick(tile, Qt.MouseButton.LeftButton)
    assert wall.fullscreen_index == 2
    window = tile.window()
    assert window is not console.wm.main_window and window.objectName() == "tileFullScreen"
    qtbot.waitUntil(lambda: window.isVisible() and window.isFullScreen(), timeout=5_000)
    assert window.screen() is console.wm.main_window.screen()
    assert window.geometry() == window.screen().geometry()
    qtbot.waitUntil(lambda: tile.state is TileState.LIVE and tile.decoding(), timeout=LIVE_S)
    qtbot.waitUntil(lambda: tile.variant == "main", timeout=LIVE_S)  # the whole screen: main

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert wall.fullscreen_index is None
    assert tile.window() is console.wm.main_window
    assert wall.grid.isAncestorOf(tile)
    qtbot.waitUntil(lambda: tile.state is TileState.LIVE and tile.decoding(), timeout=LIVE_S)
    qtbot.waitUntil(lambda: all_live(wall), timeout=LIVE_S)
