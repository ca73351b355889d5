"""What the video workers' libVLC can open, found out once.

The first call to :func:`rtsp_available` (on the GUI thread) starts one :class:`VlcProbe` (a
short-lived worker process); its report is kept for the life of the process and given to
everyone who asks: the tiles (can they play ``rtsp://``, natively or through the relay?) and
the platform checks (System status).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ioc_console.gui.video.app_single import one_per_app
from ioc_console.gui.video.vlc_probe import VlcProbe, VlcReport

log = logging.getLogger(__name__)


class Capabilities(QObject):
    known = Signal(object)
    """Emitted once with the :class:`VlcReport` when the probe has finished."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: VlcReport | None = None
        self._probe: VlcProbe | None = None

    def start(self) -> None:
        if self._probe is not None or self.report is not None:
            return
        self._probe = VlcProbe(self)
        self._probe.finished.connect(self._finished)
        self._probe.start()

    def rtsp(self) -> bool | None:
        """Can a tile play ``rtsp://`` (libVLC itself, or through the relay)? None while
        probing; False too when libVLC cannot be loaded."""
        if self.report is None:
            return None
        return self.report.version is not None and bool(self.report.rtsp or self.report.relay)

    def rtsp_native(self) -> bool | None:
        """Does libVLC open ``rtsp://`` itself (no relay needed)? None while probing."""
        if self.report is None:
            return None
        return bool(self.report.rtsp)

    def _finished(self, report: VlcReport) -> None:
        self.report = report
        self._probe = None
        self.known.emit(report)


def capabilities() -> Capabilities:
    """The process's one :class:`Capabilities`, its probe started."""
    caps = one_per_app(Capabilities)
    caps.start()
    return caps


def rtsp_available() -> bool | None:
    """Can a tile play ``rtsp://`` (natively or through the relay)? None while the probe runs
    (it takes a few seconds)."""
    return capabilities().rtsp()


def rtsp_native() -> bool | None:
    """Does libVLC open ``rtsp://`` itself? None while the probe runs."""
    return capabilities().rtsp_native()


def libvlc_missing() -> bool:
    """The probe said libVLC cannot be loaded (False while it runs)."""
    report = capabilities().report
    return report is not None and report.version is None


def when_known(callback: Callable[[VlcReport], None]) -> None:
    """Call ``callback`` with the report, now if it is known, else when the probe finishes."""
    caps = capabilities()
    if caps.report is not None:
        callback(caps.report)
    else:
        caps.known.connect(callback)
