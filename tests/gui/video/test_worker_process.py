"""The console's side of a worker's pipes: malformed lines are logged and skipped, a worker
that dies or falls silent is reported once, and what a dead worker said last reaches nobody."""

from __future__ import annotations

import logging
import sys
import textwrap

from workers import process_running

from ioc_console.core.video import protocol
from ioc_console.gui.video.player import VideoPlayer
from ioc_console.gui.video.worker_process import HEARTBEAT_TIMEOUT_S, WorkerProcess


def fake_worker(body: str) -> list[str]:
    """A stand-in worker: Python that reads Hello and then runs ``body`` (``say(line)``
    writes a raw line to the console)."""
    code = textwrap.dedent(
        """
        import sys, time
        sys.stdin.readline()
        def say(line):
            sys.stdout.write(line + "\\n")
            sys.stdout.flush()
        """
    ) + textwrap.dedent(body)
    return [sys.executable, "-c", code]


READY = '{"type":"ready","version":1,"pid":4242,"libvlc":"3.0.24"}'
STATS = '{"type":"stats","rss_kb":1000,"slots":{"7":[10,9,480,270]}}'


def test_malformed_lines_are_logged_and_skipped_and_the_good_ones_delivered(qtbot, caplog):
    caplog.set_level(logging.DEBUG)
    worker = WorkerProcess(1)
    reports, deaths = [], []
    worker.report.connect(reports.append)
    worker.died.connect(deaths.append)
    body = f"""
    say({READY!r})
    say("this is not JSON")
    say('{{"type":"launch","slot":1}}')
    say('{{"type":"play","slot":1,"url":"http://x","window":5}}')
    say('{{"type":"event","slot":-3,"name":"playing"}}')
    say('{{"type":"stats","rss_kb":1,"slots":{{"1":[1,2]}}}}')
    say("x" * 70000)
    sys.stderr.write("a libVLC warning on stderr\\n"); sys.stderr.flush()
    say({STATS!r})
    say('{{"type":"event","slot":7,"name":"playing"}}')
    time.sleep(0.5)
    sys.exit(3)
    """
    with qtbot.waitSignal(worker.ready, timeout=10_000) as ready:
        worker.start(command=fake_worker(body))
    assert ready.args[0].pid == 4242
    qtbot.waitUntil(lambda: deaths != [], timeout=10_000)
    assert deaths == ["exited with code 3"]
    assert reports == [
        protocol.Stats(1000, {7: protocol.FrameStats(10, 9, 480, 270)}),
        protocol.Event(7, "playing"),
    ]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 5  # at most five a minute; the sixth is counted, not shown
    assert all("malformed line" in w for w in warnings)
    assert any("not a JSON line" in w for w in warnings)
    assert any("a play command from the worker" in w for w in warnings)
    assert any("a libVLC warning on stderr" in r.getMessage() for r in caplog.records)


def test_a_worker_that_falls_silent_is_killed_and_reported_as_hung(qtbot):
    worker = WorkerProcess(2)
    deaths = []
    worker.died.connect(deaths.append)
    worker.start(command=fake_worker(f"say({READY!r})\ntime.sleep(60)\n"))
    pid = worker.process.processId()
    qtbot.waitUntil(lambda: deaths != [], timeout=int(HEARTBEAT_TIMEOUT_S * 1000) + 5_000)
    assert deaths == ["hung"]
    qtbot.waitUntil(lambda: not process_running(pid), timeout=5_000)


def test_a_worker_that_cannot_play_is_reported_once(qtbot):
    worker = WorkerProcess(3)
    deaths = []
    worker.died.connect(deaths.append)
    body = """
    say('{"type":"ready","version":1,"pid":1,"error":"libVLC is not installed"}')
    time.sleep(30)
    """
    worker.start(command=fake_worker(body))
    pid = worker.process.processId()
    qtbot.waitUntil(lambda: deaths != [], timeout=10_000)
    assert deaths == ["not ready: libVLC is not installed"]
    qtbot.waitUntil(lambda: not process_running(pid), timeout=5_000)  # killed, as it cannot play


def test_reports_of_a_dead_worker_or_an_old_slot_reach_no_player(qtbot, fresh_pool):
    player = VideoPlayer()
    events = []
    player.playerEvent.connect(events.append)
    player._active = True  # as play() leaves it; the pool is driven by hand from here
    fresh_pool.open(player, "http://127.0.0.1:9/none.ts", 12345, ())
    slot, worker = fresh_pool.slot_of(player)
    fresh_pool._report(worker + 100, protocol.Event(slot, "error"))  # no such worker
    fresh_pool._report(worker, protocol.Event(slot + 1000, "error"))  # no such slot
    fresh_pool._report(worker, protocol.Stats(1, {slot + 1000: protocol.FrameStats(5, 5)}))
    assert events == [] and player.stats() == (0, 0)
    fresh_pool._report(worker, protocol.Stats(1, {slot: protocol.FrameStats(5, 4, 480, 270)}))
    assert player.stats() == (5, 4) and player.video_size() == (480, 270)
    player.stop_and_release()
    fresh_pool._report(worker, protocol.Event(slot, "error"))  # a stopped slot's last word
    fresh_pool._report(worker, protocol.Stats(1, {slot: protocol.FrameStats(9, 9)}))
    assert events == [] and player.stats() == (0, 0)
    fresh_pool.workers[worker].kill()  # its death afterwards: nobody to tell
    qtbot.waitUntil(lambda: worker not in fresh_pool.workers, timeout=5_000)
    assert events == [] and fresh_pool.crashes == []
