"""The map's own URL scheme, ``app://map/…``: the page, the vendored web assets, Qt's
``qwebchannel.js`` and, from an MBTiles file, the offline tiles. Nothing else is served.

The scheme must be registered before the QApplication exists (:func:`register_scheme`);
the handler is installed on the map's own web profile.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from ioc_console.core.paths import resources_dir

log = logging.getLogger(__name__)

SCHEME = "app"
HOST = "map"
ORIGIN = f"{SCHEME}://{HOST}"
PAGE_PATH = "/index.html"
PAGE_URL = ORIGIN + PAGE_PATH
WEB_PREFIX = "/web/"
CHANNEL_JS = "/qwebchannel.js"
TILE_PATH = re.compile(r"^/tiles/(\d{1,2})/(\d{1,9})/(\d{1,9})(?:\.\w+)?$")
MIME = {".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml"}


def register_scheme() -> bool:
    """Declare ``app://`` to QtWebEngine (secure, host syntax, no access to local files).
    Must run before the QApplication is created; returns False if it was too late."""
    if QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name():
        return True
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        log.error("the app:// scheme is registered after the application was created")
        return False
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    return True


def page_url() -> QUrl:
    return QUrl(PAGE_URL)


def web_dir() -> Path:
    return resources_dir() / "web"


def _qwebchannel_js() -> bytes:
    file = QFile(":/qtwebchannel/qwebchannel.js")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return b""
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``app://map/…`` from memory and from ``resources/web``; refuses the rest.

    ``page`` returns the page's HTML; ``tiles`` (optional) returns ``(bytes, mime)`` for an
    XYZ tile or None."""

    def __init__(
        self,
        page: Callable[[], bytes],
        tiles: Callable[[int, int, int], tuple[bytes, str] | None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._page = page
        self._tiles = tiles
        self._root = web_dir().resolve()
        self.served: list[str] = []  # paths answered, for the System status and the tests

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if url.host() != HOST or bytes(job.requestMethod().data()) != b"GET":
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        path = url.path()
        try:
            answer = self._answer(path)
        except Exception:
            log.exception("map scheme: %s failed", path)
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        if answer is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        body, mime = answer
        self.served.append(path)
        buffer = QBuffer(job)  # lives as long as the job reads it
        buffer.setData(QByteArray(body))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buffer)

    def _answer(self, path: str) -> tuple[bytes, str] | None:
        if path == PAGE_PATH:
            return self._page(), "text/html"
        if path == CHANNEL_JS:
            return _qwebchannel_js(), "text/javascript"
        if path.startswith(WEB_PREFIX):
            return self._asset(path[len(WEB_PREFIX) :])
        match = TILE_PATH.match(path)
        if match and self._tiles is not None:
            z, x, y = (int(g) for g in match.groups())
            return self._tiles(z, x, y)
        return None

    def _asset(self, relative: str) -> tuple[bytes, str] | None:
        target = (self._root / relative).resolve()
        if not target.is_relative_to(self._root) or not target.is_file():
            return None
        if target.suffix not in MIME:  # licences, sources: not for the page
            return None
        return target.read_bytes(), MIME[target.suffix]
