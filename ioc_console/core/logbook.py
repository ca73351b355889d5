"""The console's own log: a rotating file, stderr, and an in-memory ring the Event log shows."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.events import Event

ROOT_LOGGER = "ioc_console"
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"


@dataclass(frozen=True)
class LogEntry:
    """One log record as the Event log shows it."""

    seq: int
    time: datetime
    levelno: int
    level: str
    logger: str
    message: str
    details: str  # traceback text, or ""


class LogRing(logging.Handler):
    """Keeps the last ``capacity`` records and tells listeners of each new one.

    :attr:`logged` is emitted on the thread that logged; the Qt layer re-posts to the GUI
    thread. A record logged while that thread is already telling of one (a listener that logs,
    or fails and is logged) is kept but not told, so a failing listener cannot loop.
    """

    def __init__(self, capacity: int = 5000) -> None:
        super().__init__(logging.DEBUG)
        self._entries: deque[LogEntry] = deque(maxlen=capacity)
        self.logged: Event[[LogEntry]] = Event("log.logged")
        """Each new :class:`LogEntry`, on the thread that logged."""
        self._telling = threading.local()
        self._lock = threading.Lock()
        self._seq = 0
        self.setFormatter(logging.Formatter())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            details = ""
            if record.exc_info:
                details = (self.formatter or logging.Formatter()).formatException(record.exc_info)
            elif record.stack_info:
                details = record.stack_info
            with self._lock:
                self._seq += 1
                entry = LogEntry(
                    self._seq,
                    datetime.fromtimestamp(record.created, CITY_TZ),
                    record.levelno,
                    record.levelname,
                    record.name,
                    record.getMessage(),
                    details,
                )
                self._entries.append(entry)
            if getattr(self._telling, "active", False):
                return
            self._telling.active = True
            try:
                self.logged.emit(entry)
            finally:
                self._telling.active = False
        except Exception:  # a log handler must never raise
            self.handleError(record)

    def entries(self) -> list[LogEntry]:
        with self._lock:
            return list(self._entries)


_ring: LogRing | None = None


def log_ring() -> LogRing:
    """The process-wide ring (created on first use)."""
    global _ring
    if _ring is None:
        _ring = LogRing()
    return _ring


def setup_logging(log_file: Path, level: str = "INFO", stderr: bool = True) -> LogRing:
    """Send the console's log to a rotating file, stderr (warnings and up) and the ring."""
    logger = logging.getLogger(ROOT_LOGGER)
    logger.setLevel(logging.DEBUG)
    for handler in list(logger.handlers):
        if getattr(handler, "_ioc_owned", False):
            logger.removeHandler(handler)
            handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler.setLevel(level)
    handlers: list[logging.Handler] = [file_handler]
    if stderr:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(LOG_FORMAT))
        console.setLevel(logging.WARNING)
        handlers.append(console)
    ring = log_ring()
    ring.setLevel(level)
    handlers.append(ring)
    for handler in handlers:
        handler._ioc_owned = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logging.captureWarnings(True)
    return ring


def set_log_level(level: str) -> None:
    """Level of the log file and the Event log (stderr keeps warnings and up)."""
    for handler in logging.getLogger(ROOT_LOGGER).handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler | LogRing):
            handler.setLevel(level)


_crash_stream = None


def enable_faulthandler(crash_file: Path) -> str:
    """Let faulthandler write fatal errors to ``crash_file``.

    Returns what an earlier run left there (a crash the console did not survive), after copying
    it into the log; the file is then emptied for this run.
    """
    global _crash_stream
    previous = ""
    try:
        if crash_file.exists():
            previous = crash_file.read_text(encoding="utf-8", errors="replace").strip()
        if previous:
            logging.getLogger(ROOT_LOGGER).error("the previous run ended in a crash:\n%s", previous)
        crash_file.parent.mkdir(parents=True, exist_ok=True)
        if _crash_stream is not None:
            _crash_stream.close()
        _crash_stream = open(crash_file, "w", encoding="utf-8")
        faulthandler.enable(file=_crash_stream, all_threads=True)
    except OSError as exc:
        logging.getLogger(ROOT_LOGGER).warning("crash log unavailable: %s", exc)
    return previous
