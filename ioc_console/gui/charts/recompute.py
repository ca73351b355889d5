"""A dashboard's figures, recomputed off the GUI thread: after a change of the dataset it shows
(changes arriving together are computed once), every minute ("now" moves: open and overdue
figures age) and on demand; never two computations at once (one more after it when asked
meanwhile); results that come back after the dashboard closed are dropped."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change
from ioc_console.gui.bridge import follow
from ioc_console.gui.tasks import run_in_background

DEBOUNCE_MS = 30
TICK_MS = 60_000
Work = Callable[[sqlite3.Connection], Any]


class Recompute(QObject):
    """``prepare(choices)`` runs on the GUI thread at each refresh and returns the work to do on
    the pool with that thread's cache connection (``choices``: the scope's choices need reading
    again, after the dataset was reset); ``done`` and ``failed`` get its result on the GUI
    thread."""

    def __init__(
        self,
        owner: QObject,
        cache: Cache | None,
        dataset: str,
        prepare: Callable[[bool], Work],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        debounce_ms: int = DEBOUNCE_MS,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(owner)
        self.cache, self.dataset = cache, dataset
        self.prepare, self.done, self.failed = prepare, done, failed
        self.busy = self.again = False
        self.choices_stale = True
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.refresh)
        self._tick = QTimer(self, interval=tick_ms)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        if cache is not None:
            follow(self, cache.changed, self._changed)

    def _changed(self, change: Change) -> None:
        if change.dataset == self.dataset:
            self.choices_stale = self.choices_stale or change.reset
            self._debounce.start()

    def refresh(self) -> bool:
        """Compute now, or once more after the computation running; False without a cache."""
        cache = self.cache
        if cache is None:
            return False
        if self.busy:
            self.again = True
            return True
        self.busy, self.again = True, False
        choices, self.choices_stale = self.choices_stale, False
        work = self.prepare(choices)
        run_in_background(lambda: work(cache.conn), self._done, self._failed, owner=self)
        return True

    def _done(self, result: Any) -> None:
        self.busy = False
        self.done(result)
        if self.again:
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.failed(error)
        if self.again:
            self.refresh()
