"""The alerts this console position sees, kept from the cache for the attention features: the
unacknowledged ones (priority by id, kept up to date incrementally) and the alarm load.

The cache's alert rows go into a core :class:`AlertBook` (deduplicated, as the queue shows
them); each alert new to the book counts once in the :class:`AlarmLoad`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from ioc_console.core.alerts.book import AlertBook
from ioc_console.core.alerts.load import AlarmLoad
from ioc_console.core.alerts.model import Alert
from ioc_console.core.clock import city_now
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change
from ioc_console.gui.alerts.attention.counts import is_unacknowledged
from ioc_console.gui.bridge import follow
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
DATASET = "alerts"


class AlertFeed(QObject):
    changed = Signal(tuple)
    """Emitted after the alerts changed, with the ids of the alerts new to the console."""

    loaded = Signal()
    """Emitted once the cache's alerts were first read (the ones already there sound nothing)."""

    def __init__(
        self,
        cache: Cache | None,
        clock: Callable[[], datetime] = city_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.clock = clock
        self.book = AlertBook()
        self.load = AlarmLoad(clock)
        self.waiting: dict[str, int] = {}
        """Priority by id of the alerts waiting for an acknowledgement."""
        self.is_loaded = False
        self.book.changed.connect(self._book_changed)
        if cache is not None:
            follow(self, cache.changed, self._cache_changed)

    # -- reading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Read the cache's alerts off the GUI thread, then follow its changes."""
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
        self.book.load(rows)
        self.is_loaded = True
        self.loaded.emit()

    def _cache_changed(self, change: Change) -> None:
        if change.dataset != DATASET or not self.is_loaded or self.cache is None:
            return
        if change.reset:
            self.book.load(self.cache.items(DATASET))
            return
        rows = [row for i in change.upserted if (row := self.cache.get(DATASET, i)) is not None]
        self.book.apply(rows, tuple(change.removed))

    def alerts(self) -> list[Alert]:
        return list(self.book.alerts())

    def get(self, alert_id: str) -> Alert | None:
        return self.book.get(alert_id)

    # -- bookkeeping -------------------------------------------------------------------------
    def _book_changed(self, changes: Any) -> None:
        """The book's change note (on the thread that fed it: here the GUI thread)."""
        added = tuple(changes.added)
        for alert_id in (*added, *changes.updated):
            alert = self.book.get(alert_id)
            if alert is None:
                self.waiting.pop(alert_id, None)
            elif is_unacknowledged(alert):
                self.waiting[alert_id] = int(alert.priority)
            else:
                self.waiting.pop(alert_id, None)
        for alert_id in changes.removed:
            self.waiting.pop(alert_id, None)
        self._count_load(self.book.get(i) for i in added)
        self.changed.emit(added if self.is_loaded else ())

    def _count_load(self, alerts: Iterable[Alert | None]) -> None:
        today = self.clock().date()
        for alert in alerts:
            if alert is not None and alert.raised_at.astimezone(self.clock().tzinfo).date() == today:
                self.load.record(alert.raised_at, alert.source, int(alert.priority))
