"""Where a "show camera X" request goes: the selected tile of the wall used last, or a pop-up.

One :class:`VideoRouter` per console handles :class:`~ioc_console.core.intents.ShowCamera`
posted on ``services.intents`` by any panel (the camera list, the map, the alert queue). A wall
registers with its console's router when it is built (:func:`register_wall`) and is forgotten
when it is destroyed; walls mark themselves used when the operator clicks a tile or changes
them, and the router asks its open walls which was used last. With no wall open, or when the request
asks for a pop-up, the camera plays in a pop-up window: one per camera, re-used. A pop-up
follows its camera in the cache (new name, status or streams); a camera removed closes it.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, SignalInstance

from ioc_console.core.intents import ShowCamera
from ioc_console.core.store.changes import Change
from ioc_console.gui.bridge import follow
from ioc_console.gui.video.popup import CameraPopup

if TYPE_CHECKING:
    from ioc_console.core.services import Services
    from ioc_console.gui.video.wall_grid import TileFactory

log = logging.getLogger(__name__)
_uses = itertools.count(1)


class Wall(Protocol):
    """What the router needs of a video wall."""

    services: Services
    instance_id: str
    last_used: int
    destroyed: SignalInstance

    def is_open(self) -> bool: ...

    def show_camera(self, camera_id: str) -> int: ...


_routers: list[VideoRouter] = []  # one per console; tests open several in one process


def mark_used(wall: Wall) -> None:
    """``wall`` is the one the operator used last."""
    wall.last_used = next(_uses)


def register_wall(wall: Wall) -> None:
    """``wall`` was built: the router of its console (the one with the same services) sends
    cameras to it from now on, until it is destroyed."""
    router = next((r for r in _routers if r.services is wall.services), None)
    if router is None:
        log.debug("wall %s has no console router (built on its own)", wall.instance_id)
        return
    router.add_wall(wall)


class VideoRouter(QObject):
    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        tile_factory: TileFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.popups: dict = {}  # camera id -> CameraPopup
        self._walls: list[Wall] = []  # registered, in the order they were built
        self._tile_factory = tile_factory
        self._remove = services.intents.handle(ShowCamera, self.show_camera)
        _routers.append(self)
        remove, popups = self._remove, self.popups
        self.destroyed.connect(lambda *_, router=self: _router_gone(router, remove, popups))
        if services.cache is not None:
            follow(self, services.cache.changed, self._cache_changed)

    def add_wall(self, wall: Wall) -> None:
        """Route cameras to ``wall`` too; it is forgotten when it is destroyed."""
        if any(w is wall for w in self._walls):
            return
        self._walls.append(wall)
        walls = self._walls
        wall.destroyed.connect(lambda *_, gone=wall: _forget(walls, gone))

    def walls(self) -> list[Wall]:
        """The open walls of this console, the one used last first."""
        walls = [w for w in self._walls if w.is_open()]
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

    def popup(self, camera: dict) -> CameraPopup:
        popup = self.popups.get(camera["id"])
        if popup is None:
            popup = CameraPopup(camera, self._tile_factory)
            popup.closed.connect(lambda camera_id, popups=self.popups: popups.pop(camera_id, None))
            self.popups[camera["id"]] = popup
        else:
            popup.show_camera(camera)
        popup.present()
        return popup

    def _cache_changed(self, change: Change) -> None:
        cache = self.services.cache
        if change.dataset != "cameras" or cache is None:  # (only a cache tells of changes)
            return
        for camera_id, popup in list(self.popups.items()):
            if not (change.reset or camera_id in change.ids):
                continue
            camera = cache.get("cameras", camera_id)
            if camera is None or camera.get("deleted"):
                log.warning("camera %s was removed: its pop-up closes", camera_id)
                popup.close()
            else:
                popup.show_camera(camera)

    def close_popups(self) -> None:
        for popup in list(self.popups.values()):
            popup.close()


def _forget(walls: list[Wall], gone: Wall) -> None:
    walls[:] = [w for w in walls if w is not gone]


def _router_gone(router: VideoRouter, remove: Callable[[], None], popups: dict) -> None:
    """The console's router was destroyed: it handles no more requests, its pop-ups close."""
    remove()
    for popup in list(popups.values()):
        popup.close()
    _routers[:] = [r for r in _routers if r is not router]
