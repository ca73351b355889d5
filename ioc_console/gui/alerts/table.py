"""The queue's table view: fixed row heights and interactive column widths (nothing measured
per row, so 100,000 rows cost what the visible ones cost), rows chosen whole, sorting by the
model, and a header menu to filter by a column."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

WIDTHS = (64, 74, 130, 110, 110, 170, 100, 120, 70, 80)


class QueueTable(QTableView):
    columnFilterAsked = Signal(int)
    """The operator asked to filter by this column (from the header's menu)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertQueueTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setHighlightSections(False)
        columns.setStretchLastSection(True)
        columns.setSortIndicatorShown(True)
        columns.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns.customContextMenuRequested.connect(self._header_menu)

    def keyboardSearch(self, search: str) -> None:
        """Letters are the queue's commands (A acknowledges), not a jump to a row that starts
        with them (the filter box searches)."""

    def apply_widths(self) -> None:
        for column, width in enumerate(WIDTHS):
            self.setColumnWidth(column, width)

    def _header_menu(self, at: QPoint) -> None:
        column = self.horizontalHeader().logicalIndexAt(at)
        if column < 0:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Filter by this column…")).triggered.connect(
            lambda: self.columnFilterAsked.emit(column)
        )
        menu.addAction(self.tr("Sort ascending")).triggered.connect(
            lambda: self.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        )
        menu.addAction(self.tr("Sort descending")).triggered.connect(
            lambda: self.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        )
        menu.popup(self.horizontalHeader().mapToGlobal(at))
