"""The complaint list's model: every cached complaint in a Python list, shown through an index
of the rows the filter takes in the order asked. ``data`` does constant work per cell, so the
view stays fluid at 100,000 rows; filtering and sorting rebuild only the index."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.complaints.filters import ComplaintFilter, apply_filter
from ioc_console.core.complaints.intake import CHANNEL_TITLES
from ioc_console.core.complaints.records import ComplaintRow, now_ts
from ioc_console.core.text import fold
from ioc_console.gui.complaints.texts import (
    COLUMNS,
    STATE_TITLES,
    channel_title,
    state_title,
    time_left,
)
from ioc_console.gui.i18n import tr
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.widgets.plain_text import plain_tooltip

log = logging.getLogger(__name__)
COLUMN_KEYS = [key for key, _title in COLUMNS]
BACKGROUND_OVER = 20_000  # rows from which filtering and sorting leave the GUI thread
URGENCY = -1  # the sort "column" of overdue first, then due soon
OVERDUE = QColor("#c0392b")
SOON = QColor("#b9770e")
Index = QModelIndex | QPersistentModelIndex


def _moment(ts: float) -> str:
    if not ts:
        return ""
    return datetime.fromtimestamp(ts, CITY_TZ).strftime("%d/%m/%Y %H:%M")


class ComplaintTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ComplaintRow] = []
        self.view: list[int] = []  # positions in rows, as shown
        self._position: dict[str, int] = {}  # id -> position in rows
        self.filter = ComplaintFilter()
        self.sort_column = URGENCY
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.ward_names: dict[str, str] = {}  # today's ward code -> name
        self.unit_names: dict[str, str] = {}  # unit id -> name (of its day)
        self.now = now_ts()
        self.busy = False  # a new order is being computed off the GUI thread
        self._again = False  # asked again while busy

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: list[ComplaintRow]) -> None:
        self._replace_rows(list(rows))
        self.refresh()

    def upsert(self, rows: Iterable[ComplaintRow], removed: Iterable[str] = ()) -> None:
        """Rows changed or new, and ids gone; the shown order is rebuilt."""
        for row in rows:
            at = self._position.get(row.id)
            if at is None:
                self._position[row.id] = len(self.rows)
                self.rows.append(row)
            else:
                self.rows[at] = row
        gone = set(removed)
        if gone:
            self._replace_rows([r for r in self.rows if r.id not in gone])
        self.refresh()

    def _replace_rows(self, rows: list[ComplaintRow]) -> None:
        """A new list of rows; the order shown until the next one is ready keeps its rows by
        id (the positions change)."""
        shown = [self.rows[i].id for i in self.view]
        self.beginResetModel()
        self.rows = rows
        self._position = {row.id: i for i, row in enumerate(rows)}
        self.view = [self._position[i] for i in shown if i in self._position]
        self.endResetModel()

    def set_filter(self, flt: ComplaintFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Filter and sort again (the time moved on, rows or the filter changed): at once for a
        short list, off the GUI thread for a long one. The view keeps the last order until the
        new one is ready; requests made meanwhile are taken together once it is."""
        if self.busy:
            self._again = True
            return
        rows, now = list(self.rows), now_ts()
        flt, key_name = self.filter, self._sort_key()
        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        names = dict(self.ward_names)
        shown = {"channel": {code: channel_title(code) for code in CHANNEL_TITLES},
                 "state": {state: state_title(state) for state in STATE_TITLES}}

        def compute() -> list[int]:
            view = apply_filter(rows, flt, now)
            return sorted_view(rows, view, key_name, reverse, now, names, shown)

        if len(rows) < BACKGROUND_OVER:
            self._show(compute(), now)
            return
        self.busy = True
        run_in_background(
            compute,
            lambda view: self._done(view, now),
            self._failed,
            owner=self,  # gone meanwhile: dropped
        )

    def _done(self, view: list[int], now: float) -> None:
        self.busy = False
        if self._again:  # rows or the filter changed while this was computed: again
            self._again = False
            self.refresh()
            return
        self._show(view, now)

    def _failed(self, error: Exception) -> None:
        self.busy = self._again = False
        log.error("complaint list: the order could not be computed: %s", error, exc_info=error)

    def _show(self, view: list[int], now: float) -> None:
        self.beginResetModel()
        self.now, self.view = now, view
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.refresh()

    def _sort_key(self) -> str:
        return COLUMN_KEYS[self.sort_column] if 0 <= self.sort_column < len(COLUMNS) else ""

    # -- reading -----------------------------------------------------------------------------
    def row_at(self, index: int) -> ComplaintRow:
        return self.rows[self.view[index]]

    def shown_rows(self) -> list[ComplaintRow]:
        return [self.rows[i] for i in self.view]

    def row_by_id(self, complaint_id: str) -> ComplaintRow | None:
        at = self._position.get(complaint_id)
        return None if at is None else self.rows[at]

    def row_of(self, complaint_id: str) -> int | None:
        """The shown row of the complaint, None when it is not shown."""
        at = self._position.get(complaint_id)
        if at is None:
            return None
        try:
            return self.view.index(at)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.view):
            return None
        row = self.rows[self.view[index.row()]]
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and key in ("left", "deadline", "state"):
            if row.overdue(self.now):
                return QBrush(OVERDUE)
            if row.due_soon(self.now):
                return QBrush(SOON)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("ward", "agency", "category"):
            return plain_tooltip(self._text(row, key))  # names from the backend: text
        return None

    def _text(self, row: ComplaintRow, key: str) -> str:
        if key == "id":
            return row.id
        if key == "received":
            return _moment(row.received_ts)
        if key == "channel":
            return channel_title(row.channel)
        if key == "category":
            return row.category_name
        if key == "ward":
            return self.ward_text(row)
        if key == "agency":
            return row.agency
        if key == "state":
            return state_title(row.state)
        if key == "deadline":
            return _moment(row.deadline_ts)
        if key == "left":
            return time_left(row.seconds_left(self.now))
        return ""

    def ward_text(self, row: ComplaintRow) -> str:
        """Today's ward, and the ward of the day it was received where they differ."""
        today = self.ward_names.get(row.current_ward, row.current_ward)
        then = self.unit_names.get(row.unit_id, "")
        if then and then != today:
            return self.tr("%1 (was %2)").replace("%1", today).replace("%2", then)
        return today

    def export_table(self) -> tuple[list[str], list[list[str]]]:
        """The shown rows as the list shows them (header and cells), for the CSV export."""
        header = [tr(title) for _key, title in COLUMNS]
        return header, [[self._text(r, key) for key in COLUMN_KEYS] for r in self.shown_rows()]


def sorted_view(
    rows: list[ComplaintRow],
    view: list[int],
    key_name: str,
    reverse: bool,
    now: float,
    ward_names: dict[str, str],
    shown: dict[str, dict[str, str]] | None = None,
) -> list[int]:
    """``view`` (positions in ``rows``) in the order of column ``key_name`` ("" or "left":
    urgency, overdue first). Names sort as the column shows them (``shown``: the titles of
    channel and state codes), in the Vietnamese way: "Đất đai" among the D's, "Ứng dụng" among
    the U's, not after Z. Plain Python: runs on any thread."""
    if key_name in ("", "left"):
        return sorted(view, key=lambda i: rows[i].urgency(now), reverse=reverse)
    if key_name in ("received", "id"):
        return sorted(view, key=lambda i: (rows[i].received_ts, rows[i].id), reverse=reverse)
    if key_name == "deadline":
        return sorted(view, key=lambda i: rows[i].deadline_ts, reverse=reverse)
    keys: dict[str, tuple[str, str]] = {}  # a few distinct names among many rows: fold each once

    def name_key(text: str) -> tuple[str, str]:
        key = keys.get(text)
        if key is None:
            key = keys[text] = (fold(text), text.casefold())
        return key

    if key_name == "ward":
        return sorted(
            view, key=lambda i: name_key(ward_names.get(rows[i].current_ward, "")), reverse=reverse
        )
    titles = (shown or {}).get(key_name, {})
    field = {"category": "category_name"}.get(key_name, key_name)  # channel, agency, state

    def shown_key(i: int) -> tuple[str, str]:
        code = str(getattr(rows[i], field) or "")
        return name_key(titles.get(code, code))

    return sorted(view, key=shown_key, reverse=reverse)
