"""What the video workers themselves cost and give, measured in the same run against the demo
streamer:

- a worker's death (SIGKILL) → its tiles live again in another worker, over several kills,
  beside a fresh bare player's time to its first picture;
- tiles per worker (1, 2, 4, 8) at 16 sub-stream tiles: CPU and memory of the console with its
  workers, beside bare libVLC players and the in-process player of before — the measurement
  behind ``TILES_PER_WORKER`` (``core/video/worker_plan.py``).

    IOC_BENCH_KILLS=10 IOC_BENCH_STEADY_S=20 make bench    (the defaults)
"""

from __future__ import annotations

import os
import statistics
import time

import pytest
from video_children import Child, camera_files, p95

from ioc_console.demo.backend import DemoBackend

KILLS = int(os.environ.get("IOC_BENCH_KILLS", "10"))
STEADY_S = float(os.environ.get("IOC_BENCH_STEADY_S", "20"))
PER_WORKER = (1, 2, 4, 8)


@pytest.fixture(scope="module")
def cameras(tmp_path_factory):
    demo = DemoBackend(seed=1, rate=0)
    demo.start()
    try:
        yield camera_files(demo, tmp_path_factory.mktemp("cams"), (8, 16))
    finally:
        demo.stop()
        demo.streamer.close()


@pytest.mark.timeout(KILLS * 90 + 300)
def test_a_killed_workers_tiles_are_live_again(cameras):
    bare = Child("bare", cameras[8], "420x230")
    try:
        bare.all_first()
        bare.first.clear()
        bare.send("renew")
        bare.all_first()
        fresh = statistics.median(bare.firsts[8:])
    finally:
        bare.close()
    child = Child("console", cameras[8], env={"IOC_BENCH_TILES_PER_WORKER": "4"})
    times: list[float] = []  # kill → each of its tiles live
    whole: list[float] = []  # kill → the last of its tiles live
    try:
        child.all_in(("live",), 60)
        for n in range(KILLS):
            time.sleep(3)
            child.live_at.clear()
            child.send("kill")
            child.wait(lambda n=n: len(child.killed) > n, 10, "the worker killed")
            at, hit = child.killed[n]
            child.wait(lambda h=hit: all(i in child.live_at for i in h), 60, "tiles live again")
            child.all_in(("live",), 60)
            lives = [child.live_at[i] - at for i in hit]
            times.extend(lives)
            whole.append(max(lives))
    finally:
        child.close()
    print()
    print(f"a worker killed (SIGKILL) {KILLS} times, 8 tiles in workers of 4")
    print(f"  fresh bare player, play to first picture (baseline)  {fresh * 1000:6.0f} ms")
    print(
        f"  killed → a tile live again   median {statistics.median(times) * 1000:6.0f} ms"
        f"  p95 {p95(times) * 1000:6.0f} ms  max {max(times) * 1000:6.0f} ms"
        f"  ratio (median) {statistics.median(times) / fresh:5.2f}"
    )
    print(
        f"  killed → all its tiles live  median {statistics.median(whole) * 1000:6.0f} ms"
        f"  max {max(whole) * 1000:6.0f} ms"
    )


def steady(mode: str, cameras, surface: str = "", env: dict | None = None) -> dict:
    child = Child(mode, cameras, surface, env)
    try:
        child.all_first(90)
        time.sleep(5)  # past start-up
        return {**child.steady(STEADY_S), "surface": child.surface}
    finally:
        child.close()


@pytest.mark.timeout(6 * (STEADY_S + 120) + 300)
def test_tiles_per_worker_at_16_tiles(cameras):
    before = steady("inprocess", cameras[16])
    bare = steady("bare", cameras[16], before["surface"])
    rows = [("bare", bare), ("in-process", before)]
    for n in PER_WORKER:
        env = {"IOC_BENCH_TILES_PER_WORKER": str(n)}
        rows.append((f"{n} per worker", steady("console", cameras[16], env=env)))
    print()
    print(f"16 sub-stream tiles, steady {STEADY_S:.0f} s; CPU and RSS with the video workers")
    print(
        f"  {'':14} {'CPU %':>6} {'ratio':>5} {'RSS MB':>7} {'ratio':>5} {'console MB':>10} "
        f"{'fps/tile':>8}"
    )
    for name, m in rows:
        print(
            f"  {name:14} {m['cpu']:6.1f} {m['cpu'] / bare['cpu']:5.2f} {m['rss']:7.0f} "
            f"{m['rss'] / bare['rss']:5.2f} {m['rss_own']:10.0f} {m['fps']:8.1f}"
        )
    print("  (ratio: against bare players; a warm spare worker is counted with the workers)")
