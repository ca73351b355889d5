"""Uncaught exceptions: logged with their traceback and shown as a notice; the console goes on."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("ioc_console.crash")


class CrashReporter(QObject):
    errorCaught = Signal(str)
    """Emitted with a one-line summary of an exception nobody caught (any thread)."""

    _previous: tuple | None = None

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _hook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical(
            "unexpected error: %s: %s", exc_type.__name__, exc, exc_info=(exc_type, exc, tb)
        )
        self.errorCaught.emit(f"{exc_type.__name__}: {exc}")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self._hook(args.exc_type, args.exc_value, args.exc_traceback)
