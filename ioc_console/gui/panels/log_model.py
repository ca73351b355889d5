"""The Event log's table: the log ring as a Qt model, filtered by level and text."""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.logbook import LogEntry
from ioc_console.core.text import matches
from ioc_console.gui.theme import state_colour
from ioc_console.gui.widgets.plain_text import plain_tooltip

MAX_ROWS = 5000
Index = QModelIndex | QPersistentModelIndex


class LogModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LogModel", "Time"),
        QT_TRANSLATE_NOOP("LogModel", "Level"),
        QT_TRANSLATE_NOOP("LogModel", "Source"),
        QT_TRANSLATE_NOOP("LogModel", "Message"),
    )

    def __init__(self, entries: list[LogEntry], parent=None) -> None:
        super().__init__(parent)
        self._entries: list[LogEntry] = list(entries)[-MAX_ROWS:]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def entry(self, row: int) -> LogEntry:
        return self._entries[row]

    def append(self, entry: LogEntry) -> None:
        if len(self._entries) >= MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            del self._entries[0]
            self.endRemoveRows()
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LogModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entry.time.strftime("%d/%m/%Y %H:%M:%S")
            if column == 1:
                return level_name(entry.levelno)
            if column == 2:
                return entry.logger.removeprefix("ioc_console.")
            return entry.message.splitlines()[0] if entry.message else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return plain_tooltip(entry.message)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            if entry.levelno >= logging.ERROR:
                return state_colour("error")
            if entry.levelno >= logging.WARNING:
                return state_colour("warning")
            if entry.levelno < logging.INFO:
                return state_colour("muted")
        return None


def level_name(levelno: int) -> str:
    names = {
        logging.DEBUG: QCoreApplication.translate("LogModel", "Debug"),
        logging.INFO: QCoreApplication.translate("LogModel", "Info"),
        logging.WARNING: QCoreApplication.translate("LogModel", "Warning"),
        logging.ERROR: QCoreApplication.translate("LogModel", "Error"),
        logging.CRITICAL: QCoreApplication.translate("LogModel", "Critical"),
    }
    return names.get(levelno, logging.getLevelName(levelno))


class LogFilter(QSortFilterProxyModel):
    """Rows at or above a level whose words begin with every word of the query."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._min_level = logging.DEBUG
        self._query = ""

    def set_min_level(self, level: int) -> None:
        self.beginFilterChange()
        self._min_level = level
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        entry = cast(LogModel, self.sourceModel()).entry(row)
        if entry.levelno < self._min_level:
            return False
        return matches(self._query, entry.logger, entry.message, entry.details)
