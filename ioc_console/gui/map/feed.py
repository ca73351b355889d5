"""Cache changes to map deltas: every change is noted at once, the deltas are read and pushed
at most twice a second, whatever the rate of events."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ioc_console.core.geo.deltas import MapFeed
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.responsiveness import activity
from ioc_console.gui.bridge import CacheBridge

log = logging.getLogger(__name__)
BATCH_MS = 500  # at most two pushes a second
CLOCK_MS = 60_000  # complaints turn due soon and overdue with time alone


class FeedPump(QObject):
    deltasReady = Signal(list)
    """A batch of layer deltas (JSON-ready dicts ``layer, added, changed, removed``)."""
    recompute = Signal(list)
    """Layers computed as a whole (the complaint density) whose data changed: their ids."""

    def __init__(self, cache, layers: MapLayerRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.layers = layers
        self.feed = MapFeed(cache, layers)
        self.pushes = 0  # batches pushed, for the tests and the benchmark
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self.flush)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._bridge = CacheBridge(cache, self)
        self._bridge.changed.connect(self._changed)
        feed = self.feed
        self.destroyed.connect(lambda *_: feed.close())

    def snapshot(self, layer_ids: list[str]) -> list[dict]:
        """Every feature of these layers; what was pending is in it."""
        self.feed.take()
        self.feed.take_recompute()
        return [delta.to_json() for delta in self.feed.snapshot(layer_ids)]

    def set_as_of(self, day) -> list[dict]:
        delta = self.feed.set_as_of(day)
        return [delta.to_json()] if delta else []

    def _changed(self, change) -> None:
        if not self.layers.for_dataset(change.dataset):
            return
        self.feed.note(change)
        if not self._timer.isActive():  # the first change of a batch sets its time
            self._timer.start()

    def _tick(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        with activity.running("map: reading and pushing the changes"):
            self._flush()

    def _flush(self) -> None:
        try:
            deltas = [d.to_json() for d in self.feed.take() if d]
            whole = self.feed.take_recompute()
        except Exception:  # a bad row must not stop the map's updates
            log.exception("map: the changes could not be read")
            return
        if deltas:
            self.pushes += 1
            self.deltasReady.emit(deltas)
        if whole:
            self.recompute.emit(whole)
