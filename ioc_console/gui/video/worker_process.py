"""``WorkerProcess``: one video worker child process, driven over its pipes without ever
blocking the GUI thread.

The worker is started with :func:`~ioc_console.core.video.worker_command.worker_command`; the
console writes commands to its stdin and reads reports from its stdout as they arrive (QProcess
tells when). A crash or an exit is noticed through QProcess at once; a worker that sends no
:class:`~ioc_console.core.video.protocol.Stats` for :data:`HEARTBEAT_TIMEOUT_S` (hung) is killed
and reported as died too. Malformed lines are logged (a few a minute at most) and skipped; the
worker's stderr goes to the console's log at debug level.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from ioc_console.core.video import protocol
from ioc_console.core.video.worker_command import worker_command
from ioc_console.core.warning_budget import WarningBudget

log = logging.getLogger(__name__)
HEARTBEAT_TIMEOUT_S = 3.0
START_TIMEOUT_S = 15.0  # from the start to Ready (a Python start on a busy 2-core machine)
QUIT_GRACE_MS = 2000  # after Quit, the worker is killed if it is still there
MALFORMED_PER_MINUTE = 5
LATE_CHECK_S = 1.5  # a heartbeat check this late follows a busy GUI thread: no verdict


class WorkerProcess(QObject):
    ready = Signal(object)
    """Emitted with the worker's :class:`~protocol.Ready` when it can play."""
    report = Signal(object)
    """Emitted with every other report (Event, Stats, SnapshotDone, RelayState, Log)."""
    died = Signal(str)
    """Emitted once when the worker is gone without being asked to stop (the reason, in
    English, for the log: ``"killed by signal 9"``, ``"exited with code 1"``, ``"hung"``…)."""

    def __init__(self, worker_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker_id = worker_id
        self.pid = 0
        self.started = time.monotonic()
        self.is_ready = False
        self.stopping = False
        self._gone = False
        self._buffer = b""
        self._last_heartbeat = self._last_check = time.monotonic()
        self._malformed = WarningBudget(MALFORMED_PER_MINUTE)
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.process.readyReadStandardOutput.connect(self._read_reports)
        self.process.readyReadStandardError.connect(self._read_stderr)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self._watch = QTimer(self)
        self._watch.setInterval(500)
        self._watch.timeout.connect(self._check_heartbeat)

    # -- life --------------------------------------------------------------------------------
    def start(self, *extra: str, command: list[str] | None = None) -> None:
        """Start the worker (``command``: another program speaking the protocol, for tests)."""
        program, *args = command or worker_command(*extra)
        self.started = self._last_heartbeat = time.monotonic()
        self.process.start(program, args)
        self.pid = int(self.process.processId() or 0)
        self.send(protocol.Hello())
        self._watch.start()

    @property
    def alive(self) -> bool:
        return not self._gone and self.process.state() != QProcess.ProcessState.NotRunning

    def stop(self) -> None:
        """Ask the worker to quit (it releases its players and exits); killed if it lingers.
        No ``died`` follows."""
        if self.stopping:
            return
        self.stopping = True
        self._watch.stop()
        if not self.alive:
            self._gone = True
            self.deleteLater()
            return
        self.send(protocol.Quit())
        self.process.closeWriteChannel()
        QTimer.singleShot(QUIT_GRACE_MS, self.kill)

    def kill(self) -> None:
        try:
            if self.process.state() != QProcess.ProcessState.NotRunning:
                self.process.kill()
        except RuntimeError:  # already deleted
            pass

    def send(self, command: protocol.Command) -> bool:
        if self._gone or self.process.state() == QProcess.ProcessState.NotRunning:
            return False
        try:
            self.process.write(protocol.encode(command))
        except protocol.ProtocolError as exc:
            log.warning("video worker %d: not sent: %s", self.worker_id, exc)
            return False
        return True

    # -- reading -----------------------------------------------------------------------------
    def _read_reports(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        if len(self._buffer) > protocol.MAX_LINE:  # no end of line in sight: junk
            self._malformed_line(f"line of more than {protocol.MAX_LINE} bytes")
            self._buffer = b""
        for line in lines:
            if self._gone:
                return
            if not line.strip():
                continue
            try:
                message = protocol.decode(line)
            except protocol.ProtocolError as exc:
                self._malformed_line(str(exc))
                continue
            if not isinstance(message, protocol.REPORTS):
                self._malformed_line(f"a {message.TYPE} command from the worker")
                continue
            self._deliver(message)

    def _deliver(self, message: protocol.Report) -> None:
        if isinstance(message, protocol.Ready):
            if message.error or message.version != protocol.VERSION:
                reason = message.error or f"speaks version {message.version}"
                log.warning("video worker %d cannot play: %s", self.worker_id, reason)
                self._die(f"not ready: {reason}")
                self.kill()
                return
            self.is_ready = True
            self.pid = message.pid or self.pid
            self._last_heartbeat = time.monotonic()
            log.info(
                "video worker %d ready (pid %d, libVLC %s)",
                self.worker_id,
                self.pid,
                message.libvlc,
            )
            self.ready.emit(message)
            return
        if isinstance(message, protocol.Stats):
            self._last_heartbeat = time.monotonic()
        elif isinstance(message, protocol.Log):
            level = getattr(logging, message.level.upper(), logging.INFO)
            log.log(level, "video worker %d: %s", self.worker_id, message.text)
        self.report.emit(message)

    def _malformed_line(self, why: str) -> None:
        more = self._malformed.admit()
        if more is None:
            return
        log.warning("video worker %d sent a malformed line: %s%s", self.worker_id, why, more)

    def _read_stderr(self) -> None:
        text = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                log.debug("video worker %d: %s", self.worker_id, line.rstrip())

    # -- death -------------------------------------------------------------------------------
    def _check_heartbeat(self) -> None:
        now = time.monotonic()
        late, self._last_check = now - self._last_check > LATE_CHECK_S, now
        if late:  # the GUI thread was busy: the worker's reports may be waiting unread
            return
        limit = HEARTBEAT_TIMEOUT_S if self.is_ready else START_TIMEOUT_S
        if self.alive and now - self._last_heartbeat > limit:
            log.warning(
                "video worker %d (pid %d) silent for %.0f s: killed",
                self.worker_id,
                self.pid,
                limit,
            )
            self._die("hung")
            self.kill()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if status == QProcess.ExitStatus.CrashExit:
            self._die(f"killed by signal {code}" if code else "crashed")
        else:
            self._die(f"exited with code {code}")

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._die(f"could not start: {self.process.errorString()}")

    def _die(self, reason: str) -> None:
        if self._gone:
            return
        self._gone = True
        self._watch.stop()
        if self.stopping:
            self.deleteLater()
            return
        self.died.emit(reason)
        if self.process.state() == QProcess.ProcessState.NotRunning:
            self.deleteLater()
        else:  # hung or refused: gone once killed
            self.process.finished.connect(self.deleteLater)
