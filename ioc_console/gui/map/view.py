"""The map's web view: its own off-the-record profile (guarded, the ``app://`` scheme, the
channel) and the map page. Knows nothing of the cache: it sends the set-up it is given when
the page is ready, and the deltas and commands pushed to it while the page is up."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from ioc_console.gui.map.channel import MapChannel, MapEvents
from ioc_console.gui.map.guard import GuardedPage, RequestGuard, lock_down
from ioc_console.gui.map.page import page_html
from ioc_console.gui.map.scheme import SCHEME, MapSchemeHandler, page_url
from ioc_console.gui.map.tiles import Tiles

log = logging.getLogger(__name__)


class MapView(QWebEngineView):
    pageReady = Signal()
    """The page (loaded anew, or again after a crash) has its set-up and waits for data."""

    def __init__(
        self,
        tiles: Tiles | None = None,
        parent: QWidget | None = None,
        page: Callable[[], bytes] = page_html,
    ) -> None:
        super().__init__(parent)
        self.tiles = tiles or Tiles()
        self.setup: Callable[[], dict] = dict
        self.ready = False
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)

        profile = QWebEngineProfile()  # no storage name: off the record, nothing on disk
        lock_down(profile)
        self.guard = RequestGuard(None if self.tiles.mbtiles else self.tiles.url, profile)
        profile.setUrlRequestInterceptor(self.guard)
        self.scheme = MapSchemeHandler(page, self.tiles.tile, profile)
        profile.installUrlSchemeHandler(SCHEME.encode(), self.scheme)
        web_page = GuardedPage(profile, self)
        profile.setParent(web_page)  # a profile must outlive its pages: it goes after its page
        self.channel = MapChannel(web_page)
        web_channel = QWebChannel(web_page)
        web_channel.registerObject("map", self.channel)
        web_page.setWebChannel(web_channel)
        self.setPage(web_page)
        self.channel.events.ready.connect(self._page_ready)
        web_page.renderProcessTerminated.connect(self._renderer_gone)

    @property
    def events(self) -> MapEvents:
        return self.channel.events

    def start(self, setup: dict | Callable[[], dict]) -> None:
        """Load the page; ``setup`` (layers, tiles, view, options, labels; or a call that
        returns them) goes to it once it is ready, and again after each reload."""
        self.setup = setup if callable(setup) else (lambda: setup)
        self.load(page_url())

    def reload_page(self) -> None:
        self.ready = False
        self.load(page_url())

    def push(self, deltas: list[dict]) -> None:
        """Apply layer deltas in the page (dropped while the page is not ready: its next
        snapshot has them)."""
        if self.ready and deltas:
            self.channel.pushDeltas.emit(json.dumps(deltas, ensure_ascii=False, default=str))

    def command(self, op: str, **args) -> None:
        if self.ready:
            self.channel.pushCommand.emit(json.dumps({"op": op, **args}, default=str))

    def _page_ready(self) -> None:
        setup = dict(self.setup(), tiles=self.tiles.page_config())
        self.channel.pushSetup.emit(json.dumps(setup, ensure_ascii=False, default=str))
        self.ready = True
        self.pageReady.emit()

    def _renderer_gone(self, status, code) -> None:
        self.ready = False
        normal = status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus
        log.log(
            logging.INFO if normal else logging.ERROR,
            "map: the web renderer ended (%s, exit code %s)",
            status.name,
            code,
        )
