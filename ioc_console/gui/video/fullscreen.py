"""One tile full screen: a frameless top-level window on the tile's screen holding the tile.

The tile is lent by the wall and re-parented here (it re-attaches its player to its new
native window itself); Esc or a double-click gives it back to its cell.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class TileFullScreen(QWidget):
    finished = Signal()
    """Emitted once when the operator leaves full screen (Esc, double-click, closing)."""

    def __init__(self, tile: QWidget, screen) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("tileFullScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(tile.windowTitle() or self.tr("Camera"))
        self.tile = tile
        self._done = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(tile)
        tile.show()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def give_back(self) -> QWidget:
        """Release the tile (the caller puts it back) and close."""
        if not self._done:
            self._done = True
            self._layout.removeWidget(self.tile)
            self.finished.emit()
            self.close()
        return self.tile

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.give_back()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if not self._done:
            self._done = True
            self._layout.removeWidget(self.tile)
            self.finished.emit()
        super().closeEvent(event)


class FullScreenKeeper:
    """At most one tile of a wall full screen; the tile goes back to its cell afterwards."""

    def __init__(self, wall) -> None:
        self._wall = wall  # grid.lend/take_back, tiles, select, instance_id
        self._current: tuple[int, TileFullScreen] | None = None

    @property
    def index(self) -> int | None:
        return self._current[0] if self._current else None

    def toggle(self, index: int) -> None:
        wall = self._wall
        if not 0 <= index < len(wall.tiles):
            return
        if self._current is not None:
            was = self._current[0]
            self.leave()
            if was == index:
                return
        wall.select(index)
        screen = wall.tiles[index].screen()
        window = TileFullScreen(wall.grid.lend(index), screen)
        window.finished.connect(lambda i=index: self._ended(i))
        wall.destroyed.connect(window.close)  # a wall closed meanwhile takes its tile along
        self._current = (index, window)
        log.info("tile %d of %s full screen", index + 1, wall.instance_id)

    def leave(self) -> None:
        if self._current is not None:
            self._current[1].give_back()

    def _ended(self, index: int) -> None:
        self._current = None
        if shiboken6.isValid(self._wall):
            self._wall.grid.take_back(index)
            log.info("tile %d of %s back in the wall", index + 1, self._wall.instance_id)
