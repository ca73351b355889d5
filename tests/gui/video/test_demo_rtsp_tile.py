"""The demo's RTSP camera as a console gets it: cam-12's ``rtsp://`` URL on the demo's own RTSP
server (with a password) plays in a tile through a video worker and the RTSP relay; when the
demo's cameras fail and come back (the streamer's stop and start, as the "cameras fail" demo
action does) the tile reconnects by itself; clearing the tile ends the relay's ffmpeg."""

from __future__ import annotations

import time

import pytest
from workers import ffmpeg_children

from ioc_console.core.video.watchdog import TileState
from ioc_console.demo.data.cameras import absolute_streams
from ioc_console.gui.video.capabilities import capabilities, rtsp_native

LIVE_MS = 30_000


def frames_rise(qtbot, tile, by: int = 25) -> None:
    before = tile.stats()[0]
    qtbot.waitUntil(lambda: tile.stats()[0] > before + by, timeout=15_000)


def test_the_demo_rtsp_camera_plays_via_the_relay_and_comes_back_after_the_cameras_fail(
    qtbot, backend, fresh_pool, tiles_window
):
    if backend.rtsp is None:
        pytest.skip("GStreamer's RTSP server is not installed here")
    qtbot.waitUntil(lambda: rtsp_native() is not None, timeout=20_000)
    if rtsp_native() or not capabilities().report.relay:
        pytest.skip("this test is about a libVLC without RTSP and an ffmpeg relay")
    camera = absolute_streams(
        backend.store.get("cameras", "cam-12"), backend.url, backend.rtsp.url
    )  # as the demo backend hands it out
    password = backend.rtsp.server.password
    assert camera["streams"]["sub"].startswith("rtsp://operator:")
    (tile,) = tiles_window([camera], size=(640, 420))
    qtbot.waitUntil(lambda: tile.state is TileState.LIVE, timeout=LIVE_MS)
    assert tile.url == camera["streams"]["sub"]
    assert tile.header.details.text().endswith("sub · RTSP via relay")
    assert password not in tile.header.details.toolTip()
    frames_rise(qtbot, tile)
    worker = fresh_pool.workers[fresh_pool.slot_of(tile._player)[1]]
    assert len(ffmpeg_children(worker.pid)) == 1

    backend.streamer.stop()  # every demo camera fails, the RTSP ones with the others
    qtbot.waitUntil(lambda: tile.state is not TileState.LIVE, timeout=LIVE_MS)
    backend.streamer.start()
    back = time.monotonic()
    qtbot.waitUntil(lambda: tile.state is TileState.LIVE, timeout=LIVE_MS)
    print(f"live again {time.monotonic() - back:.1f} s after the RTSP camera came back")
    frames_rise(qtbot, tile)
    # (back on sub, or on main where its retries had reached meanwhile)
    assert tile.header.details.text().endswith(" · RTSP via relay")

    worker = fresh_pool.workers[fresh_pool.slot_of(tile._player)[1]]
    tile.set_camera(None)
    qtbot.waitUntil(lambda: ffmpeg_children(worker.pid) == [], timeout=10_000)
