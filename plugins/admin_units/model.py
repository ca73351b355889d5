"""The table behind the Administrative units panel: one row per unit, plain text only."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ioc_console.plugin_api import AdminUnit, fold

Index = QModelIndex | QPersistentModelIndex
OPEN_ENDED = "—"
COLUMNS = 5  # code, name, type, valid from, valid until


def format_day(day: date | None) -> str:
    return OPEN_ENDED if day is None else f"{day:%d/%m/%Y}"


def last_day(unit: AdminUnit) -> date | None:
    """The last day ``unit`` was in force (its ``valid_to`` is exclusive)."""
    return None if unit.valid_to is None else unit.valid_to - timedelta(days=1)


def _sort_key(column: int):
    keys = {
        0: lambda u: u.code,
        1: lambda u: fold(u.name),
        2: lambda u: fold(u.kind),
        3: lambda u: u.valid_from or date.min,
        4: lambda u: u.valid_to or date.max,
    }
    return keys.get(column, keys[0])


class AdminUnitsModel(QAbstractTableModel):
    """Units as rows; the headers are set (translated) by the panel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._units: list[AdminUnit] = []
        self._headers: list[str] = [""] * COLUMNS
        self._header_tips: list[str] = [""] * COLUMNS
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def unit(self, row: int) -> AdminUnit:
        return self._units[row]

    def set_units(self, units: list[AdminUnit]) -> None:
        self.beginResetModel()
        self._units = list(units)
        if self._sort is not None:
            self._sort_units(*self._sort)
        self.endResetModel()

    def set_headers(self, labels: list[str], tips: list[str]) -> None:
        self._headers = list(labels)
        self._header_tips = list(tips)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        unit = self._units[index.row()]
        column = index.column()
        if column == 0:
            return unit.code
        if column == 1:
            return unit.name
        if column == 2:
            return unit.kind
        if column == 3:
            return format_day(unit.valid_from)
        return format_day(last_day(unit))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._units[i.row()], i.column()) for i in persistent]
        self._sort = (column, order)
        self._sort_units(column, order)
        moved = [self.index(self._units.index(unit), col) for unit, col in held]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sort_units(self, column: int, order: Qt.SortOrder) -> None:
        self._units.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
