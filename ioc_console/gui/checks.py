"""Platform checks at start-up (libVLC and RTSP, QtWebEngine) and the backend's reachability,
reported into the status the System status panel and the status line show."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ioc_console.core.api.reachability import probe
from ioc_console.core.status import Capability, ConnectionState
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.video.vlc_probe import VlcProbe
from ioc_console.gui.web.webengine_probe import WebEngineProbe

log = logging.getLogger(__name__)
REACHABILITY_MS = 30_000


class PlatformChecks(QObject):
    def __init__(self, services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._probes: list[QObject] = []

    def start(self) -> None:
        vlc_probe = VlcProbe(self)
        vlc_probe.finished.connect(self._vlc_checked)
        web_probe = WebEngineProbe(self)
        web_probe.finished.connect(
            lambda ok, detail: self.services.status.set_capability(
                "webengine", Capability(ok, detail)
            )
        )
        self._probes = [vlc_probe, web_probe]
        vlc_probe.start()
        web_probe.start()
        if self.services.profile is not None:
            self.check_backend()
            self._backend_timer = QTimer(self)
            self._backend_timer.timeout.connect(self.check_backend)
            self._backend_timer.start(REACHABILITY_MS)

    def _vlc_checked(self, report) -> None:
        status = self.services.status
        if report.version is None:
            status.set_capability("libvlc", Capability(False, report.error))
            status.set_capability(
                "rtsp",
                Capability(False, QCoreApplication.translate("Console", "libVLC is not available")),
            )
            return
        status.set_capability("libvlc", Capability(True, f"libVLC {report.version}"))
        if report.rtsp:
            status.set_capability(
                "rtsp", Capability(True, QCoreApplication.translate("Console", "rtsp:// opens"))
            )
        else:
            status.set_capability(
                "rtsp",
                Capability(
                    False,
                    QCoreApplication.translate(
                        "Console",
                        "this libVLC cannot open rtsp:// (built without live555); cameras "
                        "play through their HTTP/HLS relay address, or install a VLC build "
                        "with RTSP",
                    ),
                ),
            )

    def check_backend(self) -> None:
        """Ask the site's backend whether it answers (off the GUI thread)."""
        profile = self.services.profile
        if self.services.status.backend.state is ConnectionState.UNKNOWN:
            self.services.status.update_backend(state=ConnectionState.CONNECTING)
        ca = str(profile.ca_bundle) if profile.ca_bundle else None
        run_in_background(
            lambda: probe(profile.backend_url, ca, min(profile.timeout_s, 10.0)),
            on_success=self._backend_checked,
        )

    def _backend_checked(self, result) -> None:
        status = self.services.status
        if result.reachable:
            status.update_backend(
                state=ConnectionState.ONLINE, last_contact=datetime.now(), last_error=""
            )
        else:
            if status.backend.state is not ConnectionState.OFFLINE:
                log.warning("backend %s unreachable: %s", status.backend.url, result.detail)
            status.update_backend(state=ConnectionState.OFFLINE, last_error=result.detail)
