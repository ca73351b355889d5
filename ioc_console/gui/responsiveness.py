"""The responsiveness meter: a precise timer on the GUI thread measures its own lateness (the
event loop's lag) into a :class:`LagRecorder`; a lag over ``SLOW_S`` goes to the log with what
was running, when known.

Ten wake-ups a second, a subtraction and a deque append each: negligible beside the console."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer

from ioc_console.core.responsiveness import SLOW_S, Activity, LagRecorder, activity

log = logging.getLogger(__name__)
INTERVAL_MS = 100


class LagMeter(QObject):
    def __init__(
        self,
        recorder: LagRecorder,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        work: Activity = activity,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.interval_s = interval_ms / 1000
        self.work = work
        self._last: float | None = None  # the first tick sets it: start-up is not a lag
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        last, self._last = self._last, now
        longest = self.work.take()
        if last is None:
            return
        lag = now - last - self.interval_s
        # named when the labelled work explains a good part of the wait (the log line says
        # how long the work itself took)
        what = longest[1] if longest and longest[0] >= lag / 4 else None
        self.recorder.record(lag, what)
        if lag > SLOW_S:
            if what is not None and longest is not None:
                log.warning(
                    "the console did not respond for %.0f ms (running: %s, %.0f ms)",
                    lag * 1000,
                    what,
                    longest[0] * 1000,
                )
            else:
                log.warning(
                    "the console did not respond for %.0f ms (what was running is not known)",
                    lag * 1000,
                )
