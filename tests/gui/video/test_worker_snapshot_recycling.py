"""A snapshot asked for while its tile's worker is being replaced gets the old worker's picture:
the old worker is stopped only once it has answered. Driven with a stand-in worker that speaks
the protocol (each slot shows frames at once; a snapshot takes a second)."""

from __future__ import annotations

import sys
import textwrap
import time

import pytest

from ioc_console.gui.video import worker_process
from ioc_console.gui.video.player import VideoPlayer

STAND_IN = textwrap.dedent(
    """
    import os, sys, threading, time, queue
    from ioc_console.core.video import protocol as p
    inbox = queue.SimpleQueue()
    threading.Thread(target=lambda: [inbox.put(l) for l in sys.stdin.buffer] + [inbox.put(None)],
                     daemon=True).start()
    def say(m):
        sys.stdout.buffer.write(p.encode(m)); sys.stdout.buffer.flush()
    slots, answers, frames = set(), [], 0
    while True:
        try:
            line = inbox.get(timeout=0.1)
        except queue.Empty:
            line = b""
        if line is None:
            break
        if line.strip():
            m = p.decode(line)
            if isinstance(m, p.Hello):
                say(p.Ready(p.VERSION, os.getpid(), "stand-in", ""))
            elif isinstance(m, p.Play):
                slots.add(m.slot)
            elif isinstance(m, p.Stop):
                slots.discard(m.slot)
            elif isinstance(m, p.Snapshot):
                answers.append((time.monotonic() + 1.0, m.request))
            elif isinstance(m, p.Quit):
                break
        for due, request in [a for a in answers if a[0] <= time.monotonic()]:
            answers.remove((due, request))
            say(p.SnapshotDone(request, True, ""))
        frames += 3
        say(p.Stats(1000, {s: p.FrameStats(frames, frames, 480, 270) for s in slots}))
    """
)


@pytest.fixture
def stand_in_workers(monkeypatch):
    monkeypatch.setattr(
        worker_process, "worker_command", lambda *extra: [sys.executable, "-c", STAND_IN]
    )


def test_a_snapshot_during_a_replacement_is_answered_by_the_old_worker(
    qtbot, stand_in_workers, fresh_pool
):
    player = VideoPlayer()
    player._active = True  # as play() leaves it; the pool is driven by hand from here
    fresh_pool.open(player, "http://127.0.0.1:9/cam.ts", 12345, ())
    _slot, old = fresh_pool.slot_of(player)
    qtbot.waitUntil(lambda: player.stats()[1] > 0, timeout=20_000)
    answers: list[bool] = []
    player.snapshot("/tmp/unused.png", answers.append)  # answered in a second
    fresh_pool._recycle(old, "memory", time.monotonic())
    new = fresh_pool._recycling[1]
    qtbot.waitUntil(lambda: fresh_pool.slot_of(player)[1] == new, timeout=20_000)
    qtbot.waitUntil(lambda: answers != [], timeout=5_000)
    assert answers == [True]  # not failed because its worker was let go
    qtbot.waitUntil(lambda: old not in fresh_pool.workers, timeout=5_000)
    assert fresh_pool._recycling is None and fresh_pool.recycled == 1
