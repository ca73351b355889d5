"""Desktop notifications of new urgent alerts through the system tray; clicking one raises the
console. Without a tray (a bare X server, some desktops) the console says so once in the log
and carries on: :attr:`TrayNotifier.shown` still records what would have been shown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

log = logging.getLogger(__name__)
NOTIFIED_PRIORITIES = (1, 2)  # P3/P4 would make the desktop as noisy as the queue
MESSAGE_MS = 10_000


class TrayNotifier(QObject):
    def __init__(
        self,
        icon: QIcon,
        raise_console: Callable[[], None],
        parent: QObject | None = None,
        *,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self._raise_console = raise_console
        self._icon = icon
        self._available = available
        self._tray: QSystemTrayIcon | None = None
        self._reported = False
        self.raise_on_click: Callable[[], bool] = lambda: True
        """Whether a click on a notification brings the console forward (the option, read
        at each click so a change in the settings holds at once)."""
        self.shown: list[tuple[str, str]] = []
        """Every notification (title, text) shown, or that would have been without a tray."""

    def _ensure_tray(self) -> QSystemTrayIcon | None:
        if self._tray is not None:
            return self._tray
        if not self._available():
            if not self._reported:
                self._reported = True
                log.info("no system tray: alert notifications appear in the console only")
            return None
        tray = QSystemTrayIcon(self._icon, self)
        tray.setToolTip(QCoreApplication.translate("Alerts", "IOC Console — alerts"))
        menu = QMenu()
        menu.addAction(
            QCoreApplication.translate("Alerts", "Show the console"), self._raise_console
        )
        tray.setContextMenu(menu)
        self._menu = menu  # QSystemTrayIcon does not own its menu
        tray.messageClicked.connect(self._clicked)
        tray.activated.connect(self._activated)
        tray.show()
        self._tray = tray
        return tray

    def notify(self, alert: Any) -> bool:
        """A notification for ``alert`` when its priority deserves one; True if it was."""
        if int(alert.priority) not in NOTIFIED_PRIORITIES:
            return False
        title = (
            QCoreApplication.translate("Alerts", "P%1 alert: %2")
            .replace("%1", str(alert.priority))
            .replace("%2", str(alert.title or ""))
        )
        place = str(getattr(alert, "place", "") or "")
        text = place or str(getattr(alert, "source", "") or "")
        self.message(title, text, critical=int(alert.priority) == 1)
        return True

    def message(self, title: str, text: str, *, critical: bool = False) -> None:
        """A desktop notification (recorded in :attr:`shown` even without a tray)."""
        self.shown.append((title, text))
        tray = self._ensure_tray()
        if tray is not None:
            level = (
                QSystemTrayIcon.MessageIcon.Critical
                if critical
                else QSystemTrayIcon.MessageIcon.Warning
            )
            tray.showMessage(title, text, level, MESSAGE_MS)

    def _clicked(self) -> None:
        if self.raise_on_click():
            self._raise_console()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._raise_console()

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()
