"""The video wall beside bare libVLC, measured in the same run against the demo streamer:

- with 4 and with 9 sub-stream tiles: CPU and memory of the console's tiles (player, watchdog,
  stream choice, header, clock) beside the same streams in bare libVLC players drawing into
  plain native widgets of a plain process (the ratio is the console's overhead), and the time
  from play to the first picture;
- reconnect time over stop/start cycles of the streamer (from the streamer's return to the
  tile live again), beside a fresh bare player's time to its first picture;
- memory slope under reconnect churn (a leak shows as a slope), beside bare players released
  and recreated in the same churn.

    make bench
    IOC_BENCH_CYCLES=20 IOC_BENCH_CHURN_S=1200 make bench    (the defaults)

The demo streamer runs in this process; each player process is a child, measured alone.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pytest
from video_children import Child, camera_files

from ioc_console.demo.backend import DemoBackend

STEADY_S = float(os.environ.get("IOC_BENCH_STEADY_S", "20"))
CYCLES = int(os.environ.get("IOC_BENCH_CYCLES", "20"))
CHURN_S = float(os.environ.get("IOC_BENCH_CHURN_S", "1200"))
CHURN_DOWN_S, CHURN_UP_S = 6.0, 20.0


@pytest.fixture(scope="module")
def backend():
    demo = DemoBackend(seed=1, rate=0)
    demo.start()
    yield demo
    demo.stop()
    demo.streamer.close()


@pytest.fixture(scope="module")
def cameras(backend, tmp_path_factory):
    return camera_files(backend, tmp_path_factory.mktemp("cams"), (4, 9))


def measure(mode: str, cameras: Path, surface: str = "") -> dict:
    child = Child(mode, cameras, surface)
    try:
        child.all_first()
        time.sleep(5)  # past start-up
        cpu, rss, fps = child.steady(STEADY_S)
        firsts = list(child.first.values())
        return {
            "cpu": cpu,
            "rss": rss,
            "fps": fps,
            "first": statistics.median(firsts),
            "last": max(firsts),
            "surface": child.surface,
        }
    finally:
        child.close()


def slopes(samples: list[tuple[float, float, int, int, int]]) -> tuple[float, float]:
    """Least-squares slopes of RSS over time (kB/min) and over the players created (kB per
    player), leaving out the first tenth (warm-up)."""
    kept = samples[len(samples) // 10 :]
    t0 = kept[0][0]
    ys = [s[2] for s in kept]
    per_minute = statistics.linear_regression([(s[0] - t0) / 60 for s in kept], ys).slope
    per_player = statistics.linear_regression([s[4] for s in kept], ys).slope
    return per_minute, per_player


@pytest.mark.timeout(4 * STEADY_S + 600)
def test_cpu_memory_and_first_picture_with_4_and_9_tiles(cameras):
    print()
    print(f"sub-stream tiles, steady {STEADY_S:.0f} s after every tile shows a picture")
    print(
        f"  {'tiles':>5} {'':8} {'CPU %':>8} {'RSS MB':>8} {'fps/tile':>8} "
        f"{'first pic':>10} {'slowest':>8}"
    )
    for n in (4, 9):
        console = measure("console", cameras[n])
        bare = measure("bare", cameras[n], console["surface"])
        for name, m in (("bare", bare), ("console", console)):
            print(
                f"  {n:>5} {name:8} {m['cpu']:8.1f} {m['rss']:8.1f} {m['fps']:8.1f} "
                f"{m['first'] * 1000:8.0f}ms {m['last'] * 1000:6.0f}ms"
            )
        print(
            f"  {n:>5} {'ratio':8} {console['cpu'] / bare['cpu']:8.2f} "
            f"{console['rss'] / bare['rss']:8.2f} {console['fps'] / bare['fps']:8.2f} "
            f"{console['first'] / bare['first']:10.2f}"
        )


@pytest.mark.timeout(CYCLES * 120 + 300)
def test_reconnect_over_streamer_cycles(backend, cameras):
    child = Child("console", cameras[4])
    times: list[float] = []
    try:
        child.all_in(("live",), 60)
        bare = Child("bare", cameras[4], child.surface_size())
        try:
            bare.all_first()
            fresh = statistics.median(bare.first.values())
        finally:
            bare.close()
        for _ in range(CYCLES):
            backend.streamer.stop()
            child.all_in(("stalled", "reconnecting"), 30)
            time.sleep(2)
            child.live_at.clear()
            back = time.time()
            backend.streamer.start()
            child.all_in(("live",), 60)
            times.extend(at - back for at in child.live_at.values())
    finally:
        child.close()
        backend.streamer.start()
    times.sort()
    p90 = times[int(0.9 * (len(times) - 1))]
    median = statistics.median(times)
    print()
    print(f"reconnect: {CYCLES} stop/start cycles of the streamer, 4 tiles ({len(times)} returns)")
    print(f"  fresh bare player, play to first picture (baseline)  {fresh * 1000:7.0f} ms")
    print(
        f"  tile, streamer back to live   median {median * 1000:7.0f} ms   p90 {p90 * 1000:7.0f} ms"
        f"   max {times[-1] * 1000:7.0f} ms   ratio (median) {median / fresh:5.2f}"
    )


@pytest.mark.timeout(CHURN_S + 600)
def test_memory_slope_under_reconnect_churn(backend, cameras):
    console = Child("console", cameras[4])
    console.all_in(("live",), 60)
    bare = Child("bare", cameras[4], console.surface_size())
    cycles = 0
    try:
        bare.all_first()
        end = time.time() + CHURN_S
        while time.time() < end:
            backend.streamer.stop()
            time.sleep(CHURN_DOWN_S)
            backend.streamer.start()
            bare.send("renew")
            time.sleep(CHURN_UP_S)
            cycles += 1
    finally:
        bare.close()
        console.close()
        backend.streamer.start()
    (b, b_player), (c, c_player) = slopes(bare.samples), slopes(console.samples)
    made = {name: child.samples[-1][4] for name, child in (("bare", bare), ("console", console))}
    print()
    print(
        f"memory under churn: {CHURN_S / 60:.0f} min, {cycles} streamer stop/start cycles, 4 tiles"
    )
    print(
        f"  bare players released and recreated (baseline)  {b:8.1f} kB/min"
        f"  {b_player:6.1f} kB per player created ({made['bare']})"
    )
    print(
        f"  console tiles reconnecting by themselves        {c:8.1f} kB/min"
        f"  {c_player:6.1f} kB per player created ({made['console']})"
    )
    print(f"  ratio per minute {c / b:5.2f}, per player created {c_player / b_player:5.2f}")
    for name, child in (("bare", bare), ("console", console)):
        first, last = child.samples[0][2] / 1024, child.samples[-1][2] / 1024
        print(f"  {name:8} RSS first {first:6.0f} MB, last {last:6.0f} MB")
