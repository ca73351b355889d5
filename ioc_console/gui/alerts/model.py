"""The alert queue's table model: a ``QAbstractTableModel`` over the core's ``AlertBook``.

Changes from the book are gathered and applied once per UI tick (``TICK_MS``): a few as row
inserts, removals and one ``dataChanged``; a burst as one layout change. Sorting and filtering
are the model's own (:class:`~.ordering.OrderedIndex`), kept in order as rows arrive, so
100,000 rows are never sorted or filtered again for one new alert. Texts are computed when an
alert arrives (:class:`~.rows.AlertRow`); the SLA column is drawn from the clock, for the rows
on screen only. In flood mode the rows are groups (:mod:`~.flood_rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from ioc_console.gui.alerts.flood_rows import GroupRow, build_flood_rows
from ioc_console.gui.alerts.model_changes import ChangingModel
from ioc_console.gui.alerts.model_look import RowLook
from ioc_console.gui.alerts.ordering import OrderedIndex, QueueFilter
from ioc_console.gui.alerts.rows import COL, TITLES, AlertRow, Names
from ioc_console.gui.bridge import follow

Index = QModelIndex | QPersistentModelIndex
TICK_MS = 150  # changes are applied at most this often
ALERT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_D = Qt.ItemDataRole
_ROLES = frozenset(
    {
        _D.DisplayRole,
        _D.BackgroundRole,
        _D.FontRole,
        _D.ForegroundRole,
        _D.ToolTipRole,
        _D.AccessibleTextRole,
        ALERT_ID_ROLE,
    }
)


class AlertTableModel(ChangingModel):
    def __init__(
        self,
        book: Any,
        clock: Callable[[], datetime],
        countdown: Callable[[Any, datetime], Any] | None = None,
        parent: Any = None,
        *,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.clock = clock
        self.names = Names()
        self.look = RowLook(countdown)
        self.index_ = OrderedIndex(column=COL["priority"])
        self.unseen: set[str] = set()  # arrived while the queue was shown, not yet looked at
        self.flood = False
        self.expanded = False  # flood mode: the low-priority summary row is open
        self._groups: list[GroupRow] = []
        self._group_of: dict[str, int] = {}
        self._pending: dict[str, str] = {}  # id -> "added" / "updated" / "removed"
        self._last: tuple[int, AlertRow | None] | None = None  # data()'s last row
        self.loading = False  # the rows are being made anew off the GUI thread
        self._generation = 0
        self._timer = QTimer(self, interval=tick_ms, singleShot=True)
        self._timer.timeout.connect(self.flush)
        self._sla_timer = QTimer(self, interval=1000)
        self._sla_timer.timeout.connect(self._sla_tick)
        self._sla_timer.start()
        self._relay = follow(self, book.changed, self._book_changed)
        self.reload()

    # -- reading the book ------------------------------------------------------------------

    def _row(self, alert: Any) -> AlertRow:
        return AlertRow(alert, self.names)

    # -- rows, keys and ids ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._groups) if self.flood else len(self.index_)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TITLES)

    def row_key(self, row: int) -> str | None:
        """What identifies a row across changes: the alert id, or a flood group's key."""
        if not 0 <= row < self.rowCount():
            return None
        if self.flood:
            return self._groups[row].key
        index = self.index_
        return index.id_at(len(index) - 1 - row if index.descending else row)

    def row_of_key(self, key: str) -> int | None:
        if self.flood:
            for row, group in enumerate(self._groups):
                if group.key == key:
                    return row
            return self._group_of.get(key)
        position = self.index_.position(key)
        return None if position is None else self._view_row(position)

    def row_of(self, alert_id: str) -> int | None:
        """The row that shows this alert (in flood mode, its group's row)."""
        if self.flood:
            return self._group_of.get(alert_id)
        return self.row_of_key(alert_id)

    def ids_at(self, row: int) -> list[str]:
        """The alerts a row stands for: one, or all of a flood group's."""
        if self.flood:
            return list(self._groups[row].ids) if 0 <= row < len(self._groups) else []
        key = self.row_key(row)
        return [key] if key is not None else []

    def lead_at(self, row: int) -> AlertRow | None:
        """The alert the row shows (a flood group's first; None for the summary row)."""
        if self.flood:
            group = self._groups[row] if 0 <= row < len(self._groups) else None
            return group.lead if group else None
        key = self.row_key(row)
        return self.index_.rows.get(key) if key is not None else None

    def group_at(self, row: int) -> GroupRow | None:
        return self._groups[row] if self.flood and 0 <= row < len(self._groups) else None

    def shown_ids(self) -> list[str]:
        return self.index_.ids()

    def mark_seen(self, ids: Iterable[str]) -> None:
        changed = [i for i in ids if i in self.unseen]
        for alert_id in changed:
            self.unseen.discard(alert_id)
            row = self.row_of(alert_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(TITLES) - 1))

    # -- sorting, filtering, flood ---------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.index_.column, self.index_.descending):
            return

        def change() -> None:
            self.index_.sort(column, descending)
            self._regroup()

        self._relayout(change)

    def set_filter(self, queue_filter: QueueFilter) -> None:
        if queue_filter == self.index_.filter:
            return

        def change() -> None:
            self.index_.set_filter(queue_filter)
            self._regroup()

        self._relayout(change)

    @property
    def filter(self) -> QueueFilter:
        return self.index_.filter

    def set_flood(self, on: bool) -> None:
        if on == self.flood:
            return

        def change() -> None:
            self.flood = on
            self._regroup()

        self._relayout(change)

    def set_expanded(self, on: bool) -> None:
        if on == self.expanded:
            return

        def change() -> None:
            self.expanded = on
            self._regroup()

        self._relayout(change)

    def _regroup(self) -> None:
        if not self.flood:
            self._groups, self._group_of = [], {}
            return
        rows = self.index_.rows
        self._groups = build_flood_rows([rows[i] for i in self.index_.ids()], self.expanded)
        self._group_of = {i: r for r, g in enumerate(self._groups) for i in g.ids}
        if not self.expanded:  # the folded alerts are found on the summary row
            for r, g in enumerate(self._groups):
                if g.summary:
                    self._group_of.update((i, r) for i in g.ids)

    # -- drawing ---------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AlertQueue", TITLES[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if self.flood:
            group = self.group_at(row)
            if group is None:
                return None
            return self.look.group_data(group, column, role, self.clock, self.expanded)
        last = self._last  # the view asks for every column and role of a row in turn
        if last is not None and last[0] == row:
            alert_row = last[1]
        else:
            alert_row = self.lead_at(row)
            self._last = (row, alert_row)
        if alert_row is None:
            return None
        if role == ALERT_ID_ROLE:
            return alert_row.id
        return self.look.data(alert_row, column, role, self.clock, alert_row.id in self.unseen)

    def cell(self, row: int, column: int) -> tuple[str, Any, Any, bool]:
        """What the delegate draws in one cell, in one call: text, background, text colour
        (None: the palette's) and bold."""
        look, clock = self.look, self.clock
        if self.flood:
            group = self.group_at(row)
            if group is None:
                return "", None, None, False
            text = look.group_data(group, column, _D.DisplayRole, clock, self.expanded)
            background = look.group_data(group, column, _D.BackgroundRole, clock, self.expanded)
            colour = look.group_data(group, column, _D.ForegroundRole, clock, self.expanded)
            font = look.group_data(group, column, _D.FontRole, clock, self.expanded)
            return text or "", background, colour, font is not None and font.bold()
        last = self._last
        if last is not None and last[0] == row:
            alert_row = last[1]
        else:
            alert_row = self.lead_at(row)
            self._last = (row, alert_row)
        if alert_row is None:
            return "", None, None, False
        unseen = alert_row.id in self.unseen
        return look.cell(alert_row, column, clock, unseen)

    def _sla_tick(self) -> None:
        """The countdowns move: redraw the SLA column (the view paints the visible rows only)."""
        count = self.rowCount()
        if count:
            column = COL["sla"]
            self.dataChanged.emit(
                self.index(0, column),
                self.index(count - 1, column),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole],
            )
