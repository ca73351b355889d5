"""The alerts this console position sees, kept from the cache for the attention features: the
unacknowledged ones (priority by id, kept up to date incrementally) and the alarm load.

The cache's alert rows go into a core :class:`AlertBook` (deduplicated, as the queue shows
them); each alert new to the book counts once in the :class:`AlarmLoad`.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import QObject, Signal

from ioc_console.core.alerts.book import AlertBook, AlertChanges
from ioc_console.core.alerts.load import WINDOW, AlarmLoad
from ioc_console.core.alerts.model import Alert
from ioc_console.core.clock import CITY_TZ, city_now
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change
from ioc_console.gui.alerts.attention.counts import is_unacknowledged, unacknowledged
from ioc_console.gui.bridge import follow
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
DATASET = "alerts"
SERIES_KEPT = timedelta(hours=24)  # alarm times kept for the rate chart


class AlertFeed(QObject):
    changed = Signal(tuple)
    """Emitted after the alerts changed, with the ids of the alerts new to the console."""

    loaded = Signal()
    """Emitted when the cache's alerts were read anew (at start, after the cache was reset):
    the alerts already there are known, not news."""

    def __init__(
        self,
        cache: Cache | None,
        clock: Callable[[], datetime] = city_now,
        parent: QObject | None = None,
        *,
        shared: tuple[AlertBook, AlarmLoad] | None = None,
    ) -> None:
        """``shared``: the console's alert book and alarm load when another part (the alert
        queue's runtime) already keeps them fed from the cache; this feed then only follows
        the book (its notes relayed to the GUI thread). Without it the feed keeps its own,
        fed from ``cache`` on the GUI thread."""
        super().__init__(parent)
        self.cache = None if shared else cache
        self.clock = clock
        self.book, self.load = shared or (AlertBook(), AlarmLoad(clock))
        self._own_load = shared is None
        self.alarm_times: list[datetime] = []  # sorted, the last SERIES_KEPT
        self.waiting: dict[str, int] = {}
        """Priority by id of the alerts waiting for an acknowledgement."""
        self.is_loaded = False
        self._pending: list[Change] = []
        # on the GUI thread whichever thread feeds the book (queued when another one does)
        follow(self, self.book.changed, self._book_changed)
        follow(self, self.book.arrived, self._arrived)
        if self.cache is not None:
            follow(self, self.cache.changed, self._cache_changed)
        if shared is not None:  # already loaded by its owner: what it holds is known
            self._take_all()

    # -- reading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Read the cache's alerts off the GUI thread, then follow its changes."""
        if self.is_loaded and self.cache is None:  # a shared book, fed by its owner
            self.loaded.emit()
            return
        if self.cache is None:
            self._loaded([])
            return
        cache = self.cache
        run_in_background(
            lambda: cache.items(DATASET),
            self._loaded,
            lambda exc: log.error("alerts could not be read from the cache: %s", exc),
        )

    def _loaded(self, rows: list[dict]) -> None:
        if not shiboken6.isValid(self):  # the console closed while the rows were being read
            return
        self.book.load(rows)  # announced as a reset: see _book_changed
        pending, self._pending = self._pending, []
        for change in pending:  # what was written while the rows were being read
            self._cache_changed(change)

    def _cache_changed(self, change: Change) -> None:
        if change.dataset != DATASET or self.cache is None:
            return
        if not self.is_loaded:
            self._pending.append(change)
            return
        if change.reset:
            self.book.load(self.cache.items(DATASET))
            return
        rows = [row for i in change.upserted if (row := self.cache.get(DATASET, i)) is not None]
        self.book.apply(rows, tuple(change.removed))

    def alerts(self) -> list[Alert]:
        return self.book.alerts()

    def get(self, alert_id: str) -> Alert | None:
        return self.book.get(alert_id)

    # -- bookkeeping -------------------------------------------------------------------------
    def _book_changed(self, changes: AlertChanges) -> None:
        """The book's change note, on the GUI thread."""
        if changes.reset:
            self._take_all()
            self.loaded.emit()
            return
        for alert_id in (*changes.added, *changes.updated, *changes.removed):
            alert = self.book.get(alert_id) if alert_id in self.book else None
            if alert is not None and is_unacknowledged(alert):
                self.waiting[alert_id] = int(alert.priority)
            else:
                self.waiting.pop(alert_id, None)
        self.changed.emit(tuple(changes.added))

    def _take_all(self) -> None:
        self.waiting = unacknowledged(self.book.alerts())
        if self._own_load:  # today's alarms so far count (a shared load: as its owner says)
            self._count_load(self.book.all_alerts(), today_only=True)
        self.is_loaded = True

    def _arrived(self, alerts: tuple[Alert, ...]) -> None:
        """Alerts new to the console or repeated: each is one alarm of this position's load."""
        self._count_load(alerts, today_only=False)

    def _count_load(self, alerts: Iterable[Alert], today_only: bool) -> None:
        today = self.clock().astimezone(CITY_TZ).date()
        chosen = [
            a for a in alerts if not today_only or a.raised_at.astimezone(CITY_TZ).date() == today
        ]
        if self._own_load:  # a shared load is counted by its owner
            self.load.record_alerts(chosen)
        for alert in chosen:
            at = alert.last_repeat_at if alert.duplicate_count and alert.last_repeat_at else None
            bisect.insort(self.alarm_times, at or alert.raised_at)
        horizon = self.clock() - SERIES_KEPT
        del self.alarm_times[: bisect.bisect_left(self.alarm_times, horizon)]

    def rate_series(self, span: timedelta, step: timedelta) -> list[tuple[datetime, int]]:
        """Alarms per 10 minutes at each ``step`` over the last ``span`` (for the chart)."""
        now = self.clock()
        times = self.alarm_times
        points = []
        at = now - span
        while at <= now:
            count = bisect.bisect_right(times, at) - bisect.bisect_right(times, at - WINDOW)
            points.append((at, count))
            at += step
        return points
