"""The wall's tiles laid out in a QGridLayout after a grid kind; one tile can fill the wall
(the others hidden, so they stop decoding) or be lent to a full-screen window and come back.

Tiles are kept when the grid changes (tile *i* stays tile *i*, so its camera carries over and
its player is not restarted); tiles beyond the new count are cleared and deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QWidget

from ioc_console.core.video.grids import DEFAULT_GRID, grid

log = logging.getLogger(__name__)
LATTICE_MAX = 4
SPACING = 2


def default_tile_factory(index: int, parent: QWidget) -> QWidget:
    """A real :class:`VideoTile` (libVLC player, watchdog, stream choice)."""
    from ioc_console.gui.video.capabilities import rtsp_available
    from ioc_console.gui.video.tile import VideoTile

    return VideoTile(index, rtsp_available, parent)


class WallGrid(QWidget):
    """Tiles in cells; ``tiles[i]`` is tile *i* of the current grid kind."""

    def __init__(
        self,
        tile_factory: Callable[[int, QWidget], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wallGrid")
        self._factory = tile_factory or default_tile_factory
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self.kind = DEFAULT_GRID
        self.tiles: list[QWidget] = []
        self.maximised: int | None = None  # the tile filling the wall, if any
        self.lent: set[int] = set()  # tiles shown elsewhere (full screen)
        self.on_new_tile: Callable[[QWidget], None] | None = None

    def set_kind(self, kind: str) -> None:
        count = grid(kind).tile_count  # raises on an unknown kind before anything changes
        self.kind = kind
        while len(self.tiles) > count:
            tile = self.tiles.pop()
            self._layout.removeWidget(tile)
            tile.set_camera(None)
            tile.hide()
            tile.deleteLater()
        while len(self.tiles) < count:
            tile = self._factory(len(self.tiles), self)
            self.tiles.append(tile)
            if self.on_new_tile is not None:
                self.on_new_tile(tile)
        if self.maximised is not None and self.maximised >= count:
            self.maximised = None
        self.lent = {i for i in self.lent if i < count}
        self.relayout()

    def maximise(self, index: int | None) -> None:
        """Show only tile ``index`` (None: every tile again)."""
        self.maximised = index if index is not None and 0 <= index < len(self.tiles) else None
        self.relayout()

    def lend(self, index: int) -> QWidget:
        """Take tile ``index`` out of the grid (for a full-screen window to hold)."""
        tile = self.tiles[index]
        self._layout.removeWidget(tile)
        self.lent.add(index)
        return tile

    def take_back(self, index: int) -> None:
        """Tile ``index`` returns to its cell."""
        self.lent.discard(index)
        if index < len(self.tiles):
            self.tiles[index].setParent(self)
        self.relayout()

    def relayout(self) -> None:
        for tile in self.tiles:
            self._layout.removeWidget(tile)
        layout_grid = grid(self.kind)
        size = 1 if self.maximised is not None else layout_grid.size
        for n in range(LATTICE_MAX):
            self._layout.setRowStretch(n, 1 if n < size else 0)
            self._layout.setColumnStretch(n, 1 if n < size else 0)
        for index, tile in enumerate(self.tiles):
            if index in self.lent:
                continue
            if self.maximised is not None:
                if index == self.maximised:
                    self._layout.addWidget(tile, 0, 0, 1, 1)
                    tile.show()
                else:
                    tile.hide()
                continue
            cell = layout_grid.cells[index]
            self._layout.addWidget(tile, cell.row, cell.col, cell.rowspan, cell.colspan)
            tile.show()
        self._layout.activate()

    def visible_tiles(self) -> list[QWidget]:
        return [t for t in self.tiles if t.isVisible()]

    def tile_at(self, widget: QWidget | None) -> int | None:
        """The index of the tile holding ``widget`` (itself or a child)."""
        while widget is not None:
            if widget in self.tiles:
                return self.tiles.index(widget)
            widget = widget.parentWidget()
        return None

    def contains_cursor(self, global_pos) -> bool:
        return self.isVisible() and self.rect().contains(self.mapFromGlobal(global_pos))
