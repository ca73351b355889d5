"""What a tile does with the mouse and keyboard: click, double-click, drag to swap, drops,
wheel zoom around the cursor, drag to pan when zoomed, and its context menu.

Dragging the header, or the video when it is not zoomed, starts a drag of the tile
(``application/x-ioc-tile`` = its index); dropping a tile or a camera
(``application/x-ioc-camera`` = camera id) on a tile emits ``tileDropped``/``cameraDropped``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QDrag
from PySide6.QtWidgets import QApplication, QMenu

from ioc_console.core.video.streams import StreamChoice
from ioc_console.gui.video.tile_host import TileHost

TILE_MIME = "application/x-ioc-tile"
CAMERA_MIME = "application/x-ioc-camera"


class TileInput(TileHost):
    """Mixed into :class:`VideoTile` (which provides the signals, ``_zoom`` and ``body``)."""

    _press: QPoint | None = None
    _panning = False

    # --- clicks, drags, pan -----------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._panning = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.activated.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        on_video = self.body.geometry().contains(self._press)
        if self._zoom.zoomed and on_video:
            self._panning = True
            delta = pos - self._press
            self._press = pos
            self._zoom.pan(
                delta.x() / max(1, self.body.width()), delta.y() / max(1, self.body.height())
            )
            self._apply_zoom()
        elif (pos - self._press).manhattanLength() >= QApplication.startDragDistance():
            self._press = None
            self._start_drag()

    def mouseReleaseEvent(self, event) -> None:
        self._press = None
        self._panning = False
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.doubleClicked.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _start_drag(self) -> None:
        mime = QMimeData()
        mime.setData(TILE_MIME, QByteArray(str(self.index).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.header.grab())
        drag.exec(Qt.DropAction.MoveAction)

    # --- drops ------------------------------------------------------------------------------

    def _dropped(self, mime) -> tuple[str, str] | None:
        for kind in (TILE_MIME, CAMERA_MIME):
            if mime.hasFormat(kind):
                value = bytes(mime.data(kind).data()).decode("utf-8", "replace").strip()
                if kind == TILE_MIME and not value.lstrip("-").isdigit():
                    return None
                return (kind, value) if value else None
        return None

    def dragEnterEvent(self, event) -> None:
        if self._dropped(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        found = self._dropped(event.mimeData())
        if found is None:
            event.ignore()
            return
        kind, value = found
        event.acceptProposedAction()
        if kind == TILE_MIME:
            if int(value) != self.index:
                self.tileDropped.emit(int(value))
        else:
            self.cameraDropped.emit(value)

    # --- zoom -------------------------------------------------------------------------------

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if not steps or self.camera is None:
            event.ignore()
            return
        pos = self.body.mapFrom(self, event.position().toPoint())
        self._zoom.zoom_at(
            pos.x() / max(1, self.body.width()), pos.y() / max(1, self.body.height()), steps
        )
        self._apply_zoom()
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self._zoom.zoom_at(0.5, 0.5, -1 if key == Qt.Key.Key_Minus else 1)
            self._apply_zoom()
        elif key == Qt.Key.Key_0:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)

    # --- context menu -----------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The tile's menu: Stream Auto/Low/High, Snapshot, Reset zoom (plus the wall's)."""
        menu = QMenu(self)
        stream = menu.addMenu(self.tr("Stream"))
        group = QActionGroup(menu)
        for choice, title in (
            (StreamChoice.AUTO, self.tr("Auto (by tile size)")),
            (StreamChoice.LOW, self.tr("Low (sub-stream)")),
            (StreamChoice.HIGH, self.tr("High (main stream)")),
        ):
            action = QAction(title, menu, checkable=True)
            action.setChecked(choice is self.override)
            action.setData(choice.value)
            action.triggered.connect(lambda _=False, c=choice: self.set_override(c))
            group.addAction(action)
            stream.addAction(action)
        snap = menu.addAction(self.tr("Snapshot"))
        snap.setObjectName("tileSnapshot")
        snap.setEnabled(self.state.value == "live")
        snap.triggered.connect(self._snapshot_from_menu)
        reset = menu.addAction(self.tr("Reset zoom (1:1)"))
        reset.setObjectName("tileResetZoom")
        reset.setEnabled(self._zoom.zoomed)
        reset.triggered.connect(self.reset_zoom)
        self.contextMenuAboutToShow.emit(menu)
        return menu

    def _snapshot_from_menu(self) -> None:
        self.snapshot(self.snapshot_folder())  # snapshotTaken follows

    def contextMenuEvent(self, event) -> None:
        self.activated.emit()
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()
