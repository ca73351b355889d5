"""When a tile can be seen, and when its native window changes.

A tile that cannot be seen — hidden (a tab that is not current, a closed panel), or its
top-level window minimised — stops decoding (``_pause``) and plays again when seen
(``_resume``). The window is watched through an event filter that follows the tile when it is
reparented (floated, moved to another window). A new native window for the video surface
(``WinIdChange``) while playing means playing into the new one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ioc_console.gui.video.tile_host import TileHost

log = logging.getLogger(__name__)


class TileVisibility(TileHost):
    """Mixed into :class:`VideoTile` (which provides ``surface``, ``_player``, ``_pause``,
    ``_resume`` and ``_start_player``)."""

    _window: QWidget | None = None

    def _seen(self) -> bool:
        window = self.window()
        return self.isVisible() and not (window is not None and window.isMinimized())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._watch_window()
        QTimer.singleShot(0, self._seen_changed)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._pause()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ParentChange:
            self._watch_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.surface and kind == QEvent.Type.WinIdChange:
            if self._player.active:  # a new native window: play into it (libVLC cannot move)
                log.info("%s: native window changed, re-attaching", self.camera_id)
                self._start_player()
        elif watched is self._window and kind == QEvent.Type.WindowStateChange:
            QTimer.singleShot(0, self._seen_changed)
        return False

    def _watch_window(self) -> None:
        window = self.window()
        if window is self._window:
            return
        if self._window is not None:
            try:
                self._window.removeEventFilter(self)
            except RuntimeError:  # that window is gone already
                pass
        self._window = window
        if window is not None and window is not self:
            window.installEventFilter(self)

    def _seen_changed(self) -> None:
        try:
            seen = self._seen()
        except RuntimeError:  # deleted meanwhile
            return
        if seen:
            self._resume()
        else:
            self._pause()
