"""A console window: a dock area, notices on top, the status line below. One per screen."""

from __future__ import annotations

import PySide6QtAds as QtAds
from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ioc_console import APPLICATION_NAME
from ioc_console.gui.widgets.notification_bar import NotificationBar


class ConsoleWindow(QMainWindow):
    closing = Signal(object)
    """Emitted with the window when the operator closes it (before it goes)."""

    def __init__(self, window_id: str) -> None:
        super().__init__()
        self.window_id = window_id
        self.setObjectName(f"window:{window_id}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notifications = NotificationBar()
        self.dock_manager = QtAds.CDockManager(central)
        self.dock_manager.setObjectName(f"docks:{window_id}")
        layout.addWidget(self.notifications)
        layout.addWidget(self.dock_manager, 1)
        self.empty_hint = QLabel(self.dock_manager)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.setCentralWidget(central)
        self._mode_before_fullscreen = "normal"
        self._geometry_before_fullscreen = QRect()
        self.dock_manager.dockWidgetAdded.connect(self.update_empty_hint)
        self.dock_manager.dockWidgetRemoved.connect(self.update_empty_hint)
        self.connection_label = QLabel()
        self.layout_label = QLabel()
        self.data_label = QLabel()
        for label in (self.connection_label, self.data_label):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.layout_label)
        self.site_title = ""
        self.retranslate()

    # -- modes -------------------------------------------------------------------------------
    def mode(self) -> str:
        if self.isFullScreen():
            return "fullscreen"
        if self.isMaximized():
            return "maximized"
        return "normal"

    def toggle_fullscreen(self) -> None:
        """F11: full screen on this window's screen, and back to how it was."""
        if self.isFullScreen():
            if self._mode_before_fullscreen == "maximized":
                self.showMaximized()
            else:
                self.showNormal()
                self.setGeometry(self._geometry_before_fullscreen)
        else:
            self._mode_before_fullscreen = self.mode()
            self._geometry_before_fullscreen = self.geometry()
            # sized by hand too: without a window manager the request alone does nothing
            self.setGeometry(self.screen().geometry())
            self.showFullScreen()

    # -- drawing -----------------------------------------------------------------------------
    def update_empty_hint(self, *_args) -> None:
        empty = not self.dock_manager.openedDockWidgets()
        self.empty_hint.setVisible(empty)
        if empty:
            self.empty_hint.resize(self.dock_manager.size())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty_hint.resize(self.dock_manager.size())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = (
            self.tr("%1 — window %2")
            .replace("%1", APPLICATION_NAME)
            .replace("%2", self.window_id.removeprefix("window-"))
            if self.window_id != "main"
            else APPLICATION_NAME
        )
        if self.site_title:
            title = f"{title} — {self.site_title}"
        self.setWindowTitle(title)
        self.empty_hint.setText(
            self.tr(
                "No panels in this window.\nOpen one from the Panels menu, or send one "
                "here with Ctrl+Alt and the number of this screen."
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit(self)
        super().closeEvent(event)
