"""Cache changes to map deltas: every change is noted at once, the deltas are read and pushed
at most twice a second, whatever the rate of events.

The reads (cache rows to features) run on the thread pool, one at a time, so the GUI thread
only pushes the result: at 20 events/s with 10,000 complaints they held it up for about 20 ms a
push (p99 140-220 ms), and for up to a second a push while the first sync brought them; the
push alone takes about 0.5 ms (the standard-load benchmark)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from ioc_console.core.geo.deltas import MapFeed
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.responsiveness import activity
from ioc_console.core.store.cache import Cache
from ioc_console.gui.bridge import follow
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
BATCH_MS = 500  # at most two pushes a second
CLOCK_MS = 60_000  # complaints turn due soon and overdue with time alone


class FeedPump(QObject):
    deltasReady = Signal(list)
    """A batch of layer deltas (JSON-ready dicts ``layer, added, changed, removed``)."""
    recompute = Signal(list)
    """Layers computed as a whole (the complaint density) whose data changed: their ids."""

    def __init__(
        self, cache: Cache, layers: MapLayerRegistry, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.layers = layers
        # the feed is used by one thread at a time: a background read or the GUI thread (a
        # layer that goes away is forgotten under it too); re-entrant for a snapshot
        self._lock = threading.RLock()
        self.feed = MapFeed(cache, layers, guard=self._lock)
        self.pushes = 0  # batches pushed, for the tests and the benchmark
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self.flush)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        if cache is not None:
            follow(self, cache.changed, self._changed)
        self._order = 0  # counts reads and snapshots, in the order they held the lock
        self._renewed: dict[str, int] = {}  # layer -> order of its last snapshot
        self._reading = False
        self._again = False  # changes came while a read ran: read again after it
        feed = self.feed
        alive = self._alive = [True]  # emptied when the pump is deleted (a read may be out)

        def gone(*_: object) -> None:
            feed.close()
            alive.clear()

        self.destroyed.connect(gone)

    def snapshot(self, layer_ids: list[str]) -> list[dict]:
        """Every feature of these layers; what was pending is in it."""
        with self._lock:
            self.feed.take()
            self.feed.take_recompute()
            deltas = self.feed.snapshot(layer_ids)
            self._renew(layer_ids)
        return [delta.to_json() for delta in deltas]

    def set_as_of(self, day) -> list[dict]:
        with self._lock:
            delta = self.feed.set_as_of(day)
            self._renew(["units"])
        return [delta.to_json()] if delta else []

    def _renew(self, layer_ids: list[str]) -> None:
        """These layers were read whole: a background read that took the lock before is older."""
        self._order += 1
        for layer_id in layer_ids:
            self._renewed[layer_id] = self._order

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
        """Read the changes on the pool; push them when read (GUI thread)."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        run_in_background(self._read, self._read_done, self._read_failed)

    def _read(self) -> tuple[int, list[dict], list[str]]:  # on the pool
        with self._lock:
            self._order += 1
            deltas = [d.to_json() for d in self.feed.take() if d]
            return self._order, deltas, self.feed.take_recompute()

    def _read_done(self, result: tuple[int, list[dict], list[str]]) -> None:
        if not self._alive:
            return
        self._read_over()
        order, deltas, whole = result
        # a layer read whole since (a snapshot) already holds these changes
        deltas = [d for d in deltas if self._renewed.get(d["layer"], 0) < order]
        with activity.running("map: pushing the changes"):
            if deltas:
                self.pushes += 1
                self.deltasReady.emit(deltas)
            if whole:
                self.recompute.emit(whole)

    def _read_failed(self, error: Exception) -> None:
        # a bad row must not stop the map's updates
        log.error("map: the changes could not be read: %s", error, exc_info=error)
        if self._alive:
            self._read_over()

    def _read_over(self) -> None:
        self._reading = False
        if self._again and not self._timer.isActive():
            self._timer.start()
