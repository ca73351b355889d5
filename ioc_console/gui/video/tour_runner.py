"""Runs one camera tour on a wall: every dwell the next camera goes to the tour's tile, or the
next page of cameras to the whole grid. While the pointer is over the wall the tour waits (the
operator is looking at something), and it goes on when the pointer leaves."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ioc_console.core.video.tours import (
    Tour,
    TourStore,
    grid_page,
    next_step,
    tile_camera,
    tours_file,
)

log = logging.getLogger(__name__)
HOVER_RECHECK_MS = 500
_stores: dict[Path, TourStore] = {}


def tour_store(config_dir: Path) -> TourStore:
    """The tours of the console using ``config_dir`` (one store shared by its walls)."""
    path = tours_file(config_dir)
    if path not in _stores:
        _stores[path] = TourStore(path)
    return _stores[path]


class TourRunner(QObject):
    changed = Signal()
    """Emitted when a tour starts or stops, or its pause on hover begins or ends."""

    stepped = Signal(int)
    """Emitted with the step number each time the tour shows its next cameras."""

    def __init__(self, wall, hovered: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wall = wall  # set_tile_camera(index, camera_id), tile_count(), selected
        self._hovered = hovered
        self.tour: Tour | None = None
        self.tile = 0
        self.step = 0
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)

    @property
    def running(self) -> bool:
        return self.tour is not None

    def start(self, tour: Tour, tile: int = 0) -> None:
        self.tour, self.tile, self.step, self.paused = tour, tile, 0, False
        log.info(
            "tour %r started on %s (%d camera(s), every %d s)",
            tour.name,
            f"tile {tile + 1}" if tour.target == "tile" else "the whole grid",
            len(tour.camera_ids),
            tour.dwell_s,
        )
        self._show()
        self._timer.start(tour.dwell_s * 1000)
        self.changed.emit()

    def stop(self) -> None:
        if self.tour is None:
            return
        log.info("tour %r stopped", self.tour.name)
        self.tour = None
        self.paused = False
        self._timer.stop()
        self.changed.emit()

    def _due(self) -> None:
        if self.tour is None:
            return
        hovered = self._hovered()
        if hovered != self.paused:
            self.paused = hovered
            self.changed.emit()
        if hovered:
            self._timer.start(HOVER_RECHECK_MS)
            return
        self.step = next_step(self.tour, self.step, self._wall.tile_count())
        self._show()
        self.stepped.emit(self.step)
        self._timer.start(self.tour.dwell_s * 1000)

    def hover_changed(self) -> None:
        """The pointer entered or left the wall: say so now (the timer does the rest)."""
        if self.tour is not None and self._hovered() != self.paused:
            self.paused = not self.paused
            self.changed.emit()

    def _show(self) -> None:
        tour = self.tour
        if tour is None:
            return
        if tour.target == "tile":
            if self.tile < self._wall.tile_count():
                self._wall.set_tile_camera(self.tile, tile_camera(tour, self.step), by_tour=True)
            return
        page = grid_page(tour, self.step, self._wall.tile_count())
        for index, camera_id in enumerate(page):
            self._wall.set_tile_camera(index, camera_id, by_tour=True)
