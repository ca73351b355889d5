"""The one object the map page sees through QWebChannel.

The page may call only the slots below; each checks its arguments, since whatever runs in the
page is treated as untrusted. Python pushes to the page with the ``push*`` signals (JSON text)
and hears the page through :attr:`MapChannel.events`, an object the page never sees."""

from __future__ import annotations

import json
import logging
import math

from PySide6.QtCore import QEvent, QObject, Signal, Slot

log = logging.getLogger(__name__)
MAX_ID = 200
MAX_LAYERS = 100


def _text(value, limit: int = MAX_ID) -> str | None:
    return value if isinstance(value, str) and 0 < len(value) <= limit else None


class MapEvents(QObject):
    """What the page said, for the panel (not exposed to the page)."""

    ready = Signal()
    """The page has loaded its scripts and its channel; it waits for its set-up."""
    cameraClicked = Signal(str)
    """A camera marker was clicked (camera id)."""
    itemClicked = Signal(str, str)
    """A complaint, alert or facility marker was clicked (layer id, item id)."""
    viewChanged = Signal(float, float, int)
    """The operator moved the map (centre latitude, longitude, zoom)."""
    placePicked = Signal(float, float)
    """The operator picked a place on the map for another panel (latitude, longitude)."""
    layersChanged = Signal(list)
    """The visible layers changed (their ids)."""
    executed = Signal(str)
    """Script ran that data put in the page: must never happen (what ran)."""


class MapChannel(QObject):
    """Registered as ``map`` on the page's channel."""

    pushSetup = Signal(str)
    """To the page: layers, tiles, view and options as JSON; the page builds its layers."""
    pushDeltas = Signal(str)
    """To the page: a JSON list of layer deltas (``layer, added, changed, removed``)."""
    pushCommand = Signal(str)
    """To the page: one JSON command (focus an item, set the view, heat points, options)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = MapEvents(self)

    def event(self, event: QEvent) -> bool:
        # QWebChannel offers QObject's deleteLater to the page: it must not end the channel
        # (the channel goes with its page, as a child, never through deleteLater)
        if event.type() == QEvent.Type.DeferredDelete:
            log.warning("map page: asked to delete the channel; refused")
            return True
        return super().event(event)

    @Slot()
    def ready(self) -> None:
        self.events.ready.emit()

    @Slot(str)
    def cameraClicked(self, camera_id) -> None:
        camera_id = _text(camera_id)
        if camera_id is not None:
            self.events.cameraClicked.emit(camera_id)

    @Slot(str, str)
    def itemClicked(self, layer, item_id) -> None:
        layer, item_id = _text(layer), _text(item_id)
        if layer is not None and item_id is not None:
            self.events.itemClicked.emit(layer, item_id)

    @Slot(float, float, int)
    def viewChanged(self, lat, lon, zoom) -> None:
        values = (lat, lon, zoom)
        if all(isinstance(v, int | float) and math.isfinite(v) for v in values):
            if -90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= 22:
                self.events.viewChanged.emit(float(lat), float(lon), int(zoom))

    @Slot(float, float)
    def placePicked(self, lat, lon) -> None:
        values = (lat, lon)
        if all(isinstance(v, int | float) and math.isfinite(v) for v in values):
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                self.events.placePicked.emit(float(lat), float(lon))

    @Slot(str)
    def layersChanged(self, layer_ids) -> None:
        try:
            ids = json.loads(layer_ids) if isinstance(layer_ids, str) else None
        except ValueError:
            ids = None
        if isinstance(ids, list) and len(ids) <= MAX_LAYERS:
            self.events.layersChanged.emit([i for i in ids if _text(i) is not None])

    @Slot(str)
    def reportExecution(self, what) -> None:
        what = str(what)[:200]
        log.error("map page: script from data ran (%s)", what)
        self.events.executed.emit(what)
