"""What the video workers themselves cost and give, measured in the same run against the demo
streamer:

- a worker's death (SIGKILL) → its tiles live again in another worker, over several kills,
  beside a fresh bare player's time to its first picture;
- tiles per worker (1, 2, 4, 8) at 16 sub-stream tiles: CPU and memory of the console with its
  workers, beside bare libVLC players and the in-process player of before — the measurement
  behind ``TILES_PER_WORKER`` (``core/video/worker_plan.py``);
- the first picture of a tile behind the RTSP relay (a real RTSP camera, GStreamer's server on
  loopback), beside a bare libVLC player on the relay's output; and the time from that
  camera's return (its server stopped and started) to its tiles live again.

    IOC_BENCH_KILLS=10 IOC_BENCH_STEADY_S=20 make bench    (the defaults)
"""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

import pytest
from video_children import Child, camera_files, p95

from ioc_console.demo.backend import DemoBackend

KILLS = int(os.environ.get("IOC_BENCH_KILLS", "10"))
STEADY_S = float(os.environ.get("IOC_BENCH_STEADY_S", "20"))
ROUNDS = int(os.environ.get("IOC_BENCH_ROUNDS", "5"))
CYCLES = int(os.environ.get("IOC_BENCH_CYCLES", "20"))
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


def kill_both_workers(cameras: Path) -> list[list[float]]:
    """A fresh console with 8 tiles in two workers; each worker killed in turn: for each kill,
    the seconds from the kill to each of its tiles live again. (A fresh console each time: a
    stream whose worker died twice within 10 minutes is isolated and backs off.)"""
    child = Child("console", cameras, env={"IOC_BENCH_TILES_PER_WORKER": "4"})
    out = []
    try:
        for n, tile in enumerate((0, 4)):
            child.all_in(("live",), 60)
            time.sleep(3)
            child.live_at.clear()
            child.send(f"kill {tile}")
            child.wait(lambda n=n: len(child.killed) > n, 10, "the worker killed")
            at, hit = child.killed[n]
            child.wait(lambda h=hit: all(i in child.live_at for i in h), 60, "tiles live again")
            out.append([child.live_at[i] - at for i in hit])
    finally:
        child.close()
    return out


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
    times: list[float] = []  # kill → each of its tiles live
    whole: list[float] = []  # kill → the last of its tiles live
    for _ in range((KILLS + 1) // 2):
        for lives in kill_both_workers(cameras[8]):
            times.extend(lives)
            whole.append(max(lives))
    print()
    print(f"a worker killed (SIGKILL) {KILLS} times, 8 tiles in workers of 4 (4 tiles lost)")
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


def first_pictures(mode: str, cameras: Path, surface: str = "") -> list[float]:
    """Play → first picture over ``ROUNDS`` rounds of fresh players, after a first round."""
    child = Child(mode, cameras, surface)
    try:
        child.all_first(90)
        warm = len(child.firsts)
        for _ in range(ROUNDS):
            child.first.clear()
            child.send("renew")
            child.all_first(90)
        return child.firsts[warm:]
    finally:
        child.close()


@pytest.fixture
def rtsp_cameras(cameras, tmp_path):
    """A file naming two RTSP cameras of a real RTSP server on loopback, and the server."""
    from ioc_console.core.video.relay import relay_available
    from ioc_console.demo import rtsp_server

    if not rtsp_server.available() or not relay_available()[0]:
        pytest.skip("needs GStreamer's RTSP server and ffmpeg")
    server = rtsp_server.DemoRtspServer(["/cam-12/sub"])
    server.start()
    records = json.loads(cameras[8].read_text(encoding="utf-8"))[:2]
    for record in records:  # two tiles, each with its own relay, as two RTSP cameras
        record["streams"] = {"main": None, "sub": server.url("/cam-12/sub"), "relay": None}
    path = tmp_path / "rtsp.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    yield path, server
    server.stop()


@pytest.mark.timeout(900)
def test_first_picture_behind_the_rtsp_relay(rtsp_cameras):
    rtsp, _server = rtsp_cameras
    rows = [("bare player", first_pictures("bare", rtsp, "636x356"))]
    rows.append(("tile (worker)", first_pictures("console", rtsp)))
    print()
    print(f"first picture behind the RTSP relay (ffmpeg), 2 tiles, {ROUNDS} rounds")
    for name, firsts in rows:
        print(
            f"  {name:14} play → first picture  median {statistics.median(firsts) * 1000:5.0f} ms"
            f"  p95 {p95(firsts) * 1000:5.0f} ms  ({len(firsts)})"
        )
    print("  (both include the relay's start; the tile learns of its pictures every 0.25 s)")


@pytest.mark.timeout(CYCLES * 90 + 300)
def test_an_rtsp_camera_back_is_live_again(rtsp_cameras):
    rtsp, server = rtsp_cameras
    child = Child("console", rtsp)
    times: list[float] = []
    try:
        child.all_in(("live",), 60)
        for _ in range(CYCLES):
            server.stop()
            child.all_in(("stalled", "reconnecting"), 30)
            time.sleep(2)
            child.live_at.clear()
            back = time.time()
            server.start()
            child.all_in(("live",), 60)
            times.extend(at - back for at in child.live_at.values())
    finally:
        child.close()
    print()
    print(f"RTSP camera (through the relay): {CYCLES} stop/start cycles of the RTSP server")
    print(
        f"  camera back to tile live  median {statistics.median(times) * 1000:5.0f} ms"
        f"  p95 {p95(times) * 1000:5.0f} ms  max {max(times) * 1000:5.0f} ms  ({len(times)})"
    )
