"""A worker process plays the demo cameras into native windows of the test process (Xvfb),
driven over its pipes the way the console drives it."""

from __future__ import annotations

from screen_pixels import colours

from ioc_console.core.video.protocol import (
    Crop,
    Event,
    Log,
    Play,
    Snapshot,
    SnapshotDone,
    Stats,
    Stop,
)

LIVE_S = 30.0  # generous: two cores shared with other test runs


def frames(slot: int, more_than: int = 0):
    """A matcher: a heartbeat in which ``slot`` displayed more than ``more_than`` frames."""
    return lambda r: (
        isinstance(r, Stats) and slot in r.slots and r.slots[slot].displayed > more_than
    )


def test_a_worker_plays_a_camera_into_a_window_and_counts_its_frames(
    start_worker, sub_url, surface, qtbot
):
    worker = start_worker()
    worker.hello()
    window = surface()
    assert colours(surface.grab(window)) == 1  # black before
    worker.send(Play(1, sub_url("cam-01"), window, label="cam-01"))
    worker.wait_for(lambda r: r == Event(1, "playing"), LIVE_S, "the playing event")
    first = worker.wait_for(frames(1), LIVE_S, "frames displayed")
    # the other process's picture is on the screen, in this process's window, and it moves
    qtbot.waitUntil(lambda: colours(surface.grab(window)) > 12, timeout=10_000)
    picture = surface.grab(window)
    qtbot.waitUntil(lambda: surface.grab(window) != picture, timeout=10_000)
    later = worker.wait_for(frames(1, first.slots[1].displayed + 25), LIVE_S, "more frames")
    assert later.slots[1].decoded >= later.slots[1].displayed
    assert (later.slots[1].width, later.slots[1].height) == (480, 270)
    assert later.rss_kb > 10_000

    worker.send(Stop(1))
    since = len(worker.reports)
    worker.wait_for(lambda r: isinstance(r, Stats) and 1 not in r.slots, 10, "slot 1 gone", since)


def test_two_players_in_one_worker_each_report_their_own_frames(start_worker, sub_url, surface):
    worker = start_worker()
    worker.hello()
    worker.send(Play(1, sub_url("cam-02"), surface()))
    worker.send(Play(2, sub_url("cam-03"), surface()))
    worker.wait_for(lambda r: frames(1, 25)(r) and frames(2, 25)(r), LIVE_S, "both play")
    worker.send(Stop(1))
    since = len(worker.reports)
    stats = worker.wait_for(
        lambda r: isinstance(r, Stats) and 1 not in r.slots, 10, "slot 1 stopped", since
    )
    later = worker.wait_for(
        frames(2, stats.slots[2].displayed + 25), LIVE_S, "slot 2 plays on", since
    )
    assert set(later.slots) == {2}


def test_a_snapshot_is_a_png_of_the_full_picture(start_worker, sub_url, surface, tmp_path):
    worker = start_worker()
    worker.hello()
    worker.send(Play(1, sub_url("cam-04"), surface((160, 90))))
    worker.wait_for(frames(1, 5), LIVE_S, "frames displayed")
    path = tmp_path / "shots" / "cam-04.png"
    worker.send(Snapshot(1, str(path), request=7))
    done = worker.wait_for(lambda r: isinstance(r, SnapshotDone), 20, "the snapshot")
    assert done == SnapshotDone(7, True, "")
    png = path.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (480, 270)
    # a slot without a player: refused, the worker carries on
    worker.send(Snapshot(9, str(tmp_path / "none.png"), request=8))
    refused = worker.wait_for(lambda r: isinstance(r, SnapshotDone) and r.request == 8, 10)
    assert not refused.ok and "slot 9" in refused.detail
    assert not (tmp_path / "none.png").exists()


def test_a_cropped_player_keeps_playing_and_can_be_uncropped(start_worker, sub_url, surface):
    worker = start_worker()
    worker.hello()
    worker.send(Play(1, sub_url("cam-05"), surface()))
    first = worker.wait_for(frames(1, 5), LIVE_S, "frames displayed")
    worker.send(Crop(1, "240x135+120+60"))
    cropped = worker.wait_for(frames(1, first.slots[1].displayed + 25), LIVE_S, "frames cropped")
    worker.send(Crop(1, ""))
    worker.wait_for(frames(1, cropped.slots[1].displayed + 25), LIVE_S, "frames uncropped")
    assert worker.process.poll() is None


def test_a_window_that_is_gone_is_an_error_not_a_window_of_its_own(start_worker, sub_url):
    """libVLC given a window id that does not exist opens a top-level window of its own on
    the operator's screen; the worker plays nothing there and says why."""
    worker = start_worker()
    worker.hello()
    worker.send(Play(3, sub_url("cam-06"), 0x7777777))
    error = worker.wait_for(lambda r: isinstance(r, Event), 20, "an event")
    assert error == Event(3, "error", "window 0x7777777 does not exist")
    worker.wait_for(lambda r: isinstance(r, Log) and "0x7777777" in r.text, 5, "a log line")
    since = len(worker.reports)
    stats = worker.wait_for(lambda r: isinstance(r, Stats), 5, "a heartbeat", since)
    assert stats.slots == {}  # no player: no window of libVLC's own


def test_a_slot_stopped_while_its_snapshot_is_taken_answers_and_is_released(
    start_worker, sub_url, surface, tmp_path
):
    worker = start_worker()
    worker.hello()
    worker.send(Play(1, sub_url("cam-10"), surface()))
    worker.wait_for(frames(1, 5), LIVE_S, "frames displayed")
    worker.send(Snapshot(1, str(tmp_path / "cam-10.png"), request=1))
    worker.send(Stop(1))
    worker.wait_for(lambda r: isinstance(r, SnapshotDone) and r.request == 1, 20, "an answer")
    since = len(worker.reports)
    worker.wait_for(lambda r: isinstance(r, Stats) and not r.slots, 10, "no slot left", since)
    assert worker.process.poll() is None


def test_players_started_and_stopped_in_quick_succession_leave_one_playing(
    start_worker, sub_url, surface
):
    """A flapping camera: the console reconnects again and again, each time in a new slot."""
    worker = start_worker()
    worker.hello()
    window = surface()
    for slot in range(1, 21):
        worker.send(Play(slot, sub_url("cam-11"), window))
        if slot < 20:
            worker.send(Stop(slot))
    last = worker.wait_for(frames(20, 25), LIVE_S, "the last one plays")
    assert set(last.slots) == {20}
