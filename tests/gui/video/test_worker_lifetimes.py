"""Tiles and players that go away while their worker plays: a tile destroyed during playback
(the wall's layout shrinks) costs the tiles sharing its worker nothing; a tile cleared while
its worker is being replaced lets the old worker go at once."""

from __future__ import annotations

import time

import pytest
from camera_streams import BackendStreams
from workers import FrameSampler, process_running

from ioc_console.core.video.watchdog import TileState
from ioc_console.gui.video.player import VideoPlayer

LIVE_MS = 60_000


@pytest.fixture
def streams(backend):
    return BackendStreams(backend)


def test_a_tile_destroyed_while_playing_leaves_its_worker_and_neighbours_playing(
    qtbot, fresh_pool, tiles_window, streams
):
    tiles = tiles_window([streams.camera("cam-01"), streams.camera("cam-05")])
    qtbot.waitUntil(lambda: all(t.state is TileState.LIVE for t in tiles), timeout=LIVE_MS)
    (worker,) = {fresh_pool.slot_of(t._player)[1] for t in tiles}
    survivor, doomed = tiles
    states: list = []
    survivor.stateChanged.connect(states.append)
    sampler = FrameSampler([survivor])
    doomed.setParent(None)
    doomed.deleteLater()  # as the wall does when its layout shrinks
    qtbot.waitUntil(lambda: fresh_pool.plan.workers[worker].players == 1, timeout=5_000)
    before = survivor.stats()[0]
    qtbot.waitUntil(lambda: survivor.stats()[0] > before + 50, timeout=15_000)
    sampler.stop()
    assert fresh_pool.crashes == [] and worker in fresh_pool.workers
    assert states == [] and sampler.never_fell(0) and sampler.longest_still(0) < 2.0


def test_a_worker_whose_last_player_is_closed_during_its_replacement_is_stopped_at_once(
    qtbot, fresh_pool
):
    player = VideoPlayer()
    player._active = True  # as play() leaves it; the pool is driven by hand from here
    fresh_pool.open(player, "http://127.0.0.1:9/none.ts", 12345, ())
    _slot, old = fresh_pool.slot_of(player)
    fresh_pool._recycle(old, "memory", time.monotonic())
    new = fresh_pool._recycling[1]
    player.stop_and_release()  # the tile is cleared before the replacement shows a picture
    qtbot.waitUntil(lambda: old not in fresh_pool.workers, timeout=5_000)
    assert fresh_pool._recycling is None and new in fresh_pool.workers
    assert not fresh_pool.plan.workers[new].players  # the replacement is the spare now


def test_the_pools_shutdown_also_ends_workers_that_were_stopping(qtbot, fresh_pool):
    player = VideoPlayer()
    player._active = True
    fresh_pool.open(player, "http://127.0.0.1:9/none.ts", 12345, ())
    workers = dict(fresh_pool.workers)  # the player's worker and the spare
    qtbot.waitUntil(lambda: all(w.is_ready for w in workers.values()), timeout=20_000)
    player.stop_and_release()
    for worker in list(workers):
        fresh_pool._stop_worker(worker)  # asked to quit (idle), still running
    fresh_pool.shutdown()  # the console quits a moment later
    assert [w.pid for w in workers.values() if process_running(w.pid)] == []


def test_a_replacement_takes_the_warm_spare_and_a_new_spare_follows(
    qtbot, fresh_pool, tiles_window, streams
):
    (tile,) = tiles_window([streams.camera("cam-01")])
    qtbot.waitUntil(lambda: tile.state is TileState.LIVE, timeout=LIVE_MS)
    _slot, old = fresh_pool.slot_of(tile._player)
    qtbot.waitUntil(lambda: fresh_pool.plan.spare() is not None, timeout=10_000)
    spare = fresh_pool.plan.spare()
    fresh_pool._recycle(old, "age", time.monotonic())
    assert fresh_pool._recycling[1] == spare  # no worker started while the spare waited idle
    qtbot.waitUntil(lambda: old not in fresh_pool.workers, timeout=LIVE_MS)
    assert fresh_pool.slot_of(tile._player)[1] == spare and tile.state is TileState.LIVE
    qtbot.waitUntil(lambda: fresh_pool.plan.spare() not in (None, old, spare), timeout=10_000)
