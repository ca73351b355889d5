"""The event-loop lag statistics: the last minute's p50/p99/max, and what ran the longest."""

from __future__ import annotations

import time

from ioc_console.core.responsiveness import Activity, LagRecorder


def test_the_figures_cover_the_last_minute_only():
    recorder = LagRecorder(window_s=60)
    recorder.record(2.0, "an old block", at=0.0)  # more than a minute before the others
    for i in range(100):
        recorder.record(0.001 * (i + 1), at=100.0 + i * 0.1)
    lag = recorder.summary(now=110.0)
    assert lag.samples == 100
    assert lag.p50_ms == 50.0 and lag.p99_ms == 99.0 and lag.max_ms == 100.0
    assert lag.slowest is None  # the old block is forgotten with its lag


def test_the_largest_lag_names_what_was_running():
    recorder = LagRecorder()
    recorder.record(0.002, at=1.0)
    recorder.record(0.400, "map: reading and pushing the changes", at=1.5)
    recorder.record(0.003, "something quick", at=2.0)
    assert recorder.summary(now=2.0).slowest == "map: reading and pushing the changes"


def test_no_samples_no_figures():
    assert LagRecorder().summary().samples == 0


def test_activity_keeps_the_longest_work_until_asked():
    work = Activity()
    with work.running("short"):
        pass
    with work.running("long"):
        assert work.current() == "long"
        time.sleep(0.02)  # the work whose length is measured
    seconds, label = work.take()
    assert label == "long" and seconds >= 0.02
    assert work.take() is None and work.current() is None


def test_work_inside_other_work_is_named_by_both():
    work = Activity()
    with work.running("background task result: FeedPump._read_done"):
        with work.running("map: pushing the changes"):
            time.sleep(0.01)  # the work whose length is measured
    _seconds, label = work.take()
    assert label == "background task result: FeedPump._read_done › map: pushing the changes"
