"""A player process of the video benchmarks (``video_child.py``), and what it reported."""

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

import requests

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("video_child.py")
USER = ("operator", "operator-demo")


def camera_files(backend, folder: Path, counts: tuple[int, ...]) -> dict[int, Path]:
    """Files naming ``n`` online cameras with HTTP sub streams, for each n."""
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
    for n in counts:
        path = folder / f"cameras-{n}.json"
        chosen = [playable[i % len(playable)] for i in range(n)]  # a camera twice if need be
        path.write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
        files[n] = path
    return files


class Child:
    """One player process and what it reported."""

    def __init__(
        self, mode: str, cameras: Path, surface: str = "", env: dict[str, str] | None = None
    ) -> None:
        self.count = len(json.loads(cameras.read_text(encoding="utf-8")))
        self.surface = ""
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), mode, str(cameras), *([surface] if surface else [])],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, **(env or {})},
        )
        self.first: dict[int, float] = {}
        self.firsts: list[float] = []  # every first picture, across renewals
        self.samples: list[tuple[float, float, int, int, int]] = []
        self.states: dict[int, str] = {}
        self.live_at: dict[int, float] = {}
        self.frames: list[tuple[float, int, int, int]] = []  # time, shown, decoded, lost
        self.totals: list[tuple[float, float, int]] = []  # time, CPU s, RSS kB with workers
        self.killed: list[tuple[float, list[int]]] = []  # a worker killed: time, its tiles
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
                self.firsts.append(float(parts[2]))
            elif parts[0] == "SAMPLE":
                self.samples.append(
                    (float(parts[1]), float(parts[2]), int(parts[3]), int(parts[4]), int(parts[5]))
                )
                self.frames.append((float(parts[1]), int(parts[4]), int(parts[6]), int(parts[7])))
                self.totals.append((float(parts[1]), float(parts[8]), int(parts[9])))
            elif parts[0] == "KILLED":
                self.killed.append((float(parts[1]), [int(p) for p in parts[2:]]))
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

    def steady(self, seconds: float) -> dict[str, float]:
        """Over the next ``seconds``: CPU % of one core and mean RSS (MB) of this process with
        its video workers (``cpu``, ``rss``) and alone (``cpu_own``, ``rss_own``), and pictures
        shown per second per tile (``fps``)."""
        start = len(self.samples)
        time.sleep(seconds)
        own, total = self.samples[start:], self.totals[start:]
        (t0, c0, _, p0, _), (t1, c1, _, p1, _) = own[0], own[-1]
        span = t1 - t0
        return {
            "cpu": 100 * (total[-1][1] - total[0][1]) / span,
            "rss": statistics.mean(s[2] for s in total) / 1024,
            "cpu_own": 100 * (c1 - c0) / span,
            "rss_own": statistics.mean(s[2] for s in own) / 1024,
            "fps": (p1 - p0) / span / self.count,
        }

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


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[round(0.95 * (len(ordered) - 1))]
