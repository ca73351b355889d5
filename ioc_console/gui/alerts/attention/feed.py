"""The alerts this console position sees, kept from the cache for the attention features: the
unacknowledged ones (priority by id, kept up to date incrementally) and the alarm load.

The cache's alert rows go into a core :class:`AlertBook` (deduplicated, as the queue shows
them); each alert new to the book counts once in the :class:`AlarmLoad`.
"""

from __future__ import annotations

import bisect
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from ioc_console.core.alerts.book import AlertBook, AlertChanges
from ioc_console.core.alerts.feed import AlertFeed as CoreFeed
from ioc_console.core.alerts.load import WINDOW, AlarmLoad
from ioc_console.core.alerts.model import Alert
from ioc_console.core.alerts.sla import SlaPolicy, TargetKey
from ioc_console.core.clock import CITY_TZ, city_now
from ioc_console.core.store.cache import Cache
from ioc_console.gui.alerts.attention.counts import is_unacknowledged, unacknowledged
from ioc_console.gui.bridge import follow
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
SERIES_KEPT = timedelta(hours=24)  # alarm times kept for the rate chart


class AlertFeed(QObject):
    changed = Signal(tuple, tuple)
    """Emitted after the alerts changed: the ids of the alerts new to the console, and the
    priorities of those that began to wait for an acknowledgement (new or re-armed)."""

    loaded = Signal()
    """Emitted when the cache's alerts were read anew (at start, after the cache was reset):
    the alerts already there are known, not news."""

    def __init__(
        self,
        cache: Cache | None,
        clock: Callable[[], datetime] = city_now,
        parent: QObject | None = None,
        *,
        shared: tuple[AlertBook, AlarmLoad, Callable[[], SlaPolicy]] | None = None,
        sla_overrides: dict[TargetKey, dict[str, int]] | None = None,
    ) -> None:
        """``shared``: the console's alert book, alarm load and SLA policy when another part
        (the alert queue's runtime) already keeps them fed from the cache; this feed then
        only follows the book. Without it the feed keeps its own, filled by the core's cache
        feed (:class:`ioc_console.core.alerts.feed.AlertFeed`, ``sla_overrides`` from the
        site profile). Either way the book's notes are relayed to the GUI thread."""
        super().__init__(parent)
        self.clock = clock
        self._reader: CoreFeed | None = None
        if shared is not None:
            self.book, self.load, self.sla = shared
        else:
            self.book, self.load = AlertBook(), AlarmLoad(clock)
            if cache is not None:
                self._reader = CoreFeed(cache, self.book, sla_overrides)
            reader = self._reader
            if reader is not None:  # stop following the cache with the console
                self.destroyed.connect(lambda *_: reader.stop())
            default = SlaPolicy()  # one object: a change of policy is a new one
            self.sla = (lambda: reader.policy) if reader else (lambda: default)
        self._own_load = shared is None
        self.alarm_times: list[datetime] = []  # sorted, the last SERIES_KEPT
        self.waiting: dict[str, int] = {}
        """Priority by id of the alerts waiting for an acknowledgement."""
        self.counts: dict[int, int] = {}
        """How many of :attr:`waiting` per priority (kept as they change)."""
        self.is_loaded = False
        self._history_read = False
        # on the GUI thread whichever thread feeds the book (queued when another one does)
        follow(self, self.book.changed, self._book_changed)
        follow(self, self.book.arrived, self._arrived)
        if shared is not None:  # already loaded by its owner: what it holds is known
            self._take_all()

    # -- reading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Read the cache's alerts off the GUI thread and follow its changes from then on."""
        reader = self._reader
        if reader is None:
            if self.is_loaded:  # a shared book (fed by its owner), or one filled by hand
                self.loaded.emit()
            else:
                self.book.load([])
            return
        run_in_background(
            reader.start,  # the book's reset note comes back to _book_changed
            None,
            lambda exc: log.error("alerts could not be read from the cache: %s", exc),
        )

    def stop(self) -> None:
        if self._reader is not None:
            self._reader.stop()

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
        newly: list[int] = []
        for alert_id in (*changes.added, *changes.updated, *changes.removed):
            alert = self.book.get(alert_id) if alert_id in self.book else None
            priority = int(alert.priority) if alert and is_unacknowledged(alert) else None
            if self._wait(alert_id, priority) and priority is not None:
                newly.append(priority)
        self.changed.emit(tuple(changes.added), tuple(newly))

    def _wait(self, alert_id: str, priority: int | None) -> bool:
        """Record whether ``alert_id`` waits (and at what priority); True when it began to."""
        old = self.waiting.get(alert_id)
        if old == priority:
            return False
        if old is not None:
            self.counts[old] -= 1
        if priority is None:
            del self.waiting[alert_id]
            return False
        self.waiting[alert_id] = priority
        self.counts[priority] = self.counts.get(priority, 0) + 1
        return old is None

    def _take_all(self) -> None:
        self.waiting = unacknowledged(self.book.alerts())
        self.counts = dict(Counter(self.waiting.values()))
        known = self.book.all_alerts()
        if known and not self._history_read:
            # the first read that holds alerts: today's alarms so far, at their own times (a
            # later reset of the cache counts nothing twice; a shared load is replayed by its
            # owner)
            self._history_read = True
            if self._own_load:
                self.load.replay(known)
            today = self.clock().astimezone(CITY_TZ).date()
            self._note_times(
                at
                for alert in known
                for at in (alert.raised_at, alert.last_repeat_at)
                if at is not None and at.astimezone(CITY_TZ).date() == today
            )
        self.is_loaded = True

    def _arrived(self, alerts: tuple[Alert, ...]) -> None:
        """Alerts new to the console or repeated: each is one alarm of this position's load."""
        if self._own_load:  # a shared load is counted by its owner
            self.load.record_alerts(alerts)
        self._note_times(
            (a.last_repeat_at if a.duplicate_count and a.last_repeat_at else None) or a.raised_at
            for a in alerts
        )

    def _note_times(self, times: Iterable[datetime]) -> None:
        for at in times:
            bisect.insort(self.alarm_times, at)
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
