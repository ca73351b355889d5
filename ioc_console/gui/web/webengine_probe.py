"""Does QtWebEngine render a page and run JavaScript here?"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
TIMEOUT_MS = 20_000


class WebEngineProbe(QObject):
    finished = Signal(bool, str)
    """Emitted once with (works, detail)."""

    def start(self) -> None:
        try:
            from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
        except ImportError as exc:
            self.finished.emit(False, f"QtWebEngine is not installed: {exc}")
            return
        self._done = False
        self._profile = QWebEngineProfile(self)  # off-the-record: leaves nothing on disk
        self._page = QWebEnginePage(self._profile, self)
        self._page.loadFinished.connect(self._loaded)
        self._page.renderProcessTerminated.connect(
            lambda status, code: self._finish(False, f"renderer ended ({status}, {code})")
        )
        QTimer.singleShot(TIMEOUT_MS, lambda: self._finish(False, "no page within 20 s"))
        self._page.setHtml("<!doctype html><title>probe</title><p>Cao Lãnh</p>")

    def _loaded(self, ok: bool) -> None:
        if not ok:
            self._finish(False, "the test page did not load")
            return
        self._page.runJavaScript("document.querySelector('p').textContent.length + 1", 0, self._ran)

    def _ran(self, result) -> None:
        if result in (9, 9.0):
            from PySide6.QtWebEngineCore import qWebEngineChromiumVersion

            version = qWebEngineChromiumVersion()  # a str, though the stubs say bytes
            self._finish(True, f"Chromium {version!s}")
        else:
            self._finish(False, f"JavaScript gave {result!r}")

    def _finish(self, ok: bool, detail: str) -> None:
        if self._done:
            return
        self._done = True
        log.log(logging.INFO if ok else logging.ERROR, "QtWebEngine: %s", detail)
        self.finished.emit(ok, detail)
        # the page must go before its profile
        self._page.destroyed.connect(self._profile.deleteLater)
        self._page.deleteLater()
