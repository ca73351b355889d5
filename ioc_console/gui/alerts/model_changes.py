"""How the queue's model takes the book's changes: gathered per UI tick and applied as row
signals (a few) or one layout change (a burst), and the whole book read anew off the GUI thread
(start-up, a reset, a language change). :class:`~.model.AlertTableModel` builds on it."""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QTimer, Signal

from ioc_console.gui.alerts.ordering import OrderedIndex
from ioc_console.gui.alerts.rows import TITLES, AlertRow, Names
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)
BULK = 64  # more changes than this in one tick: one layout change instead of row signals


class ChangingModel(QAbstractTableModel):
    """The change machinery; the subclass holds the rows and says how they are keyed."""

    flushed = Signal()
    """A tick's changes were applied (the panel refreshes its counts and actions)."""

    book: Any
    index_: OrderedIndex
    names: Names
    unseen: set[str]
    flood: bool
    loading: bool
    _pending: dict[str, str]
    _last: tuple[int, AlertRow | None] | None
    _timer: QTimer
    _generation: int

    def _row(self, alert: Any) -> AlertRow:
        raise NotImplementedError

    def _regroup(self) -> None:
        raise NotImplementedError

    def row_key(self, row: int) -> str | None:
        raise NotImplementedError

    def row_of_key(self, key: str) -> int | None:
        raise NotImplementedError

    def reload(self) -> None:
        """Everything again from the book (start-up, the book reset, a language change): the
        rows are made and sorted off the GUI thread (100,000 take seconds), then swapped in;
        changes arriving meanwhile wait and are applied after."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._pending.clear()  # the book as it is now is read: earlier notes are in it
        index = self.index_
        column, descending, queue_filter = index.column, index.descending, index.filter
        book = self.book

        def build() -> tuple[Names, OrderedIndex]:
            names = Names()
            fresh = OrderedIndex(column, descending)
            fresh.filter = queue_filter
            fresh.load(AlertRow(a, names) for a in book.alerts())
            return names, fresh

        def built(result: tuple[Names, OrderedIndex]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._swap(*result)

        def failed(error: Exception) -> None:
            log.error("alert queue: the rows could not be made: %s", error, exc_info=error)
            if shiboken6.isValid(self) and generation == self._generation:
                self.loading = False

        run_in_background(build, built, failed)

    def _swap(self, names: Names, fresh: OrderedIndex) -> None:
        old = self.index_
        if (fresh.column, fresh.descending) != (old.column, old.descending):
            fresh.sort(old.column, old.descending)  # sorted otherwise meanwhile
        if fresh.filter != old.filter:
            fresh.set_filter(old.filter)
        self.beginResetModel()
        self._last = None
        self.names, self.index_ = names, fresh
        self._regroup()
        self.endResetModel()
        self.loading = False
        self.flushed.emit()
        if self._pending and not self._timer.isActive():
            self._timer.start()

    def _book_changed(self, changes: Any) -> None:
        if getattr(changes, "reset", False):
            self.reload()
            return
        pending = self._pending
        for alert_id in changes.removed:
            pending[alert_id] = "removed"
        for alert_id in changes.updated:
            pending[alert_id] = "added" if pending.get(alert_id) == "added" else "updated"
        for alert_id in changes.added:
            pending[alert_id] = "added"
            self.unseen.add(alert_id)
        if pending and not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Apply the changes gathered since the last tick."""
        if self.loading:  # applied once the rows being made are in
            return
        pending, self._pending = self._pending, {}
        if not pending:
            return
        work = [(i, kind, self.book.get(i)) for i, kind in pending.items()]
        if self.flood or len(work) > BULK:
            self._relayout(lambda: self._apply_quietly(work))
        else:
            self._apply_with_signals(work)
        self.flushed.emit()

    def _apply_quietly(self, work: list[tuple[str, str, Any]]) -> None:
        self._last = None
        index = self.index_
        for alert_id, _kind, alert in work:
            index.remove(alert_id)
            if alert is not None:
                index.insert(self._row(alert))
            else:
                self.unseen.discard(alert_id)
        self._regroup()

    def _apply_with_signals(self, work: list[tuple[str, str, Any]]) -> None:
        index = self.index_
        top, bottom = None, None
        for alert_id, _kind, alert in work:
            self._last = None
            old = index.rows.get(alert_id)
            new = self._row(alert) if alert is not None else None
            if (
                old is not None
                and new is not None
                and index.key(old) == index.key(new)
                and (index.filter.accepts(old) == index.filter.accepts(new))
            ):
                index.rows[alert_id] = new
                position = index.position(alert_id)
                if position is not None:
                    row = self._view_row(position)
                    top = row if top is None else min(top, row)
                    bottom = row if bottom is None else max(bottom, row)
                continue
            if old is not None:
                position = index.position(alert_id)
                if position is None:
                    index.remove(alert_id)
                else:
                    row = self._view_row(position)
                    self.beginRemoveRows(QModelIndex(), row, row)
                    index.remove(alert_id)
                    self._last = None
                    self.endRemoveRows()
            if new is None:
                self.unseen.discard(alert_id)
                continue
            self._insert_with_signals(new)
        if top is not None and bottom is not None:
            last = len(self.index_) - 1
            top, bottom = min(top, last), min(bottom, last)
            if top <= bottom:
                self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(TITLES) - 1))

    def _insert_with_signals(self, new: AlertRow) -> None:
        index = self.index_
        if not index.filter.accepts(new):
            index.insert(new)
            return
        # where it will go, then the signals around the insert itself
        key = index.key(new)
        position = bisect_left(index.shown, key)
        n = len(index.shown)
        row = n - position if index.descending else position
        self.beginInsertRows(QModelIndex(), row, row)
        index.insert(new)
        self._last = None
        self.endInsertRows()

    def _view_row(self, position: int) -> int:
        return len(self.index_) - 1 - position if self.index_.descending else position

    def _relayout(self, change: Callable[[], None]) -> None:
        """Make a large change as one layout change, keeping the selection and current row."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [(self.row_key(i.row()), i.column()) for i in old]
        change()
        self._last = None
        new = []
        for key, column in keys:
            row = self.row_of_key(key) if key is not None else None
            new.append(self.index(row, column) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
