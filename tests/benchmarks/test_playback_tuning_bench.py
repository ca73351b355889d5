"""Live-tuned playback: libVLC's media options for live camera streams, measured side by side.

Bare libVLC players (4 sub-stream tiles, one process per candidate) play the demo streamer's
live MPEG-TS over HTTP (a keyframe every second) with each candidate set of media options:
network caching 100 … 1,000 ms and clock options. For each: the time from play to the first
picture over several rounds of fresh players (median, p95), then the pictures shown per second,
the pictures dropped late per minute (all tiles), and CPU. The
baseline is libVLC's default (1,000 ms network caching, no clock option), in the same run.

    IOC_BENCH_TUNING_ROUNDS=6 IOC_BENCH_STEADY_S=20 make bench    (the defaults)
"""

from __future__ import annotations

import json
import os
import statistics
import time

import pytest
from video_children import Child, camera_files, p95

from ioc_console.core.video.playback import MEDIA_OPTIONS
from ioc_console.demo.backend import DemoBackend

ROUNDS = int(os.environ.get("IOC_BENCH_TUNING_ROUNDS", "6"))
STEADY_S = float(os.environ.get("IOC_BENCH_STEADY_S", "20"))
SURFACE = "636x356"  # a tile's video surface in a 2x2 grid of the 1280x760 window
BASELINE = (":network-caching=1000", ":no-audio")
CANDIDATES = (
    (":network-caching=1000", ":no-audio", ":clock-jitter=0"),
    (":network-caching=100", ":no-audio", ":clock-jitter=0"),
    (":network-caching=200", ":no-audio", ":clock-jitter=0"),
    (":network-caching=300", ":no-audio", ":clock-jitter=0"),
    (":network-caching=400", ":no-audio", ":clock-jitter=0"),
    (":network-caching=300", ":no-audio"),
    (":network-caching=300", ":no-audio", ":clock-synchro=0"),
    (":network-caching=300", ":no-audio", ":clock-jitter=0", ":clock-synchro=0"),
)
if os.environ.get("IOC_BENCH_TUNING_OPTIONS"):  # a JSON list of option lists, to look closer
    CANDIDATES = tuple(tuple(o) for o in json.loads(os.environ["IOC_BENCH_TUNING_OPTIONS"]))


@pytest.fixture(scope="module")
def cameras(tmp_path_factory):
    demo = DemoBackend(seed=1, rate=0)
    demo.start()
    try:
        yield camera_files(demo, tmp_path_factory.mktemp("cams"), (4,))[4]
    finally:
        demo.stop()
        demo.streamer.close()


def measure(cameras, options: tuple[str, ...]) -> dict:
    child = Child("bare", cameras, SURFACE, env={"IOC_BENCH_MEDIA_OPTIONS": json.dumps(options)})
    try:
        child.all_first()  # the streamer's streams start with the first round: not counted
        warm = len(child.firsts)
        for _ in range(ROUNDS):
            child.first.clear()
            child.send("renew")
            child.all_first()
        firsts = child.firsts[warm:]
        time.sleep(3)
        start = len(child.frames)
        cpu = child.steady(STEADY_S)["cpu"]
        (t0, s0, _, l0), (t1, s1, _, l1) = child.frames[start], child.frames[-1]
        return {
            "first": statistics.median(firsts),
            "p95": p95(firsts),
            "cpu": cpu,
            "fps": (s1 - s0) / (t1 - t0) / child.count,
            "late": (l1 - l0) / (t1 - t0) * 60,
        }
    finally:
        child.close()


@pytest.mark.timeout(600 + 12 * (STEADY_S + 10 * ROUNDS))
def test_media_options_for_live_streams(cameras):
    print()
    print(f"bare libVLC, 4 sub-stream tiles, {ROUNDS} rounds of fresh players, ", end="")
    print(f"steady {STEADY_S:.0f} s")
    print(
        f"  {'media options':<58} {'first':>6} {'p95':>6} {'fps':>5} "
        f"{'late/min':>8} {'CPU %':>6} {'ratio':>5}"
    )
    base = measure(cameras, BASELINE)
    chosen = tuple(MEDIA_OPTIONS)
    rows = [(BASELINE, base), *((o, measure(cameras, o)) for o in (*CANDIDATES, chosen))]
    for options, m in rows:
        name = " ".join(o.lstrip(":") for o in options if o != ":no-audio")
        name = ("chosen: " if options == chosen else "") + name
        print(
            f"  {name:<58} {m['first'] * 1000:4.0f}ms {m['p95'] * 1000:4.0f}ms {m['fps']:5.1f} "
            f"{m['late']:8.1f} {m['cpu']:6.1f} {m['cpu'] / base['cpu']:5.2f}"
        )
    print("  (first: median play → first picture; ratio: CPU against the first row, default)")
