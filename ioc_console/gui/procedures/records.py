"""The procedure result rows behind a figure: a window that takes ``ShowRecords`` for the
``procedure_results`` dataset and lists exactly those rows, with the filter in words."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ioc_console.core.intents import ShowRecords
from ioc_console.core.procedures.sql import TABLE
from ioc_console.gui.charts.kpi_tile import format_value
from ioc_console.gui.i18n import tr
from ioc_console.gui.procedures import texts
from ioc_console.gui.tasks import run_in_background

log = logging.getLogger(__name__)

DATASET = "procedure_results"
_EPOCH = date(1970, 1, 1)
Index = QModelIndex | QPersistentModelIndex


def read_rows(conn: sqlite3.Connection, ids: tuple[str, ...],
              ward_names: dict[str, str]) -> tuple[list[tuple[str, ...]], int]:
    """The display texts of the rows ``ids`` (those still cached), oldest first, and the
    number of files they received."""
    sql = (f"SELECT f.day, f.field, f.agency, f.ward, f.received, f.online, f.early, f.on_time,"
           f" f.late, f.pending, f.overdue FROM {TABLE} f JOIN json_each(?) j ON j.value = f.id"
           " ORDER BY f.day, f.id")
    out, files = [], 0
    for day, field, agency, ward, *numbers in conn.execute(sql, (json.dumps(list(ids)),)):
        shown = (_EPOCH + timedelta(days=day)).strftime("%d/%m/%Y")
        out.append((shown, field or "", agency or "", ward_names.get(ward, ward or ""),
                    *(format_value(n, "") for n in numbers)))
        files += numbers[0] or 0
    return out, files


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(texts.RECORDS_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(texts.RECORDS_HEADERS[section])
        return None


class ProcedureRecordsWindow(QDialog):
    """Lists the rows of the last ``ShowRecords`` it took (one window, raised again)."""

    def __init__(self, conn_of: Any, ward_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procedure-records")
        self.conn_of = conn_of  # () -> sqlite3.Connection | None
        self.ward_names = ward_names
        self.description = QLabel(self)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.model = RowsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 280)
        layout = QVBoxLayout(self)
        layout.addWidget(self.description)
        layout.addWidget(self.table, 1)
        self.resize(1000, 480)
        self.intent: ShowRecords | None = None

    def take(self, intent: ShowRecords) -> bool:
        """Show the rows behind a figure: read off the GUI thread (a year's drill-down is
        thousands of rows), then listed."""
        if intent.dataset != DATASET or self.conn_of() is None:
            return False
        self.intent = intent
        self.setWindowTitle(tr(texts.RECORDS_TITLE).replace("%1", intent.description))
        self.description.setText(intent.description)
        self.show()
        self.raise_()
        self.activateWindow()
        names = dict(self.ward_names)
        run_in_background(
            lambda: read_rows(self.conn_of(), intent.ids, names),  # the pool thread's connection
            lambda result: self._read(intent, *result),
            lambda error: log.error("the rows behind a figure could not be read: %s", error),
            owner=self,
        )
        return True

    def _read(self, intent: ShowRecords, rows: list[tuple[str, ...]], files: int) -> None:
        if intent is not self.intent:  # another drill-down meanwhile
            return
        self.model.set_rows(rows)
        self.description.setText(intent.description + " — " + tr(texts.RECORDS_COUNT)
                                 .replace("%1", format_value(len(rows), ""))
                                 .replace("%2", format_value(files, "")))
