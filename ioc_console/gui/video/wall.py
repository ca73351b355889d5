"""Video wall panel: a grid of camera tiles, one selected; cameras dropped from the camera
list, tiles swapped by dragging, a tile full screen or maximised in the wall, camera tours.

Its grid and cameras are part of the saved layout (:meth:`save_state`). One wall per console
window: each monitor can hold its own (the shell refuses a second one in the same window).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCursor, QDropEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ioc_console.core.video.grids import GRIDS, carry_over
from ioc_console.core.video.snapshots import snapshot_dir
from ioc_console.core.video.streams import StreamChoice
from ioc_console.gui.bridge import follow
from ioc_console.gui.video import router, wall_state
from ioc_console.gui.video.camera_list import wards_today
from ioc_console.gui.video.fullscreen import FullScreenKeeper
from ioc_console.gui.video.tour_runner import TourRunner, tour_store
from ioc_console.gui.video.wall_grid import WallGrid
from ioc_console.gui.video.wall_menu import WallToolbar, add_wall_actions
from ioc_console.gui.video.worker_pool import worker_pool
from ioc_console.gui.widgets.plain_text import plain_tooltip

if TYPE_CHECKING:
    from ioc_console.core.services import Services
    from ioc_console.gui.video.tile import VideoTile
    from ioc_console.gui.video.wall_grid import TileFactory

log = logging.getLogger(__name__)


def snapshot_folder(settings) -> Path:
    """Where snapshots go: the setting ``video.snapshot_dir``, else the default folder."""
    return snapshot_dir(settings.get("video.snapshot_dir") or "")


class VideoWallPanel(QWidget):
    selectionChanged = Signal(int)
    """Emitted with the index of the tile that became the selected one."""

    camerasChanged = Signal()
    """Emitted when a tile's camera or the grid changed (the layout then has something new)."""

    def __init__(
        self,
        services: Services,
        instance_id: str = "video_wall",
        *,
        autofill: bool = False,
        tile_factory: TileFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("videoWall")
        self.services = services
        worker_pool().report_to(services)  # the workers' budget settings, their figures
        self.instance_id = instance_id
        self.last_used = 0
        self.selected = 0
        self.cameras: list[str | None] = []  # per tile, kept even while the cache lacks one
        self._autofill = autofill  # fill an empty wall with online cameras once they are known
        self.fullscreen = FullScreenKeeper(self)
        self._wards: dict[str, str] | None = None  # ward code -> name, read when first asked
        self._drag_source: QObject | None = None
        self.tours = tour_store(services.paths.config_dir)

        self.grid = WallGrid(tile_factory, self)
        self.grid.on_new_tile = self._wire_tile
        self.grid.installEventFilter(self)
        self.runner = TourRunner(self, self.pointer_over_wall, self)
        self.toolbar = WallToolbar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.grid, 1)

        self.set_grid(services.settings.get("video.default_grid"), log_it=False)
        if services.cache is not None:
            follow(self, services.cache.changed, self._cache_changed)
        self.runner.changed.connect(self.toolbar.update_tour)
        self.runner.stepped.connect(lambda _step: self.camerasChanged.emit())
        router.mark_used(self)
        router.register_wall(self)  # "show camera X" may now land here
        if self._autofill:
            self._fill_empty_wall()

    # -- tiles -------------------------------------------------------------------------------
    @property
    def tiles(self) -> list[VideoTile]:
        return self.grid.tiles

    def tile_count(self) -> int:
        return len(self.grid.tiles)

    def _wire_tile(self, tile) -> None:
        tile.activated.connect(lambda t=tile: self.select(self._index(t)))
        tile.doubleClicked.connect(lambda t=tile: self.toggle_fullscreen(self._index(t)))
        tile.cameraDropped.connect(lambda cam, t=tile: self._camera_dropped(self._index(t), cam))
        tile.tileDropped.connect(lambda other, t=tile: self._tile_dropped(other, self._index(t)))
        tile.installEventFilter(self)  # to see where a dropped tile comes from
        tile.contextMenuAboutToShow.connect(
            lambda menu, t=tile: add_wall_actions(self, self._index(t), menu)
        )
        tile.snapshotTaken.connect(
            lambda path, t=tile: self.toolbar.show_snapshot(path, t.unwritable)
        )
        tile.stateChanged.connect(lambda _state: self.toolbar.update_actions())
        tile.snapshot_folder = lambda: snapshot_folder(self.services.settings)
        tile.ward_lookup = self.ward_name
        tile.set_selected(self._index(tile) == self.selected)

    def _index(self, tile) -> int:
        return self.grid.tiles.index(tile) if tile in self.grid.tiles else -1

    def select(self, index: int) -> None:
        if not 0 <= index < self.tile_count():
            return
        router.mark_used(self)
        self.selected = index
        for n, tile in enumerate(self.tiles):
            tile.set_selected(n == index)
        self.toolbar.update_actions()
        self.selectionChanged.emit(index)

    def set_grid(self, kind: str, log_it: bool = True) -> None:
        if kind not in GRIDS:
            log.warning("unknown grid %r; the wall keeps %s", kind, self.grid.kind)
            return
        self.fullscreen.leave()
        self.grid.set_kind(kind)
        self.cameras = carry_over(self.cameras, kind)
        for index in range(self.tile_count()):
            self.resolve(index)
        self.select(min(self.selected, self.tile_count() - 1))
        self.toolbar.show_grid(kind)
        if log_it:
            log.info("video wall %s: grid %s", self.instance_id, kind)
        self.camerasChanged.emit()

    def set_tile_camera(self, index: int, camera_id: str | None, by_tour: bool = False) -> None:
        """Put ``camera_id`` (None: nothing) in tile ``index``."""
        if not 0 <= index < self.tile_count():
            return
        if not by_tour:
            self._autofill = False
            self._operator_took_over(index)
        self.cameras[index] = camera_id
        self.resolve(index)
        if not by_tour:
            self.camerasChanged.emit()

    def resolve(self, index: int) -> None:
        """Give tile ``index`` the cached record of its camera (only when it differs)."""
        camera_id = self.cameras[index]
        record = None
        if camera_id and self.services.cache is not None:
            record = self.services.cache.get("cameras", camera_id)
            if record is not None and record.get("deleted"):
                record = None
        tile = self.tiles[index]
        missing = camera_id if record is None else None
        if record != tile.camera or missing != tile.missing:
            tile.set_camera(record, missing=missing)
        name = str(record.get("name", camera_id)) if record else camera_id or ""
        tile.setToolTip(plain_tooltip(name))

    def _camera_dropped(self, index: int, camera_id: str) -> None:
        log.info("camera %s dropped on tile %d of %s", camera_id, index + 1, self.instance_id)
        self.set_tile_camera(index, camera_id)
        self.select(index)

    def _tile_dropped(self, source: int, target: int) -> None:
        from ioc_console.gui.video.tile import VideoTile  # loaded already: tiles were dragged

        dragged, self._drag_source = self._drag_source, None
        if isinstance(dragged, VideoTile) and dragged not in self.tiles:
            # a tile of another wall (another window): its camera comes here, nothing swaps
            if dragged.camera_id:
                self._camera_dropped(target, dragged.camera_id)
            return
        self.swap(source, target)

    def swap(self, source: int, target: int) -> None:
        """Exchange the cameras (and stream choices) of two tiles."""
        count = self.tile_count()
        if source == target or not (0 <= source < count and 0 <= target < count):
            return
        self._operator_took_over(source)
        self._operator_took_over(target)
        a, b = self.tiles[source], self.tiles[target]
        choice_a, choice_b = a.override, b.override
        self.cameras[source], self.cameras[target] = self.cameras[target], self.cameras[source]
        self.resolve(source)
        self.resolve(target)
        a.set_override(choice_b)
        b.set_override(choice_a)
        log.info("tiles %d and %d of %s swapped", source + 1, target + 1, self.instance_id)
        self.select(target)
        self.camerasChanged.emit()

    def show_camera(self, camera_id: str) -> int:
        """Play ``camera_id`` in the selected tile and bring the wall forward; the tile index."""
        self.set_tile_camera(self.selected, camera_id)
        self.bring_forward()
        return self.selected

    def clear_tile(self, index: int) -> None:
        self.set_tile_camera(index, None)

    def set_override(self, index: int, choice: StreamChoice) -> None:
        self.tiles[index].set_override(choice)
        log.info("tile %d of %s plays %s", index + 1, self.instance_id, choice.value)
        self.camerasChanged.emit()

    def _operator_took_over(self, index: int) -> None:
        """An operator's change to a tile the tour drives ends the tour."""
        runner, tour = self.runner, self.runner.tour
        if tour is not None and (tour.target == "grid" or runner.tile == index):
            runner.stop()

    # -- maximise and full screen ------------------------------------------------------------
    def toggle_maximise(self, index: int) -> None:
        """Only tile ``index`` in the wall (the others hidden: they stop decoding), or back."""
        self.fullscreen.leave()
        target = None if self.grid.maximised == index else index
        self.grid.maximise(target)
        if target is not None:
            self.select(target)
        log.info(
            "%s: %s",
            self.instance_id,
            f"tile {index + 1} maximised" if target is not None else "every tile shown",
        )

    @property
    def fullscreen_index(self) -> int | None:
        return self.fullscreen.index

    def toggle_fullscreen(self, index: int) -> None:
        """Tile ``index`` full screen on its screen, or back into the wall."""
        self.fullscreen.toggle(index)

    # -- tours -------------------------------------------------------------------------------
    def start_tour(self, name: str) -> bool:
        tour = self.tours.get(name)
        if tour is None:
            log.warning("there is no camera tour named %r", name)
            return False
        if not tour.camera_ids:  # a hand-edited file: it would only empty the tiles
            log.warning("camera tour %r has no cameras; not started", name)
            return False
        self.runner.start(tour, self.selected)
        self.camerasChanged.emit()
        return True

    def stop_tour(self) -> None:
        self.runner.stop()

    def pointer_over_wall(self) -> bool:
        """Is the operator's pointer on the wall's tiles (a tour then waits)? A tile lent to a
        full-screen window is not on the wall: a tour shown there goes on."""
        if not self.grid.isVisible():
            return False
        under = QApplication.widgetAt(QCursor.pos())
        return under is not None and (under is self.grid or self.grid.isAncestorOf(under))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid and event.type() in (QEvent.Type.Enter, QEvent.Type.Leave):
            self.runner.hover_changed()  # the pause shows at once, not at the next dwell
        elif event.type() == QEvent.Type.Drop and watched in self.tiles:
            self._drag_source = cast(QDropEvent, event).source()  # read by _tile_dropped
        return super().eventFilter(watched, event)

    # -- snapshot ----------------------------------------------------------------------------
    def snapshot(self, index: int | None = None) -> None:
        """Save tile ``index``'s picture (the selected tile's by default); the worker writes it
        and the tile's ``snapshotTaken`` puts the result in the toolbar's status."""
        index = self.selected if index is None else index
        if not 0 <= index < len(self.tiles):
            return
        log.info("snapshot of tile %d of %s asked for", index + 1, self.instance_id)
        self.tiles[index].snapshot(snapshot_folder(self.services.settings))

    # -- cache and the default cameras -------------------------------------------------------
    def _cache_changed(self, change) -> None:
        if change.dataset == "units":
            self._wards = None
        if change.dataset != "cameras":
            return
        for index, camera_id in enumerate(self.cameras):
            if camera_id and (change.reset or camera_id in change.ids):
                self.resolve(index)
        if self._autofill:
            self._fill_empty_wall()

    def _fill_empty_wall(self) -> None:
        self._autofill = wall_state.fill_empty_wall(self)

    # -- where the wall is -------------------------------------------------------------------
    def dock(self):
        """The dock widget holding this wall, if any."""
        import PySide6QtAds as QtAds

        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QtAds.CDockWidget):
            widget = widget.parentWidget()
        return widget

    def is_open(self) -> bool:
        dock = self.dock()
        return dock is None or not dock.isClosed()

    def bring_forward(self) -> None:
        dock = self.dock()
        if dock is not None:
            dock.toggleView(True)
            dock.setAsCurrentTab()
            dock.raise_()
        window = self.window()
        if window.isMinimized():  # a minimised window shows nothing and its tiles do not play
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
        window.raise_()

    def ward_name(self, code: str) -> str:
        if self._wards is None:
            try:
                self._wards = wards_today(self.services.cache)
            except Exception:
                log.exception("the wards could not be read from the cache")
                self._wards = {}
        return self._wards.get(code, "")

    # -- state in the layout -----------------------------------------------------------------
    def save_state(self) -> dict[str, Any]:
        return wall_state.save_state(self)

    def restore_state(self, state: dict[str, Any]) -> None:
        self._autofill = False
        wall_state.restore_state(self, state)

    def closeEvent(self, event) -> None:
        self.fullscreen.leave()
        super().closeEvent(event)
