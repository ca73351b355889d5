"""Tiles playing through video worker processes: a worker killed during playback (SIGKILL, and
a decoder's SIGSEGV) costs its own tiles a moment and nothing else; a camera that crashes its
worker every time ends up playing alone; a worker past its memory budget is replaced without a
tile going black."""

from __future__ import annotations

import logging
import os
import signal
from types import SimpleNamespace

import pytest
from camera_streams import BackendStreams
from online import online_console
from workers import FrameSampler, PictureSampler, grab_colours

from ioc_console.core.status import AppStatus
from ioc_console.core.video.watchdog import TileState
from ioc_console.gui.panels.system_status import SystemStatusPanel

LIVE_MS = 60_000


def live(tile) -> bool:
    return tile.state is TileState.LIVE


def worker_of(pool, tile) -> int:
    where = pool.slot_of(tile._player)
    assert where is not None
    return where[1]


@pytest.fixture
def streams(backend):
    return BackendStreams(backend)


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGSEGV], ids=["SIGKILL", "SIGSEGV"])
def test_a_worker_killed_during_playback_costs_its_tiles_a_moment_and_nothing_else(
    start_console, qtbot, fresh_pool, signum, caplog
):
    caplog.set_level(logging.INFO)
    fresh_pool.plan.tiles_per_worker = 2  # four tiles in two workers
    console = online_console(start_console, qtbot)
    wall = console.wm.docks["video_wall"].widget()
    qtbot.waitUntil(lambda: all(t.camera_id for t in wall.tiles), timeout=20_000)
    qtbot.waitUntil(lambda: all(live(t) for t in wall.tiles), timeout=LIVE_MS)
    victim = worker_of(fresh_pool, wall.tiles[0])
    hit = [t for t in wall.tiles if worker_of(fresh_pool, t) == victim]
    spared = [t for t in wall.tiles if t not in hit]
    assert len(hit) == 2 and len(spared) == 2
    spared_states: list = []
    for tile in spared:
        tile.stateChanged.connect(spared_states.append)
    sampler = FrameSampler(spared)
    demo = console.link.demo
    flushed = []  # the alert queue and the map (a tab behind the wall) take the new events
    console.wm.docks["alert_queue"].widget().model.flushed.connect(lambda *_: flushed.append(1))
    pump = console.wm.docks["map"].widget().pump
    reconnecting = []
    for tile in hit:  # the state, and what the tile says then
        tile.stateChanged.connect(
            lambda state, t=tile: reconnecting.append((state, t.message.text()))
        )

    os.kill(fresh_pool.workers[victim].pid, signum)
    map_pushes = pump.pushes
    flushed.clear()  # what the alert queue shows from now on
    for _ in range(10):  # the rest of the console carries on meanwhile
        demo.emit_event()
    qtbot.waitUntil(lambda: len(reconnecting) >= 2, timeout=5_000)
    assert reconnecting[:2] == [
        (TileState.RECONNECTING, "The video process stopped — reconnecting…")
    ] * 2
    qtbot.waitUntil(lambda: all(live(t) for t in hit), timeout=LIVE_MS)
    for tile in hit:
        assert worker_of(fresh_pool, tile) != victim
        before = tile.stats()[0]
        qtbot.waitUntil(lambda t=tile, b=before: t.stats()[0] > b + 10, timeout=10_000)
    sampler.stop()
    assert spared_states == []  # the spared tiles stayed live throughout
    for index in range(len(spared)):
        assert sampler.longest_still(index) < 2.0
        assert sampler.never_fell(index)
    qtbot.waitUntil(lambda: bool(flushed), timeout=30_000)
    qtbot.waitUntil(lambda: pump.pushes > map_pushes, timeout=30_000)

    crashes = console.services.status.video_crashes
    assert len(crashes) == 1
    names = {str(t.camera["name"]) for t in hit}
    assert set(crashes[0].cameras) == names
    assert ("killed by signal" in crashes[0].reason) or "crash" in crashes[0].reason
    assert any(
        "died" in r.getMessage() and all(n in r.getMessage() for n in names)
        for r in caplog.records
    )

    panel = SystemStatusPanel(console.services)  # what the operator reads there
    rows = {
        panel.tree.topLevelItem(i).text(0): panel.tree.topLevelItem(i)
        for i in range(panel.tree.topLevelItemCount())
    }
    section = rows["Video workers"]
    texts = {section.child(i).text(0): section.child(i) for i in range(section.childCount())}
    assert texts["Video workers"].text(1).startswith(f"{len(fresh_pool.workers)} running")
    crashes_row = texts["Worker crashes"]
    assert crashes_row.text(1) == "1" and crashes_row.childCount() == 1
    assert all(n in crashes_row.child(0).text(1) for n in names)
    assert any(t.startswith("Worker ") and "MB" in texts[t].text(1) for t in texts)
    panel.deleteLater()


def test_a_camera_that_crashes_its_worker_every_time_plays_alone_and_the_others_play_on(
    qtbot, fresh_pool, tiles_window, streams, monkeypatch
):
    bad = streams.camera("cam-03")
    monkeypatch.setenv("IOC_VIDEO_WORKER_CRASH_URL", "/cam-03/")
    status = AppStatus()  # what System status would show
    fresh_pool.report_to(SimpleNamespace(status=status, settings={}))
    cameras = [streams.camera("cam-01"), bad, streams.camera("cam-05")]
    tiles = tiles_window(cameras)
    good = [tiles[0], tiles[2]]
    qtbot.waitUntil(
        lambda: fresh_pool.plan.isolated_streams(_now()) != [], timeout=LIVE_MS
    )
    assert fresh_pool.plan.isolated_streams(_now()) == [tiles[1].url]
    qtbot.waitUntil(lambda: all(live(t) for t in good), timeout=LIVE_MS)
    crashes_then = len(fresh_pool.crashes)
    sampler = FrameSampler(good)
    qtbot.waitUntil(lambda: len(fresh_pool.crashes) >= crashes_then + 2, timeout=LIVE_MS)
    sampler.stop()
    for index, tile in enumerate(good):  # the bad camera's crashes no longer touch them
        assert live(tile) and sampler.never_fell(index)
        assert sampler.longest_still(index) < 2.0
    for crash in fresh_pool.crashes[crashes_then:]:
        assert crash.cameras == (bad["name"],)
    assert status.video_isolated == (bad["name"],)
    assert status.video_crashes[-1].cameras == (bad["name"],)
    assert good[0].url not in fresh_pool.plan.isolated_streams(_now())


def test_a_worker_past_its_memory_budget_is_replaced_without_a_black_tile(
    qtbot, fresh_pool, tiles_window, streams
):
    tiles = tiles_window([streams.camera("cam-01"), streams.camera("cam-05")])
    qtbot.waitUntil(lambda: all(live(t) for t in tiles), timeout=LIVE_MS)
    before = {worker_of(fresh_pool, t) for t in tiles}
    states: list = []
    for tile in tiles:
        tile.stateChanged.connect(states.append)
    qtbot.waitUntil(lambda: all(grab_colours(t) > 12 for t in tiles), timeout=10_000)
    sampler = FrameSampler(tiles)
    pictures = PictureSampler(tiles)
    fresh_pool.plan.memory_mb = 1  # every worker is past it: replaced one after the other
    qtbot.waitUntil(lambda: fresh_pool.recycled >= 2, timeout=LIVE_MS)
    fresh_pool.plan.memory_mb = 400
    sampler.stop()
    pictures.stop()
    assert pictures.grabs > 10 and min(pictures.fewest) > 12  # a picture on every grab
    assert states == []  # live throughout
    assert {worker_of(fresh_pool, t) for t in tiles}.isdisjoint(before)
    for index, tile in enumerate(tiles):
        assert live(tile) and tile.surface.isVisible() and not tile.message.isVisible()
        assert sampler.never_fell(index)  # the count goes on across the switch
        assert sampler.longest_still(index) < 2.0


def _now() -> float:
    import time

    return time.monotonic()


def test_a_replacement_that_dies_before_its_first_picture_leaves_the_old_worker_playing(
    qtbot, fresh_pool, tiles_window, streams
):
    tiles = tiles_window([streams.camera("cam-01")])
    qtbot.waitUntil(lambda: live(tiles[0]), timeout=LIVE_MS)
    old = worker_of(fresh_pool, tiles[0])
    states: list = []
    tiles[0].stateChanged.connect(states.append)
    sampler = FrameSampler(tiles)
    fresh_pool.plan.memory_mb = 1
    qtbot.waitUntil(lambda: fresh_pool._recycling is not None, timeout=LIVE_MS)
    fresh_pool.plan.memory_mb = 400
    new = fresh_pool._recycling[1]
    os.kill(fresh_pool.workers[new].pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: new not in fresh_pool.workers, timeout=5_000)
    assert fresh_pool._recycling is None and worker_of(fresh_pool, tiles[0]) == old
    assert not fresh_pool.plan.workers[old].retiring  # it takes players again
    before = tiles[0].stats()[0]
    qtbot.waitUntil(lambda: tiles[0].stats()[0] > before + 25, timeout=10_000)
    sampler.stop()
    assert states == [] and sampler.never_fell(0) and sampler.longest_still(0) < 2.0
    assert [c.cameras for c in fresh_pool.crashes] == [(tiles[0].camera["name"],)]  # logged
