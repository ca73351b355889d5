"""The video wall beside bare libVLC, measured in the same run against the demo streamer, for
the tiles playing through video workers (``workers``, today's design) and for the tiles with
libVLC in the console's own process (``in-process``, the design before issue 17):

- with 4, 9 and 16 sub-stream tiles: CPU and memory (the console's process with its video
  workers) beside the same streams in bare libVLC players drawing into plain native widgets of
  a plain process (the ratio is the console's overhead), and the time from play to the first
  picture (median and p95 over rounds of the tiles' cameras set again);
- reconnect time over stop/start cycles of the streamer (from the streamer's return to the
  tile live again), beside a fresh bare player's time to its first picture;
- memory slope under reconnect churn (a leak shows as a slope): the console's process alone
  and with its workers, beside bare players released and recreated in the same churn.

    make bench
    IOC_BENCH_CYCLES=20 IOC_BENCH_CHURN_S=1200 IOC_BENCH_ROUNDS=3 make bench    (the defaults)

The demo streamer runs in this process; each player process is a child, measured alone.
Worker figures: a tile learns of its pictures from its worker's heartbeat (every 0.25 s).
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pytest
from video_children import Child, camera_files, p95

from ioc_console.demo.backend import DemoBackend

STEADY_S = float(os.environ.get("IOC_BENCH_STEADY_S", "20"))
CYCLES = int(os.environ.get("IOC_BENCH_CYCLES", "20"))
CHURN_S = float(os.environ.get("IOC_BENCH_CHURN_S", "1200"))
ROUNDS = int(os.environ.get("IOC_BENCH_ROUNDS", "3"))
CHURN_DOWN_S, CHURN_UP_S = 6.0, 20.0
DESIGNS = (("in-process", "inprocess"), ("workers", "console"))


@pytest.fixture(scope="module")
def backend():
    demo = DemoBackend(seed=1, rate=0)
    demo.start()
    yield demo
    demo.stop()
    demo.streamer.close()


@pytest.fixture(scope="module")
def cameras(backend, tmp_path_factory):
    return camera_files(backend, tmp_path_factory.mktemp("cams"), (4, 9, 16))


def measure(mode: str, cameras: Path, surface: str = "", env: dict | None = None) -> dict:
    """Steady figures, and first pictures over ``ROUNDS`` rounds after the first (which starts
    the streamer's streams too)."""
    child = Child(mode, cameras, surface, env)
    try:
        child.all_first()
        warm = len(child.firsts) if ROUNDS else 0
        for _ in range(ROUNDS):
            child.first.clear()
            child.send("renew")
            child.all_first()
        time.sleep(5)  # past start-up
        figures = child.steady(STEADY_S)
        firsts = child.firsts[warm:]
        return {
            **figures,
            "first": statistics.median(firsts),
            "p95": p95(firsts),
            "surface": child.surface,
        }
    finally:
        child.close()


def slopes(samples: list[tuple]) -> tuple[float, float]:
    """Least-squares slopes of RSS (the third of each sample) over time (kB/min) and over the
    players created (the fifth; kB per player), leaving out the first tenth (warm-up)."""
    kept = samples[len(samples) // 10 :]
    t0 = kept[0][0]
    ys = [s[2] for s in kept]
    per_minute = statistics.linear_regression([(s[0] - t0) / 60 for s in kept], ys).slope
    made = [s[4] for s in kept]
    same = len(set(made)) == 1
    per_player = 0.0 if same else statistics.linear_regression(made, ys).slope
    return per_minute, per_player


@pytest.mark.timeout(12 * STEADY_S + 1200)
def test_cpu_memory_and_first_picture_with_4_9_and_16_tiles(cameras):
    print()
    print(f"sub-stream tiles, steady {STEADY_S:.0f} s; CPU and RSS with the video workers")
    print(
        f"  {'tiles':>5} {'':10} {'CPU %':>6} {'ratio':>5} {'RSS MB':>7} {'console':>7} "
        f"{'fps/tile':>8} {'first pic':>9} {'p95':>7}"
    )
    for n in (4, 9, 16):
        rows = {name: measure(mode, cameras[n]) for name, mode in DESIGNS}
        bare = measure("bare", cameras[n], rows["in-process"]["surface"])
        for name, m in (("bare", bare), *rows.items()):
            print(
                f"  {n:>5} {name:10} {m['cpu']:6.1f} {m['cpu'] / bare['cpu']:5.2f} "
                f"{m['rss']:7.1f} {m['rss_own']:7.1f} {m['fps']:8.1f} "
                f"{m['first'] * 1000:7.0f}ms {m['p95'] * 1000:5.0f}ms"
            )
    print("  (ratio: CPU against bare players; console: RSS of the console's process alone)")


def reconnects(backend, cameras: Path, mode: str) -> list[float]:
    child = Child(mode, cameras)
    times: list[float] = []
    try:
        child.all_in(("live",), 60)
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
    return sorted(times)


@pytest.mark.timeout(2 * CYCLES * 120 + 300)
def test_reconnect_over_streamer_cycles(backend, cameras):
    bare = Child("bare", cameras[4], "636x356")
    try:
        bare.all_first()
        for _ in range(ROUNDS):
            bare.first.clear()
            bare.send("renew")
            bare.all_first()
        fresh = statistics.median(bare.firsts[4:] or bare.firsts)
    finally:
        bare.close()
    print()
    print(f"reconnect: {CYCLES} stop/start cycles of the streamer, 4 tiles")
    print(f"  fresh bare player, play to first picture (baseline)  {fresh * 1000:7.0f} ms")
    for name, mode in DESIGNS:
        times = reconnects(backend, cameras[4], mode)
        median = statistics.median(times)
        print(
            f"  {name:10} streamer back to live: median {median * 1000:5.0f} ms"
            f"  p95 {p95(times) * 1000:5.0f} ms  max {times[-1] * 1000:5.0f} ms"
            f"  ratio (median) {median / fresh:5.2f}  ({len(times)} returns)"
        )


@pytest.mark.timeout(CHURN_S + 600)
def test_memory_slope_under_reconnect_churn(backend, cameras):
    children = {name: Child(mode, cameras[4]) for name, mode in DESIGNS}
    for child in children.values():
        child.all_in(("live",), 60)
    bare = Child("bare", cameras[4], children["in-process"].surface_size())
    children = {"bare": bare, **children}
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
        for child in children.values():
            child.close()
        backend.streamer.start()
    print()
    print(
        f"memory under churn: {CHURN_S / 60:.0f} min, {cycles} streamer stop/start cycles, 4 tiles"
    )
    print(
        f"  {'':10} {'process kB/min':>14} {'kB/player':>9} {'with workers kB/min':>19} "
        f"{'players':>7} {'RSS first/last MB':>17} {'with workers':>12}"
    )
    for name, child in children.items():
        own, per_player = slopes(child.samples)
        total, _ = slopes([(t, c, kb, 0, 0) for t, c, kb in child.totals])
        first, last = child.samples[0][2] / 1024, child.samples[-1][2] / 1024
        all_first, all_last = child.totals[0][2] / 1024, child.totals[-1][2] / 1024
        print(
            f"  {name:10} {own:14.1f} {per_player:9.1f} {total:19.1f} {child.samples[-1][4]:7d}"
            f" {first:8.0f}/{last:<8.0f} {all_first:6.0f}/{all_last:<6.0f}"
        )
    print(
        "  (bare: players released and recreated once a cycle; the tiles reconnect by themselves)"
    )
