"""Places on the map for the other panels: a place asked for (:class:`ShowPlace`: centred and
marked, with its label as text) and a place picked by the operator (:class:`PickPlace`: the
next click on the map is handed to whoever asked)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from ioc_console.core.intents import PickPlace, ShowPlace
from ioc_console.gui.map.view import MapView

log = logging.getLogger(__name__)


class MapPlaces(QObject):
    def __init__(
        self,
        view: MapView,
        instance_id: str,
        on_moved: Callable[[float, float], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.instance_id = instance_id
        self.on_moved = on_moved  # the panel's view follows the place (lat, lon)
        self.place: ShowPlace | None = None  # the place asked for last, shown once ready
        self.picking: PickPlace | None = None  # who waits for a place picked on the map
        view.events.placePicked.connect(self._picked)

    def show_place(self, intent: ShowPlace) -> bool:
        """Centre the map on the place and mark it (once the page is ready, if it is not)."""
        if not (-90 <= intent.lat <= 90 and -180 <= intent.lon <= 180):
            log.warning("map: place %s, %s from %s ignored", intent.lat, intent.lon, intent.source)
            return False
        self.place = intent
        self.on_moved(intent.lat, intent.lon)
        self.show()
        return True

    def pick_place(self, intent: PickPlace) -> bool:
        """The next click on the map picks a place for ``intent.on_picked``."""
        self.picking = intent
        self.show()
        return True

    def show(self) -> None:
        """Tell the page (now, or when it is ready again after a reload)."""
        if not self.view.ready:
            return
        if self.place is not None:
            p = self.place
            self.view.command("place", lat=p.lat, lon=p.lon, label=p.label)
        prompt = self.picking.prompt if self.picking else ""
        self.view.command(
            "pick",
            on=self.picking is not None,
            prompt=prompt or self.tr("Click the map to pick the place"),
        )

    def _picked(self, lat: float, lon: float) -> None:
        picking, self.picking = self.picking, None
        if picking is None:
            return
        self.place = ShowPlace(lon, lat, "", source=self.instance_id)
        try:
            picking.on_picked(lon, lat)
        except Exception:  # the asking panel may be gone
            log.exception("map: the place picked could not be handed over")
