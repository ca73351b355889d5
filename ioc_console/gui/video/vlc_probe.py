"""Can the video workers' libVLC play video, can it open ``rtsp://``, and is the RTSP relay
there where it cannot?

The console loads no libVLC: the probe is a short-lived video worker (``--probe``) that prints
one JSON object ``{"version", "error", "rtsp", "rtsp_detail", "relay", "relay_detail"}`` and
exits. It runs as a :class:`QProcess`, so the GUI thread never waits for it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from ioc_console.core.video.worker_command import worker_command

log = logging.getLogger(__name__)
PROBE_TIMEOUT_S = 20.0  # a Python start, libVLC's plugin scan and a 4 s RTSP try, on 2 busy cores


@dataclass(frozen=True)
class VlcReport:
    version: str | None  # None: libVLC cannot be loaded (``error`` says why)
    error: str
    rtsp: bool | None  # libVLC opens rtsp:// itself
    rtsp_detail: str
    relay: bool = False  # an ffmpeg that can re-mux RTSP is there
    relay_detail: str = ""


def parse_report(output: bytes) -> VlcReport:
    """The report in the probe's output (its last JSON line); an error report when none."""
    for line in reversed(output.decode("utf-8", "replace").splitlines()):
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            body = json.loads(line)
        except ValueError:
            continue
        if not isinstance(body, dict):
            continue
        version = body.get("version")
        return VlcReport(
            str(version) if version else None,
            str(body.get("error") or ""),
            body.get("rtsp") if isinstance(body.get("rtsp"), bool) else None,
            str(body.get("rtsp_detail") or ""),
            body.get("relay") is True,
            str(body.get("relay_detail") or ""),
        )
    return VlcReport(None, "the video worker's probe gave no answer", None, "")


class VlcProbe(QObject):
    finished = Signal(object)
    """Emitted once with a :class:`VlcReport`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done = False
        self._output = b""
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.readyReadStandardError.connect(self._stderr)
        self._process.finished.connect(self._finished)
        self._process.errorOccurred.connect(self._error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)

    def start(self) -> None:
        program, *args = worker_command("--probe")
        self._timer.start(int(PROBE_TIMEOUT_S * 1000))
        self._process.start(program, args)

    def _read(self) -> None:
        self._output += bytes(self._process.readAllStandardOutput().data())

    def _stderr(self) -> None:
        text = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                log.debug("video probe: %s", line.rstrip())

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        report = parse_report(self._output)
        if report.version is None and report.error.endswith("no answer"):
            report = VlcReport(None, f"the video worker's probe ended (code {code})", None, "")
        self._finish(report)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish(VlcReport(None, self._process.errorString(), None, ""))

    def _timed_out(self) -> None:
        self._process.kill()
        self._finish(VlcReport(None, "the video worker's probe did not answer in time", None, ""))

    def _finish(self, report: VlcReport) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        log.info(
            "libVLC %s; RTSP %s (%s); relay %s (%s)%s",
            report.version,
            "available" if report.rtsp else "unavailable",
            report.rtsp_detail,
            "available" if report.relay else "unavailable",
            report.relay_detail,
            f"; {report.error}" if report.error else "",
        )
        self.finished.emit(report)
