"""What the map's web view may do: load from ``app://map`` and the configured tile host only,
never navigate away from the map page, never open a window, never read local files."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from ioc_console.gui.map.scheme import HOST, PAGE_PATH, SCHEME

log = logging.getLogger(__name__)
LOCAL_SCHEMES = ("data", "blob")  # made by the page itself, never fetched
OFF = (
    QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
    QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows,
    QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard,
    QWebEngineSettings.WebAttribute.JavascriptCanPaste,
    QWebEngineSettings.WebAttribute.PluginsEnabled,
    QWebEngineSettings.WebAttribute.PdfViewerEnabled,
    QWebEngineSettings.WebAttribute.NavigateOnDropEnabled,
    QWebEngineSettings.WebAttribute.HyperlinkAuditingEnabled,
    QWebEngineSettings.WebAttribute.DnsPrefetchEnabled,
    QWebEngineSettings.WebAttribute.AllowRunningInsecureContent,
    QWebEngineSettings.WebAttribute.LocalStorageEnabled,
    QWebEngineSettings.WebAttribute.ScreenCaptureEnabled,
    QWebEngineSettings.WebAttribute.WebGLEnabled,
    QWebEngineSettings.WebAttribute.FullScreenSupportEnabled,
    QWebEngineSettings.WebAttribute.FocusOnNavigationEnabled,
)


def tile_origin(tile_url: str | None) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) of a tile URL template, or None."""
    if not tile_url:
        return None
    parts = urlsplit(tile_url.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts.scheme, parts.hostname.lower(), parts.port


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Sees every request of the map's profile; lets through ``app://map`` and the tile host.

    :attr:`seen` records every URL (the tests read it), :attr:`blocked` those refused."""

    def __init__(self, tile_url: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.tile = tile_origin(tile_url)
        if self.tile and "{s}" in (tile_url or ""):
            log.warning("map tiles: the {s} subdomains are not allowed, only %s", self.tile[1])
        self.seen: list[str] = []
        self.blocked: list[str] = []

    def allows(self, url: QUrl) -> bool:
        scheme = url.scheme()
        if scheme == SCHEME:
            return url.host() == HOST
        if scheme in LOCAL_SCHEMES:
            return True
        if self.tile is None or scheme not in ("http", "https"):
            return False
        port = url.port() if url.port() != -1 else None
        return (scheme, url.host().lower(), port) == self.tile

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        text = url.toString()
        self.seen.append(text)
        if not self.allows(url):
            info.block(True)
            self.blocked.append(text)
            log.warning("map: blocked a request for %s", text[:200])


class GuardedPage(QWebEnginePage):
    """The map page: stays on ``app://map/index.html``, opens no window, logs its console."""

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if (url.scheme(), url.host(), url.path(), url.query()) == (SCHEME, HOST, PAGE_PATH, ""):
            return True
        log.warning("map: refused to navigate to %s", url.toString()[:200])
        return False

    def createWindow(self, kind):
        log.warning("map: refused to open a window")
        return None

    def javaScriptAlert(self, origin: QUrl | str, message: str) -> None:
        log.warning("map page: refused to show a dialog (%s)", message[:200])

    def javaScriptConfirm(self, origin: QUrl | str, message: str) -> bool:
        log.warning("map page: refused to show a dialog (%s)", message[:200])
        return False

    def javaScriptPrompt(self, origin: QUrl | str, message: str, default: str):
        log.warning("map page: refused to show a dialog (%s)", message[:200])
        return False, ""

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        log_level = {
            QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: logging.ERROR,
            QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: logging.WARNING,
        }.get(level, logging.DEBUG)
        log.log(log_level, "map page: %s (%s:%d)", message[:500], source[-80:], line)


def lock_down(profile: QWebEngineProfile) -> None:
    """No disk, no files, no windows, no plugins for the map's profile."""
    settings = profile.settings()
    for attribute in OFF:
        settings.setAttribute(attribute, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)
    settings.setAttribute(QWebEngineSettings.WebAttribute.ErrorPageEnabled, False)
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
    )
