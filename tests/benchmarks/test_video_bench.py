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

import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from ioc_console.demo.backend import DemoBackend

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("video_child.py")
USER = ("operator", "operator-demo")
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
    """Files naming the first 4 and 9 online cameras with HTTP streams."""
    session = requests.Session()
    token = session.post(
        f"{backend.url}/api/v1/auth/token", json={"username": USER[0], "password": USER[1]}
    ).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    items = session.get(f"{backend.url}/api/v1/cameras", params={"limit": 100}).json()["items"]
    playable = [
        c for c in items if c["status"] == "online" and c["streams"]["sub"].startswith("http")
    ]
    files = {}
    for n in (4, 9):
        path = tmp_path_factory.mktemp("cams") / f"cameras-{n}.json"
        path.write_text(json.dumps(playable[:n], ensure_ascii=False), encoding="utf-8")
        files[n] = path
    return files


class Child:
    """One player process and what it reported."""

    def __init__(self, mode: str, cameras: Path, surface: str = "") -> None:
        self.count = len(json.loads(cameras.read_text(encoding="utf-8")))
        self.surface = ""
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), mode, str(cameras), *([surface] if surface else [])],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.first: dict[int, float] = {}
        self.samples: list[tuple[float, float, int, int, int]] = []
        self.states: dict[int, str] = {}
        self.live_at: dict[int, float] = {}
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "SURFACE":
                self.surface = f"{parts[1]}x{parts[2]}"
            elif parts[0] == "FIRST":
                self.first[int(parts[1])] = float(parts[2])
            elif parts[0] == "SAMPLE":
                self.samples.append(
                    (float(parts[1]), float(parts[2]), int(parts[3]), int(parts[4]), int(parts[5]))
                )
            elif parts[0] == "STATE":
                index, state, at = int(parts[1]), parts[2], float(parts[3])
                self.states[index] = state
                if state == "live":
                    self.live_at[index] = at

    def wait(self, condition, timeout: float, what: str) -> None:
        deadline = time.time() + timeout
        while not condition():
            if self.proc.poll() is not None:
                raise AssertionError(f"the player process ended while waiting for {what}")
            if time.time() > deadline:
                raise AssertionError(f"no {what} within {timeout:.0f} s: states {self.states}")
            time.sleep(0.05)

    def surface_size(self) -> str:
        """The console's video surface size, printed with its first picture."""
        self.wait(lambda: self.surface, 60, "the video surface size")
        return self.surface

    def all_first(self, timeout: float = 60) -> None:
        self.wait(lambda: len(self.first) == self.count, timeout, "first pictures")

    def all_in(self, states: tuple[str, ...], timeout: float) -> None:
        self.wait(
            lambda: (
                len(self.states) == self.count and all(s in states for s in self.states.values())
            ),
            timeout,
            f"tiles {'/'.join(states)}",
        )

    def steady(self, seconds: float) -> tuple[float, float, float]:
        """CPU % of one core, mean RSS (MB) and pictures shown per second per tile over the
        next ``seconds``."""
        start = len(self.samples)
        time.sleep(seconds)
        window = self.samples[start:]
        (t0, c0, _, p0, _), (t1, c1, _, p1, _) = window[0], window[-1]
        fps = (p1 - p0) / (t1 - t0) / self.count
        return 100 * (c1 - c0) / (t1 - t0), statistics.mean(s[2] for s in window) / 1024, fps

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


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
