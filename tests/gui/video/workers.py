"""Helpers for the tests of tiles playing through video worker processes: a fresh pool for each
test (the pool is the application's, and a crash's strikes must not leak into the next test),
tiles in a window of their own, and a sampler of frame counts that tells the longest time a
tile's count stood still."""

from __future__ import annotations

import itertools
import os
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QWidget

from ioc_console.gui.video import app_single
from ioc_console.gui.video.capabilities import rtsp_available
from ioc_console.gui.video.tile import VideoTile
from ioc_console.gui.video.worker_pool import WorkerPool, worker_pool


def _drop_pool() -> None:
    pool = app_single._objects.pop(WorkerPool, None)
    if pool is not None:
        pool.shutdown()
        pool.deleteLater()


@pytest.fixture
def fresh_pool(qtbot):
    """A new application pool for this test, its workers stopped after it."""
    _drop_pool()
    pool = worker_pool()
    yield pool
    _drop_pool()


@pytest.fixture
def tiles_window(qtbot):
    """``tiles_window(cameras)``: a shown window with one playing tile per camera record."""
    windows = []

    def make(cameras: list[dict], size=(900, 600)) -> list[VideoTile]:
        window = QWidget()
        grid = QGridLayout(window)
        tiles = []
        for index in range(len(cameras)):
            tile = VideoTile(index, rtsp_available, window)
            grid.addWidget(tile, index // 2, index % 2)
            tiles.append(tile)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        for tile, camera in zip(tiles, cameras, strict=True):
            tile.set_camera(camera)
        return tiles

    yield make
    for window in windows:
        for tile in window.findChildren(VideoTile):
            tile.set_camera(None)
        window.close()
        window.deleteLater()


class FrameSampler:
    """Samples the tiles' decoded-frame counts every 100 ms from the event loop."""

    def __init__(self, tiles: list[VideoTile]) -> None:
        self.tiles = tiles
        self.samples: list[tuple[float, list[int]]] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._sample)
        self.timer.start(100)

    def _sample(self) -> None:
        self.samples.append((time.monotonic(), [t.stats()[0] for t in self.tiles]))

    def stop(self) -> None:
        self.timer.stop()

    def longest_still(self, index: int) -> float:
        """The longest time tile ``index``'s count did not move (seconds)."""
        longest, since, last = 0.0, None, None
        for at, counts in self.samples:
            if last is None or counts[index] > last:
                since, last = at, counts[index]
            elif since is not None:
                longest = max(longest, at - since)
        return longest

    def never_fell(self, index: int) -> bool:
        counts = [c[index] for _, c in self.samples]
        return all(b >= a for a, b in itertools.pairwise(counts))


def grab_colours(tile: VideoTile) -> int:
    """How many colours the screen shows in the tile's video area (a black surface: 1)."""
    from PySide6.QtCore import QPoint

    surface = tile.surface
    screen = surface.screen()
    top_left = surface.mapToGlobal(QPoint(0, 0)) - screen.geometry().topLeft()
    image = screen.grabWindow(
        0, top_left.x(), top_left.y(), surface.width(), surface.height()
    ).toImage()
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 30)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )


class PictureSampler:
    """Grabs the tiles' video areas from the screen every 150 ms: the fewest colours seen."""

    def __init__(self, tiles: list[VideoTile]) -> None:
        self.tiles = tiles
        self.fewest = [10**6 for _ in tiles]
        self.grabs = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._grab)
        self.timer.start(150)

    def _grab(self) -> None:
        self.grabs += 1
        for index, tile in enumerate(self.tiles):
            self.fewest[index] = min(self.fewest[index], grab_colours(tile))

    def stop(self) -> None:
        self.timer.stop()


def process_running(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie not reaped yet counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def ffmpeg_children(pid: int) -> list[int]:
    """The running ffmpeg processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                head, tail = stat.read().rsplit(")", 1)
            state, parent = tail.split()[:2]
        except (OSError, ValueError):
            continue
        if head.split("(", 1)[1] == "ffmpeg" and int(parent) == pid and state != "Z":
            found.append(int(entry))
    return found
