"""Where a "show camera X" request goes: the selected tile of the wall used last, or a pop-up.

One :class:`VideoRouter` per console handles :class:`~ioc_console.core.intents.ShowCamera`
posted on ``services.intents`` by any panel (the camera list, the map, the alert queue). The
walls mark themselves used when the operator clicks a tile or changes them; the router asks
the open walls of this console which was used last. With no wall open, or when the request
asks for a pop-up, the camera plays in a pop-up window: one per camera, re-used. A pop-up
follows its camera in the cache (new name, status or streams); a camera removed closes it.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ioc_console.core.intents import ShowCamera
from ioc_console.gui.bridge import follow

log = logging.getLogger(__name__)
_uses = itertools.count(1)


def mark_used(wall) -> None:
    """``wall`` is the one the operator used last."""
    wall.last_used = next(_uses)


class VideoRouter(QObject):
    def __init__(self, services, parent: QObject | None = None, tile_factory=None) -> None:
        super().__init__(parent)
        self.services = services
        self.popups: dict = {}  # camera id -> CameraPopup
        self._tile_factory = tile_factory
        self._remove = services.intents.handle(ShowCamera, self.show_camera)
        remove, popups = self._remove, self.popups
        self.destroyed.connect(lambda *_: (remove(), [p.close() for p in list(popups.values())]))
        if services.cache is not None:
            follow(self, services.cache.changed, self._cache_changed)

    def walls(self) -> list:
        """The open walls of this console, the one used last first."""
        from ioc_console.gui.video.wall import VideoWallPanel

        walls = [
            w
            for w in QApplication.allWidgets()
            if isinstance(w, VideoWallPanel) and w.services is self.services and w.is_open()
        ]
        return sorted(walls, key=lambda w: w.last_used, reverse=True)

    def show_camera(self, intent: ShowCamera) -> bool:
        cache = self.services.cache
        camera = cache.get("cameras", intent.camera_id) if cache is not None else None
        if camera is None or camera.get("deleted"):
            log.warning("camera %s asked for by %s is not known", intent.camera_id, intent.source)
            return False
        walls = self.walls() if intent.target == "tile" else []
        if walls:
            wall = walls[0]
            index = wall.show_camera(intent.camera_id)
            log.info(
                "camera %s (asked for by %s) shown in tile %d of %s",
                intent.camera_id,
                intent.source or "?",
                index + 1,
                wall.instance_id,
            )
            return True
        self.popup(camera)
        log.info(
            "camera %s (asked for by %s) shown in a pop-up", intent.camera_id, intent.source or "?"
        )
        return True

    def popup(self, camera: dict):
        from ioc_console.gui.video.popup import CameraPopup

        popup = self.popups.get(camera["id"])
        if popup is None:
            popup = CameraPopup(camera, self._tile_factory)
            popup.closed.connect(lambda camera_id, popups=self.popups: popups.pop(camera_id, None))
            self.popups[camera["id"]] = popup
        else:
            popup.show_camera(camera)
        popup.present()
        return popup

    def _cache_changed(self, change) -> None:
        if change.dataset != "cameras":
            return
        for camera_id, popup in list(self.popups.items()):
            if not (change.reset or camera_id in change.ids):
                continue
            camera = self.services.cache.get("cameras", camera_id)
            if camera is None or camera.get("deleted"):
                log.warning("camera %s was removed: its pop-up closes", camera_id)
                popup.close()
            else:
                popup.show_camera(camera)

    def close_popups(self) -> None:
        for popup in list(self.popups.values()):
            popup.close()
