"""Opening the shift handover: on demand (menu, the alarm-load panel) for the shift so far, and
by itself when a shift ends (the site's shift start times) for the shift that just ended."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ioc_console.core.alerts.shift import shift_report
from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.handover_sheet import HandoverSheet, sheet_from_report
from ioc_console.gui.alerts.attention.shift_dialog import ShiftHandoverDialog
from ioc_console.gui.alerts.attention.shift_times import shift_at

log = logging.getLogger(__name__)
MAX_WAIT_MS = 60_000  # the shift clock looks again at least every minute (sleep, clock changes)


class Handover(QObject):
    takenOver = Signal(tuple)
    """The incoming operator took over: the open alert ids, most urgent first."""

    def __init__(
        self,
        feed: AlertFeed,
        folder: Path,
        starts: tuple[time, ...],
        clock: Callable[[], datetime],
        parent_window: Callable[[], QWidget | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self.folder = folder
        self.starts = starts
        self.clock = clock
        self.parent_window = parent_window
        self.dialog: ShiftHandoverDialog | None = None
        self._shift_end = shift_at(clock(), starts)[1]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_shift_end)

    def start(self) -> None:
        self._arm()

    def _arm(self) -> None:
        left_ms = (self._shift_end - self.clock()).total_seconds() * 1000
        self.timer.start(int(min(max(left_ms, 0), MAX_WAIT_MS)))

    def check_shift_end(self) -> None:
        """At the end of a shift, the handover of the shift that ended opens by itself."""
        now = self.clock()
        if now >= self._shift_end:
            ended_at = self._shift_end
            began_at = shift_at(ended_at - timedelta(seconds=1), self.starts)[0]
            log.info("shift ended at %s: the handover opens", ended_at.isoformat())
            self._shift_end = shift_at(now, self.starts)[1]
            self.open(began_at, ended_at)
        self._arm()

    def sheet(self, start: datetime, end: datetime) -> HandoverSheet:
        report = shift_report(
            self.feed.book.all_alerts(), start, end, self.feed.sla(), self.feed.load
        )
        return sheet_from_report(report, self.feed.get)

    def open(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> ShiftHandoverDialog:
        """The handover dialog for [start, end) (default: the current shift up to now)."""
        now = self.clock()
        if start is None:
            start = shift_at(now, self.starts)[0]
        end = end or now
        if self.dialog is not None:
            self.dialog.close()
        dialog = ShiftHandoverDialog(
            self.sheet(start, end), self.folder, clock=self.clock, parent=self.parent_window()
        )
        dialog.takeOver.connect(self.takenOver)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def _closed(self, dialog: ShiftHandoverDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
