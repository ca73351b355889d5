"""Platform checks at start-up (libVLC and RTSP, QtWebEngine), reported into the status the
System status panel shows. (The backend's state comes from the sync engine.)"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject

from ioc_console.core.services import Services
from ioc_console.core.status import Capability
from ioc_console.gui.video import capabilities
from ioc_console.gui.video.worker_pool import worker_pool
from ioc_console.gui.web.webengine_probe import WebEngineProbe

log = logging.getLogger(__name__)


class PlatformChecks(QObject):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._probes: list[QObject] = []

    def start(self) -> None:
        web_probe = WebEngineProbe(self)
        web_probe.finished.connect(
            lambda ok, detail: self.services.status.set_capability(
                "webengine", Capability(ok, detail)
            )
        )
        self._probes = [web_probe]
        capabilities.when_known(self._vlc_checked)  # the probe the video tiles use too
        worker_pool().report_to(self.services)  # figures and crashes of the video workers
        web_probe.start()

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
        elif report.relay:
            status.set_capability(
                "rtsp",
                Capability(
                    True,
                    QCoreApplication.translate(
                        "Console",
                        "through the local relay (this libVLC cannot open rtsp:// itself): %1",
                    ).replace("%1", report.relay_detail),
                ),
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
