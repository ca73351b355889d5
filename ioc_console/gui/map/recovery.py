"""A map whose web renderer died comes back: the page is loaded again, asks for its set-up
and its layers, and the operator reads a short notice."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWebEngineCore import QWebEnginePage

from ioc_console.core.intents import NoticeLevel

log = logging.getLogger(__name__)
RELOAD_MS = 500
MAX_CRASHES = 3  # within WINDOW_S: then the map stays down and says so
WINDOW_S = 60.0
NORMAL = QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus


class RendererRecovery(QObject):
    reloading = Signal()
    """The renderer ended abnormally and the page is being loaded again."""

    def __init__(self, view, notify: Callable[[NoticeLevel, str], None], parent=None) -> None:
        super().__init__(parent or view)
        self._view = view
        self._notify = notify
        self._crashes: list[float] = []
        view.page().renderProcessTerminated.connect(self._terminated)

    def _terminated(self, status, code) -> None:
        if status == NORMAL:
            return
        now = time.monotonic()
        self._crashes = [t for t in self._crashes if now - t < WINDOW_S] + [now]
        if len(self._crashes) > MAX_CRASHES:
            log.error("map: the renderer keeps stopping; the map is not reloaded again")
            self._notify(
                "error",
                self.tr(
                    "The map stopped %1 times in a minute and stays closed; close and open "
                    "the Map panel to try again."
                ).replace("%1", str(len(self._crashes))),
            )
            return
        log.warning("map: reloading the page after its renderer ended (%s)", status.name)
        self._notify("warning", self.tr("The map's display stopped; it has been reloaded."))
        self.reloading.emit()
        QTimer.singleShot(RELOAD_MS, self, self._view.reload_page)
