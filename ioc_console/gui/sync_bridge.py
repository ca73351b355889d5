"""The backend link in the Qt layer: starts the sync engine (and, in demo mode, the embedded demo
backend), follows the core's events as queued signals (:func:`~.bridge.follow`) and keeps
:class:`AppStatus` current.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from ioc_console.core.status import Capability, ConnectionState
from ioc_console.core.store.changes import Change
from ioc_console.core.sync.status import SyncStatus
from ioc_console.gui.bridge import Relay, follow
from ioc_console.gui.i18n import tr
from ioc_console.gui.tasks import run_in_background

if TYPE_CHECKING:
    from ioc_console.core.cap.poller import CapFeedPoller, FeedStatus
    from ioc_console.core.services import Services
    from ioc_console.core.sync.engine import SyncEngine
    from ioc_console.core.sync.link import BackendTarget

log = logging.getLogger(__name__)
DemoStarter = Callable[..., tuple[Any, Any]]
"""Starts the embedded demo backend (keywords: the DemoBackend's options); returns
``(DemoBackend, BackendTarget)``."""


class SyncBridge(QObject):
    datasetChanged = Signal(object)
    """A committed :class:`Change` to the cache (a dataset, ``outbox`` or ``datasets``)."""
    linkChanged = Signal(object)
    """The engine's new :class:`SyncStatus`."""
    refused = Signal(object)
    """The backend refused a queued action for good (a :class:`Refusal`)."""
    demoStarted = Signal(str)
    """The embedded demo backend answers at this address."""
    startFailed = Signal(str)
    """The link could not be set up (the reason, for the log and a notice)."""
    capFeedPolled = Signal(object)
    """A poll of the site's CAP feed finished (its :class:`FeedStatus`)."""

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        start_demo: DemoStarter | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.engine: SyncEngine | None = None
        self._forget_queued: Callable[[], None] = lambda: None
        self.cap_poller: CapFeedPoller | None = None  # the site profile's CAP feed, if any
        self.demo: Any = None  # the embedded DemoBackend in demo mode
        self._start_demo = start_demo  # given where the application is assembled
        self.datasetChanged.connect(self._cache_changed)
        self.linkChanged.connect(self._link_changed)
        # a burst of writes (a page, a thousand queued actions) is read back once
        self._dirty: set[str] = set()
        self._refresh_timer = QTimer(self, singleShot=True, interval=250)
        self._refresh_timer.timeout.connect(self._refresh_status)
        self._relays: list[Relay] = []
        if services.cache is not None:
            self._relays.append(follow(self, services.cache.changed, self.datasetChanged.emit))

    # -- start and stop --------------------------------------------------------------------

    def start(self, username: str | None = None, password: str | None = None) -> None:
        """Start the link: in demo mode the demo backend first (off the GUI thread)."""
        if self.services.cache is None:
            log.error("no cache: the console cannot keep data from the backend")
            return
        # imported here, after the first window is up: the HTTP stack takes time to load
        from ioc_console.core.sync.engine import USER_META
        from ioc_console.core.sync.link import BackendTarget

        profile = self.services.profile
        if profile is None:
            if self._start_demo is None:
                self._demo_failed(RuntimeError("this console was assembled without a demo backend"))
                return
            run_in_background(self._start_demo, self._demo_started, self._demo_failed)
            return
        target = BackendTarget(
            profile.backend_url,
            username or self.services.cache.meta(USER_META),
            password,
            ward=profile.ward,
            ca_bundle=str(profile.ca_bundle) if profile.ca_bundle else None,
            timeout_s=profile.timeout_s,
        )
        self._start_engine(target)
        self._start_cap_feed()

    def sign_in(self, username: str, password: str) -> None:
        """Sign in again with these credentials (after the backend refused the sign-in)."""
        if self.engine is None:
            return
        self.engine.credentials = (username, password)
        self.engine.username = username
        self.engine.sign_out()
        self.engine.kick()

    def stop(self) -> None:
        if self.cap_poller is not None:
            self.cap_poller.stop(timeout=2.0)
            self.cap_poller = None
        if self.engine is not None:
            self._forget_queued()
            self.engine.stop(timeout=2.0)
            self.engine = None
        if self.demo is not None:
            self.demo.stop()
        for relay in self._relays:
            relay.close()
        self._relays.clear()

    def _demo_started(self, started: tuple[Any, BackendTarget]) -> None:
        backend, target = started
        self.demo = backend
        log.info("embedded demo backend at %s", backend.url)
        self.services.status.update_backend(url=backend.url)
        self.demoStarted.emit(backend.url)
        self._start_engine(target)

    def _demo_failed(self, error: Exception) -> None:
        log.error("the demo backend did not start: %s", error, exc_info=error)
        self.services.status.update_backend(
            state=ConnectionState.OFFLINE, last_error=str(error), error_kind="internal"
        )
        self.startFailed.emit(str(error))

    def _start_engine(self, target: BackendTarget) -> None:
        from ioc_console.core.sync.link import build_engine

        cache = self.services.cache
        if cache is None:  # start() does not get here without one
            log.error("no cache: the console cannot keep data from the backend")
            return
        if self.services.console_id and target.console_id is None:  # X-Console-Id
            target = replace(target, console_id=self.services.console_id)
        self.engine = build_engine(cache, target, on_feed_error=self._feed_failed)
        self._relays.append(follow(self, self.engine.status_changed, self.linkChanged.emit))
        self._relays.append(follow(self, self.engine.refused, self.refused.emit))
        # a panel's queued action goes out at once (the engine is thread-safe to kick)
        self._forget_queued = self.services.actions_queued.connect(self.engine.kick)
        self.engine.start()

    def _feed_failed(self, plugin_id: str, where: str, error: BaseException | str) -> None:
        """A plugin's feed failed (on the sync thread): reported against its plugin."""
        self.services.plugins.report_error(plugin_id, where, error)

    def _start_cap_feed(self) -> None:
        """Poll the CAP feed the site profile names, into the cache's alerts."""
        profile, cache = self.services.profile, self.services.cache
        if profile is None or cache is None or not profile.cap.feed_url:
            return
        from ioc_console.core.cap.poller import CapFeedPoller

        ui = QLocale().name().split("_")[0] or "vi"
        self.cap_poller = CapFeedPoller(
            cache,
            profile.cap,
            languages=tuple(dict.fromkeys((ui, "vi" if ui == "vi" else "en", "en"))),
            ca_bundle=profile.ca_bundle,
            timeout=profile.timeout_s,
            scope_ward=profile.ward,
        )
        self._relays.append(follow(self, self.cap_poller.polled, self._cap_polled))
        self.services.status.set_capability("cap_feed", Capability(None))
        self.cap_poller.start()
        log.info("polling the CAP feed %s every %g s", profile.cap.feed_url,
                 profile.cap.poll_seconds)

    def _cap_polled(self, status: FeedStatus) -> None:
        self.services.status.set_capability("cap_feed", Capability(status.ok, tr(status.detail)))
        self.capFeedPolled.emit(status)

    # -- the demo backend's plug ------------------------------------------------------------

    @property
    def demo_plugged(self) -> bool:
        return self.demo is not None and self.demo.running

    def set_demo_plugged(self, plugged: bool) -> None:
        """Take the embedded demo backend off the network and back, as a cut link would."""
        if self.demo is None or plugged == self.demo.running:
            return
        if plugged:
            self.demo.start()
            log.info("demo backend plugged back in at %s", self.demo.url)
            if self.engine is not None:
                self.engine.kick()
        else:
            self.demo.stop(keep_live=True)  # the city goes on: the console catches up later
            log.info("demo backend unplugged")

    @property
    def demo_streams_on(self) -> bool:
        return self.demo is not None and self.demo.streamer.running

    def set_demo_streams(self, on: bool) -> None:
        """Stop the demo cameras' video and start it again, as cameras that fail would (off the
        GUI thread: stopping libVLC's stream outputs waits for their threads)."""
        if self.demo is None or on == self.demo.streamer.running:
            return
        streamer = self.demo.streamer
        run_in_background(
            streamer.start if on else streamer.stop,
            lambda _: log.info("demo camera streams %s", "started" if on else "stopped"),
            lambda error: log.error("the demo camera streams could not be changed: %s", error),
        )

    # -- the core's events, on the GUI thread -----------------------------------------------

    def _cache_changed(self, change: Change) -> None:
        if change.dataset in ("outbox", "datasets"):
            self._dirty.add(change.dataset)
            if not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def _refresh_status(self) -> None:
        dirty, self._dirty = self._dirty, set()
        cache = self.services.cache
        if cache is None:  # only the cache's own changes start the refresh
            return
        if "outbox" in dirty:
            count = cache.outbox_count()
            if count > self.services.status.outbox and self.engine is not None:
                # an action queued straight into the cache (the alert queue's): send it now,
                # not at the engine's next round (minutes away while the event stream is live)
                self.engine.kick()
            self.services.status.set_outbox(count)
        if "datasets" in dirty:
            self.services.status.set_datasets(cache.datasets())

    def _link_changed(self, status: SyncStatus) -> None:
        self.services.status.update_backend(
            state=status.state,
            last_contact=status.last_contact,
            last_error=status.detail if status.state is not ConnectionState.ONLINE else "",
            error_kind=status.error_kind,
            live=status.live,
        )
