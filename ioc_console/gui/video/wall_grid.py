"""The wall's tiles placed in the cells of a grid kind; one tile can fill the wall (the others
hidden, so they stop decoding) or be lent to a full-screen window and come back.

Tiles are placed by hand on the grid's lattice (every cell the same size, whatever a tile's
own size hint says: an empty tile's wrapped message must not make its row taller). Tiles are
kept when the grid changes (tile *i* stays tile *i*, so its camera carries over and its player
is not restarted); tiles beyond the new count are cleared and deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

from ioc_console.core.video.grids import DEFAULT_GRID, Cell, grid

if TYPE_CHECKING:
    from ioc_console.gui.video.tile import VideoTile

log = logging.getLogger(__name__)
SPACING = 2
CELL_MINIMUM = QSize(96, 72)
TileFactory = Callable[[int, QWidget], "VideoTile"]
"""Makes tile *index* of a wall (or a pop-up) with its parent widget."""


def default_tile_factory(index: int, parent: QWidget) -> VideoTile:
    """A real :class:`VideoTile` (libVLC player, watchdog, stream choice)."""
    from ioc_console.gui.video.capabilities import rtsp_available
    from ioc_console.gui.video.tile import VideoTile

    return VideoTile(index, rtsp_available, parent)


def cell_rect(cell: Cell, size: int, width: int, height: int) -> QRect:
    """Where ``cell`` of a ``size`` × ``size`` lattice lies in a ``width`` × ``height`` area."""

    def edges(extent: int) -> list[int]:
        unit = (extent - (size - 1) * SPACING) / size
        return [round(n * (unit + SPACING)) for n in range(size)] + [extent + SPACING]

    xs, ys = edges(width), edges(height)
    left, top = xs[cell.col], ys[cell.row]
    right, bottom = xs[cell.col + cell.colspan] - SPACING, ys[cell.row + cell.rowspan] - SPACING
    return QRect(left, top, max(1, right - left), max(1, bottom - top))


class WallGrid(QWidget):
    """Tiles in cells; ``tiles[i]`` is tile *i* of the current grid kind."""

    def __init__(
        self,
        tile_factory: TileFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wallGrid")
        self._factory = tile_factory or default_tile_factory
        self.kind = DEFAULT_GRID
        self.tiles: list[VideoTile] = []
        self.maximised: int | None = None  # the tile filling the wall, if any
        self.lent: set[int] = set()  # tiles shown elsewhere (full screen)
        self.on_new_tile: Callable[[VideoTile], None] | None = None

    def set_kind(self, kind: str) -> None:
        count = grid(kind).tile_count  # raises on an unknown kind before anything changes
        self.kind = kind
        while len(self.tiles) > count:
            tile = self.tiles.pop()
            tile.set_camera(None)
            tile.hide()
            tile.deleteLater()
        while len(self.tiles) < count:
            tile = self._factory(len(self.tiles), self)
            tile.setMinimumSize(CELL_MINIMUM)
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

    def lend(self, index: int) -> VideoTile:
        """Take tile ``index`` out of the grid (for a full-screen window to hold)."""
        self.lent.add(index)
        return self.tiles[index]

    def take_back(self, index: int) -> None:
        """Tile ``index`` returns to its cell."""
        self.lent.discard(index)
        if index < len(self.tiles):
            self.tiles[index].setParent(self)
        self.relayout()

    def relayout(self) -> None:
        """Show the tiles that belong on the wall now, hide the others, and place them."""
        for index, tile in enumerate(self.tiles):
            if index in self.lent:
                continue
            tile.setVisible(self.maximised is None or index == self.maximised)
        self._place()

    def _place(self) -> None:
        layout_grid = grid(self.kind)
        width, height = self.width(), self.height()
        for index, tile in enumerate(self.tiles):
            if index in self.lent or not tile.isVisibleTo(self):
                continue
            if self.maximised is not None:
                tile.setGeometry(cell_rect(Cell(0, 0), 1, width, height))
            else:
                tile.setGeometry(
                    cell_rect(layout_grid.cells[index], layout_grid.size, width, height)
                )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def minimumSizeHint(self) -> QSize:
        size = 1 if self.maximised is not None else grid(self.kind).size
        return QSize(
            size * CELL_MINIMUM.width() + (size - 1) * SPACING,
            size * CELL_MINIMUM.height() + (size - 1) * SPACING,
        )

    def sizeHint(self) -> QSize:
        return QSize(640, 400)
