"""Video tiles on a real X display (Xvfb) playing the demo backend's live camera streams
(MPEG-TS over HTTP on loopback).

What is checked is what an operator sees: pictures on the screen (grabbed from the screen,
since the video is libVLC's own X window), the tile's texts, and what the tile plays.
"""

from __future__ import annotations

import re
import threading
import time

import pytest
from camera_streams import BackendStreams
from freezing_relay import FreezingRelay
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QCursor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget
from workers import ffmpeg_children
from xtest_input import XPointer

from ioc_console.core.video.streams import StreamChoice
from ioc_console.core.video.watchdog import STALL_S, TileState
from ioc_console.gui.video.capabilities import capabilities, rtsp_available, rtsp_native
from ioc_console.gui.video.tile import VideoTile
from ioc_console.gui.video.tile_input import CAMERA_MIME, TILE_MIME

LIVE_S = 20  # generous: two cores shared with other test runs


@pytest.fixture
def streams(backend):
    """The demo backend's cameras and their live streams."""
    return BackendStreams(backend)


@pytest.fixture
def make_tile(qtbot):
    """``make_tile(camera, size)``: a tile alone in a shown top-level window."""
    windows = []

    def make(camera=None, size=(640, 420), index=0, rtsp_ok=rtsp_available):
        window = QWidget()
        window.setWindowTitle("tile test")
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        tile = VideoTile(index, rtsp_ok, window)
        layout.addWidget(tile)
        window.resize(*size)
        window.move(20, 20)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        tile.set_camera(camera)
        return tile

    yield make
    for window in windows:
        for tile in window.findChildren(VideoTile):
            tile.set_camera(None)
        window.close()
        window.deleteLater()


def after_double_click_time(qtbot) -> None:
    """Wait out the platform's double-click time (a click after it is a click of its own)."""
    since = time.monotonic()
    interval = QGuiApplication.styleHints().mouseDoubleClickInterval() / 1000
    qtbot.waitUntil(lambda: time.monotonic() > since + interval, timeout=10_000)


def wait_state(qtbot, tile, state, timeout_s=LIVE_S):
    qtbot.waitUntil(lambda: tile.state is state, timeout=int(timeout_s * 1000))


def grab(tile) -> QImage:
    """The tile's video area as the screen shows it."""
    surface = tile.surface
    screen = surface.screen()
    top_left = surface.mapToGlobal(QPoint(0, 0)) - screen.geometry().topLeft()
    return screen.grabWindow(
        0, top_left.x(), top_left.y(), surface.width(), surface.height()
    ).toImage()


def colours(image: QImage) -> int:
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 30)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )


def assert_moving_picture(qtbot, tile) -> None:
    """The video area shows a picture (not a blank surface) that changes within a second."""
    qtbot.waitUntil(lambda: colours(grab(tile)) > 12, timeout=5000)
    first = grab(tile)
    qtbot.waitUntil(lambda: grab(tile) != first, timeout=5000)  # the picture changes
    assert colours(grab(tile)) > 12


def frames_increase(qtbot, tile) -> None:
    before = tile.stats()[0]
    qtbot.waitUntil(lambda: tile.stats()[0] > before + 10, timeout=10_000)


def test_first_frame_is_on_the_screen_and_moves(qtbot, make_tile, streams):
    changes = []
    tile = make_tile()
    tile.streamChanged.connect(lambda variant, url: changes.append((variant, url)))
    started = time.monotonic()
    tile.set_camera(streams.camera("cam-01"))
    assert tile.state is TileState.CONNECTING
    wait_state(qtbot, tile, TileState.LIVE)
    print(f"live after {time.monotonic() - started:.1f} s")
    qtbot.waitUntil(lambda: colours(grab(tile)) > 12, timeout=5000)
    print(f"first picture on the screen after {time.monotonic() - started:.1f} s")
    assert changes == [("sub", streams.camera("cam-01")["streams"]["sub"])]
    assert tile.decoding() and tile.stats()[0] > 0
    assert tile.header.badge.text() == "Live"
    assert "Ngã tư Đặng Văn Bình" in tile.header.name.text()
    assert "Phường Cao Lãnh" in tile.header.details.text()
    assert re.fullmatch(r"\d\d:\d\d:\d\d", tile.header.clock.text())
    assert_moving_picture(qtbot, tile)

    # the same camera from a cache update (its name changed): the stream plays on
    renamed = streams.camera("cam-01") | {"name": "Ngã tư Đặng Văn Bình (mới)"}
    with qtbot.assertNotEmitted(tile.streamChanged), qtbot.assertNotEmitted(tile.stateChanged):
        tile.set_camera(renamed)
        frames_increase(qtbot, tile)  # frames go on coming: the stream was not restarted
    assert tile.header.name.text() == "Ngã tư Đặng Văn Bình (mới)" and tile.decoding()


def test_clicks_and_the_wheel_on_the_playing_video_reach_the_tile(qtbot, make_tile, streams):
    tile = make_tile(streams.camera("cam-01"))
    wait_state(qtbot, tile, TileState.LIVE)
    qtbot.waitUntil(lambda: colours(grab(tile)) > 12, timeout=5000)  # the picture is shown
    centre = tile.surface.mapToGlobal(tile.surface.rect().center())
    pointer = XPointer()
    try:
        pointer.move(centre.x(), centre.y())
        with qtbot.waitSignal(tile.activated, timeout=5000):
            pointer.click(1)
        after_double_click_time(qtbot)  # the next click starts no double click with it
        with qtbot.waitSignal(tile.doubleClicked, timeout=5000):
            pointer.double_click()
        after_double_click_time(qtbot)
        pointer.click(4)  # wheel up: zoom in around the pointer
        qtbot.waitUntil(lambda: tile.zoom_factor > 1.0, timeout=5000)
        crop = tile._zoom.crop(480, 270)
        pointer.button(True)  # zoomed, a drag on the video pans it
        for step in range(1, 6):
            to = QPoint(centre.x() - 20 * step, centre.y())
            pointer.move(to.x(), to.y())
            qtbot.waitUntil(lambda to=to: QCursor.pos() == to, timeout=5000)
        pointer.button(False)
        qtbot.waitUntil(lambda: tile._zoom.crop(480, 270) != crop, timeout=5000)
    finally:
        pointer.close()
    assert "×1.2" in tile.header.details.text()
    assert_moving_picture(qtbot, tile)
    tile.reset_zoom()
    assert tile.zoom_factor == 1.0 and "×" not in tile.header.details.text()


def test_stalled_then_reconnecting_then_live_again(qtbot, make_tile, streams):
    tile = make_tile(streams.camera("cam-01"))
    wait_state(qtbot, tile, TileState.LIVE)
    seen: list[tuple[TileState, str, str]] = []

    def note(_state=None):
        seen.append((tile.state, tile.header.badge.text(), tile.message.text()))

    tile.stateChanged.connect(note)
    streams.stop()
    wait_state(qtbot, tile, TileState.STALLED, timeout_s=15)
    assert tile.header.badge.text().startswith("Stalled")
    assert re.search(r"Stream stalled — reconnecting in \d+ s", tile.message.text())
    assert not tile.decoding()
    wait_state(qtbot, tile, TileState.RECONNECTING, timeout_s=15)
    assert re.fullmatch(r"Reconnecting in \d+ s", tile.header.badge.text())
    assert re.search(r"reconnecting in \d+ s", tile.message.text())
    # the countdown counts down, once a second
    qtbot.waitUntil(
        lambda: tile.state is not TileState.RECONNECTING or tile.header.badge.text() != seen[-1][1],
        timeout=5000,
    )
    streams.start()
    back = time.monotonic()
    wait_state(qtbot, tile, TileState.LIVE, timeout_s=45)
    print(f"live again {time.monotonic() - back:.1f} s after the stream came back")
    states = [s for s, _, _ in seen]
    assert states.index(TileState.STALLED) < states.index(TileState.RECONNECTING)
    assert_moving_picture(qtbot, tile)


def test_reconnecting_leaves_no_slot_or_worker_behind(qtbot, make_tile, streams, fresh_pool):
    """Each reconnect opens the stream in a new slot of a video worker; the old slots must be
    stopped and the workers must not multiply, or a flapping camera grows the machine."""
    tile = make_tile(streams.camera("cam-01"))
    wait_state(qtbot, tile, TileState.LIVE)
    for _ in range(3):
        streams.stop()
        wait_state(qtbot, tile, TileState.STALLED, timeout_s=15)
        streams.start()
        wait_state(qtbot, tile, TileState.LIVE, timeout_s=45)
    slot, _worker = fresh_pool.slot_of(tile._player)
    assert list(fresh_pool._slots) == [slot]  # the live one; three stopped ones gone
    assert sum(load.players for load in fresh_pool.plan.workers.values()) == 1
    assert len(fresh_pool.workers) <= 2  # the one that plays, and the warm spare


def test_a_stream_that_freezes_without_ending_is_stalled_by_its_frame_counts(
    qtbot, make_tile, streams
):
    camera = streams.camera("cam-03")
    relay = FreezingRelay(camera["streams"]["sub"])
    try:
        camera["streams"] = {"main": None, "sub": relay.url, "relay": None}
        tile = make_tile(camera)
        wait_state(qtbot, tile, TileState.LIVE)
        frames_increase(qtbot, tile)
        relay.frozen.set()  # the connection stays open, nothing more arrives
        wait_state(qtbot, tile, TileState.STALLED, timeout_s=20)
        relay.frozen.clear()
        wait_state(qtbot, tile, TileState.LIVE, timeout_s=45)
        frames_increase(qtbot, tile)
        tile.set_camera(None)
    finally:
        relay.close()


def countdown(tile) -> int:
    found = re.fullmatch(r"Reconnecting in (\d+) s", tile.header.badge.text())
    return int(found.group(1)) if found and tile.state is TileState.RECONNECTING else 0


def test_a_stream_back_during_a_long_wait_is_live_before_the_countdown_ends(
    qtbot, make_tile, streams
):
    tile = make_tile(streams.camera("cam-01"))
    wait_state(qtbot, tile, TileState.LIVE)
    streams.stop()
    # the back-off grows (1, 2, 4, 8, 16 s …) until the tile counts down from 12 s or more
    qtbot.waitUntil(lambda: countdown(tile) >= 12, timeout=90_000)
    ends = time.monotonic() + countdown(tile) - 1
    streams.start()
    back = time.monotonic()
    wait_state(qtbot, tile, TileState.LIVE, timeout_s=45)
    print(
        f"live again {time.monotonic() - back:.1f} s after the stream came back, "
        f"{ends + 1 - time.monotonic():.1f} s before the countdown's end"
    )
    assert time.monotonic() < ends, "the tile waited for its countdown"
    # back on the stream it played, not on the fallback its retries had reached meanwhile
    assert tile.variant == "sub" and tile.header.details.text().endswith("sub")
    assert_moving_picture(qtbot, tile)


def test_rtsp_camera_plays_its_relay_url_where_rtsp_cannot_play(qtbot, make_tile, streams):
    """Where neither libVLC nor the local relay can open rtsp:// (Debian without ffmpeg),
    the camera's HTTP relay URL plays, and a camera without one says why it cannot."""
    tile = make_tile(streams.camera("cam-12"), rtsp_ok=lambda: False)
    wait_state(qtbot, tile, TileState.LIVE)
    relay = streams.camera("cam-12")["streams"]["relay"]
    assert (tile.variant, tile.url) == ("relay", relay)
    assert "relay (this player cannot open rtsp://)" in tile.header.details.text()
    assert_moving_picture(qtbot, tile)

    only_rtsp = streams.camera("cam-12")
    only_rtsp["streams"]["relay"] = None
    tile.set_camera(only_rtsp)
    assert tile.state is TileState.UNSUPPORTED
    assert not tile.decoding()
    assert tile.header.badge.text() == "Cannot play"
    assert "cannot open rtsp://" in tile.message.text()
    assert "relay URL" in tile.message.text() and "VLC build with RTSP" in tile.message.text()


def test_an_rtsp_camera_waits_for_the_probe_then_plays(qtbot, make_tile, streams):
    known: list[bool] = []
    asked = []

    def rtsp_ok():
        asked.append(1)
        return known[0] if known else None

    tile = make_tile(streams.camera("cam-12"), rtsp_ok=rtsp_ok)
    qtbot.waitUntil(lambda: len(asked) >= 3, timeout=10_000)  # it asked, and asks again
    assert tile.state is TileState.CONNECTING and not tile.decoding()
    known.append(False)
    wait_state(qtbot, tile, TileState.LIVE)
    assert tile.variant == "relay"


def test_a_large_tile_plays_main_and_a_small_one_sub(qtbot, make_tile, streams):
    camera = streams.camera("cam-01")
    tile = make_tile(camera, size=(480, 320))
    wait_state(qtbot, tile, TileState.LIVE)
    assert tile.variant == "sub"
    window = tile.window()
    with qtbot.waitSignal(tile.streamChanged, timeout=30_000) as switched:
        window.resize(1200, 700)
    assert switched.args == ["main", camera["streams"]["main"]]
    wait_state(qtbot, tile, TileState.LIVE)
    assert tile.url.endswith("/main.ts")
    assert_moving_picture(qtbot, tile)
    with qtbot.waitSignal(tile.streamChanged, timeout=30_000) as switched:
        window.resize(480, 320)
    assert switched.args == ["sub", camera["streams"]["sub"]]
    wait_state(qtbot, tile, TileState.LIVE)
    # the operator's choice applies at once, whatever the size
    with qtbot.waitSignal(tile.streamChanged, timeout=5000) as switched:
        tile.set_override(StreamChoice.HIGH)
    assert switched.args[0] == "main" and tile.override is StreamChoice.HIGH
    wait_state(qtbot, tile, TileState.LIVE)


def test_an_unseen_tile_stops_decoding_and_resumes(qtbot, make_tile, streams):
    tile = make_tile(streams.camera("cam-01"))
    wait_state(qtbot, tile, TileState.LIVE)
    states = []
    tile.stateChanged.connect(states.append)
    tile.hide()
    assert not tile.decoding()
    # the stall time is what is tested: unseen that long is not stalled
    hidden_at = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() > hidden_at + STALL_S + 1, timeout=20_000)
    assert TileState.STALLED not in states and not tile.decoding()
    tile.show()
    wait_state(qtbot, tile, TileState.LIVE)
    assert tile.decoding()
    frames_increase(qtbot, tile)

    window = tile.window()
    window.showMinimized()
    qtbot.waitUntil(lambda: not tile.decoding(), timeout=5000)
    window.showNormal()
    qtbot.waitExposed(window)
    wait_state(qtbot, tile, TileState.LIVE)
    assert TileState.STALLED not in states
    assert_moving_picture(qtbot, tile)


def test_a_tile_on_a_tab_not_current_does_not_decode(qtbot, streams):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tile = VideoTile(0, rtsp_available)
    tabs.addTab(tile, "Wall")
    tabs.addTab(QWidget(), "Other")
    tabs.resize(640, 420)
    tabs.show()
    qtbot.waitExposed(tabs)
    tile.set_camera(streams.camera("cam-02"))
    wait_state(qtbot, tile, TileState.LIVE)
    tabs.setCurrentIndex(1)
    assert not tile.decoding()
    tabs.setCurrentIndex(0)
    wait_state(qtbot, tile, TileState.LIVE)
    assert tile.decoding()
    tile.set_camera(None)


def test_a_tile_moved_to_another_window_keeps_playing(qtbot, make_tile, streams):
    tile = make_tile(streams.camera("cam-01"))
    wait_state(qtbot, tile, TileState.LIVE)
    old_window = tile.window()
    floating = QWidget()
    qtbot.addWidget(floating)
    floating.setWindowTitle("floating")
    QVBoxLayout(floating).addWidget(tile)  # what floating a dock does: a new parent window
    floating.resize(560, 380)
    floating.move(660, 380)
    floating.show()
    qtbot.waitExposed(floating)
    assert tile.window() is floating and tile.window() is not old_window
    wait_state(qtbot, tile, TileState.LIVE)
    frames_increase(qtbot, tile)
    assert_moving_picture(qtbot, tile)

    screens = QApplication.screens()
    if len(screens) > 1:  # sent to the other screen (another X screen: a new native window)
        floating.setScreen(screens[1])
        floating.move(screens[1].geometry().topLeft() + QPoint(40, 40))
        floating.show()
        qtbot.waitExposed(floating)
        qtbot.waitUntil(lambda: tile.screen() is screens[1], timeout=5000)
        wait_state(qtbot, tile, TileState.LIVE)
        frames_increase(qtbot, tile)
        assert_moving_picture(qtbot, tile)
    tile.set_camera(None)


def test_snapshot_is_a_png_named_after_the_camera_and_time(qtbot, make_tile, streams, tmp_path):
    camera = streams.camera("cam-01")
    tile = make_tile(camera)
    wait_state(qtbot, tile, TileState.LIVE)
    with qtbot.waitSignal(tile.snapshotTaken, timeout=10_000) as taken:
        tile.snapshot(tmp_path / "shots")  # the worker writes it; the signal says where
    path = taken.args[0]
    assert path is not None and path.parent == tmp_path / "shots"
    assert re.fullmatch(
        re.escape(camera["name"]) + r" \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.png", path.name
    )
    image = QImage(str(path))
    assert not image.isNull() and (image.width(), image.height()) == (480, 270)
    assert colours(image) > 12

    # the same from the tile's menu, into the folder the wall gives
    tile.snapshot_folder = lambda: tmp_path / "from menu"
    menu = tile.context_menu()
    with qtbot.waitSignal(tile.snapshotTaken, timeout=10_000) as taken:
        menu.findChild(QAction, "tileSnapshot").trigger()
    assert taken.args[0].parent == tmp_path / "from menu" and taken.args[0].exists()


def test_context_menu_stream_choice_and_zoom_reset(qtbot, make_tile, streams):
    tile = make_tile(streams.camera("cam-01"))
    wait_state(qtbot, tile, TileState.LIVE)
    added = []
    tile.contextMenuAboutToShow.connect(lambda menu: added.append(menu.addAction("Wall item")))
    menu = tile.context_menu()
    titles = [a.text() for a in menu.actions()]
    assert titles[:1] == ["Stream"] and "Snapshot" in titles and "Wall item" in titles
    choices = menu.actions()[0].menu().actions()
    assert [a.text() for a in choices] == [
        "Auto (by tile size)",
        "Low (sub-stream)",
        "High (main stream)",
    ]
    assert choices[0].isChecked()
    reset = menu.findChild(QAction, "tileResetZoom")
    assert not reset.isEnabled()
    with qtbot.waitSignal(tile.streamChanged, timeout=5000) as switched:
        choices[2].trigger()
    assert switched.args[0] == "main" and tile.override is StreamChoice.HIGH
    wait_state(qtbot, tile, TileState.LIVE)
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Plus)
    assert tile.zoom_factor > 1.0
    menu = tile.context_menu()
    assert menu.actions()[0].menu().actions()[2].isChecked()
    reset = menu.findChild(QAction, "tileResetZoom")
    assert reset.isEnabled()
    reset.trigger()
    assert tile.zoom_factor == 1.0


def test_a_closed_tile_releases_its_player(qtbot, make_tile, streams):
    tile = make_tile(streams.camera("cam-01"))
    wait_state(qtbot, tile, TileState.LIVE)
    player = tile._player
    window = tile.window()
    tile.setParent(None)
    tile.deleteLater()
    qtbot.waitUntil(lambda: not player.active, timeout=5000)
    window.close()


def test_offline_empty_and_malformed_cameras_say_so(qtbot, make_tile, streams):
    tile = make_tile()
    assert tile.state is TileState.EMPTY and tile.message.text() == "Drop a camera here"
    tile.set_camera({"id": "cam-x", "name": None, "streams": ["not", "a", "dict"]})
    assert tile.state is TileState.UNSUPPORTED and not tile.decoding()
    assert tile.message.text() == "This camera has no stream address"
    offline = streams.camera("cam-02") | {"status": "offline"}
    tile.set_camera(offline)
    assert tile.state is TileState.OFFLINE and tile.camera_id == "cam-02"
    assert tile.header.badge.text() == "Offline" and tile.message.text() == "Camera offline"
    assert not tile.decoding()


def _drop(tile, mime_type: str, value: str) -> bool:
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(value.encode()))
    pos = QPointF(tile.rect().center())
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        pos.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(tile, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tile, drop)
    return drop.isAccepted()


def test_drops_of_cameras_and_tiles(qtbot, make_tile):
    tile = make_tile(index=3)
    with qtbot.waitSignal(tile.cameraDropped, timeout=1000) as dropped:
        assert _drop(tile, CAMERA_MIME, "cam-07")
    assert dropped.args == ["cam-07"]
    with qtbot.waitSignal(tile.tileDropped, timeout=1000) as dropped:
        assert _drop(tile, TILE_MIME, "1")
    assert dropped.args == [1]
    with qtbot.assertNotEmitted(tile.tileDropped):
        _drop(tile, TILE_MIME, "3")  # onto itself: nothing to swap
    assert not _drop(tile, "text/plain", "cam-07")


def test_a_tile_dragged_onto_another_over_playing_video(qtbot, streams):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    tiles = [VideoTile(i, rtsp_available, window) for i in range(2)]
    for tile in tiles:
        layout.addWidget(tile)
    window.resize(520, 700)
    window.move(20, 20)
    window.show()
    qtbot.waitExposed(window)
    tiles[0].set_camera(streams.camera("cam-01"))
    tiles[1].set_camera(streams.camera("cam-02"))
    for tile in tiles:
        wait_state(qtbot, tile, TileState.LIVE)
    start = tiles[0].surface.mapToGlobal(tiles[0].surface.rect().center())
    end = tiles[1].surface.mapToGlobal(tiles[1].surface.rect().center())
    pointer = XPointer()

    def drag() -> None:  # from another thread: Qt's drag runs its own loop on the GUI thread
        # The pauses are the gesture itself (a hand's pace, motion events apart, as Qt's drag
        # loop expects them); this thread cannot ask Qt how far the drag has come.
        pointer.move(start.x(), start.y())
        pointer.button(True)
        for step in range(1, 11):
            time.sleep(0.08)
            pointer.move(start.x(), start.y() + (end.y() - start.y()) * step // 10)
        time.sleep(0.3)
        pointer.button(False)

    hand = threading.Thread(target=drag, daemon=True)
    try:
        with qtbot.waitSignal(tiles[1].tileDropped, timeout=15_000) as dropped:
            hand.start()
    finally:
        hand.join(10)
        pointer.close()
    assert dropped.args == [0]
    for tile in tiles:
        tile.set_camera(None)


@pytest.fixture
def rtsp_camera(streams):
    """cam-12 with real rtsp:// main and sub streams from the demo's RTSP server (loopback,
    with a password)."""
    from ioc_console.demo import rtsp_server

    if not rtsp_server.available():
        pytest.skip("GStreamer's RTSP server is not installed here")
    server = rtsp_server.DemoRtspServer(["/cam-12/main", "/cam-12/sub"])
    server.start()
    camera = streams.camera("cam-12")
    camera["streams"] = {
        "main": server.url("/cam-12/main"),
        "sub": server.url("/cam-12/sub"),
        "relay": None,
    }
    yield camera
    server.stop()


def test_an_rtsp_camera_plays_through_a_worker_and_the_relay_which_ends_with_the_tile(
    qtbot, make_tile, rtsp_camera, fresh_pool
):
    qtbot.waitUntil(lambda: rtsp_native() is not None, timeout=20_000)
    if rtsp_native() or not capabilities().report.relay:
        pytest.skip("this test is about a libVLC without RTSP and an ffmpeg relay")
    tile = make_tile(rtsp_camera)
    wait_state(qtbot, tile, TileState.LIVE)
    assert (tile.variant, tile.url) == ("sub", rtsp_camera["streams"]["sub"])
    assert tile.header.details.text().endswith("sub · RTSP via relay")
    assert "password" not in tile.header.details.toolTip()
    assert_moving_picture(qtbot, tile)
    worker = fresh_pool.workers[fresh_pool.slot_of(tile._player)[1]]
    assert len(ffmpeg_children(worker.pid)) == 1
    tile.set_camera(None)
    qtbot.waitUntil(lambda: ffmpeg_children(worker.pid) == [], timeout=10_000)
    assert "RTSP via relay" not in tile.header.details.text()
