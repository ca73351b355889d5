"""Tells the operator when the site offers a newer console: the version feed is read off the GUI
thread once the windows are painted and then twice a day; an unreachable feed says nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ioc_console import __version__
from ioc_console.core.config.profile import SiteProfile
from ioc_console.core.updates import Release, default_feed_url, newer_release
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)

RECHECK_MS = 12 * 60 * 60 * 1000


def feed_of(profile: SiteProfile | None) -> str | None:
    """The feed a console with this profile reads; None: no check (demo mode, or the profile
    turns it off)."""
    if profile is None or not profile.update_check:
        return None
    return profile.update_feed or default_feed_url(profile.backend_url)


def notice_text(release: Release, current: str) -> str:
    return (
        QCoreApplication.translate(
            "Updates", "IOC Console %1 is available (this is %2). Ask your IT staff to install "
            "it; download: %3"
        )
        .replace("%1", release.version)
        .replace("%2", current)
        .replace("%3", release.download_url)
    )


class UpdateNotice(QObject):
    """Checks the feed and posts one notice per newer version through ``notify``."""

    checked = Signal(object)
    """Emitted on the GUI thread after each check: the newer release, or None (up to date,
    or the feed unreachable or unusable)."""

    def __init__(
        self,
        parent: QObject,
        profile: SiteProfile | None,
        notify: Callable[[str, str], object],
        current: str = __version__,
    ) -> None:
        super().__init__(parent)
        self.url = feed_of(profile)
        self.ca_bundle = str(profile.ca_bundle) if profile and profile.ca_bundle else None
        self.timeout_s = profile.timeout_s if profile else 10.0
        self.notify = notify
        self.current = current
        self.announced: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self, first_delay_ms: int = 0) -> None:
        if self.url is None:
            return
        QTimer.singleShot(first_delay_ms, self.check)
        self._timer.start()

    def check(self) -> None:
        """Read the feed on the thread pool; the answer comes back on the GUI thread."""
        if self.url is None:
            return
        url, ca, timeout, current = self.url, self.ca_bundle, self.timeout_s, self.current
        run_in_background(
            lambda: newer_release(current, url, ca, timeout),
            on_success=self._answered,
            on_failure=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        log.warning("Update check failed: %s", exc)
        if shiboken6.isValid(self):
            self.checked.emit(None)

    def _answered(self, release: Release | None) -> None:
        if not shiboken6.isValid(self):  # the console closed while the feed was read
            return
        if release is not None and release.version != self.announced:
            self.announced = release.version
            self.notify("info", notice_text(release, self.current))
        self.checked.emit(release)
