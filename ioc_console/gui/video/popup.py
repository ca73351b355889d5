"""A camera in a pop-up: a floating tool window with one tile, on the active screen."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

log = logging.getLogger(__name__)
SIZE = (640, 400)


def active_screen():
    """The screen of the active window, else the one under the pointer, else the primary."""
    window = QApplication.activeWindow()
    if window is not None and window.screen() is not None:
        return window.screen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


class CameraPopup(QWidget):
    closed = Signal(str)
    """Emitted with the camera id when the operator closes the pop-up."""

    def __init__(self, camera: dict, tile_factory=None) -> None:
        super().__init__(None, Qt.WindowType.Tool)
        self.setObjectName("cameraPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.camera_id = camera["id"]
        if tile_factory is None:
            from ioc_console.gui.video.wall_grid import default_tile_factory as tile_factory
        self.tile = tile_factory(0, self)
        self.tile.doubleClicked.connect(self._toggle_maximised)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tile)
        self.show_camera(camera)
        screen = active_screen()
        area = screen.availableGeometry()
        rect = QRect(0, 0, *SIZE)
        rect.moveCenter(area.center())
        self.setScreen(screen)
        self.setGeometry(rect)

    def show_camera(self, camera: dict) -> None:
        if camera != self.tile.camera:
            self.tile.set_camera(camera)
        self.setWindowTitle(str(camera.get("name") or camera["id"]))

    def present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def _toggle_maximised(self) -> None:
        if self.isMaximized():
            self.showNormal()
        else:
            self.showMaximized()

    def closeEvent(self, event) -> None:
        self.tile.set_camera(None)
        self.closed.emit(self.camera_id)
        super().closeEvent(event)
