"""The queue's table view: fixed row heights and interactive column widths (nothing measured
per row, so 100,000 rows cost what the visible ones cost), rows chosen whole, sorting by the
model, and a header menu to filter by a column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStaticText
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

TEXT_CACHE = 20_000  # cell texts kept laid out (several screens of rows)
WIDTHS = (64, 74, 130, 110, 110, 170, 100, 120, 70, 80, 90)


class QueueDelegate(QStyledItemDelegate):
    """Draws a cell from one call to the model's ``cell()`` (text, colours, bold) instead of
    the seven ``data()`` calls and the style's item drawing of the standard delegate: the
    queue repaints several times a second during a burst."""

    PAD = 4

    def __init__(self, model: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._bold: QFont | None = None
        self._texts: dict[tuple[str, int, bool], QStaticText] = {}  # laid out once
        self._line = QFontMetrics(QFont()).height()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text, background, colour, bold = self.model.cell(index.row(), index.column())
        rect = option.rect
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.highlight())
            painter.setPen(palette.highlightedText().color())
        else:
            if background is not None:
                painter.fillRect(rect, background)
            painter.setPen(colour if colour is not None else palette.text().color())
        font = option.font
        if bold:
            if self._bold is None:
                self._bold = QFont(option.font)
                self._bold.setBold(True)
            font = self._bold
        painter.setFont(font)
        if text:
            width = rect.width() - 2 * self.PAD
            key = (text, width, bold)
            static = self._texts.get(key)
            if static is None:
                if len(self._texts) > TEXT_CACHE:
                    self._texts.clear()
                metrics = QFontMetrics(font)
                static = QStaticText(
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))
                )
                static.setTextFormat(Qt.TextFormat.PlainText)
                self._texts[key] = static
                self._line = metrics.height()
            top = rect.top() + (rect.height() - self._line) // 2
            painter.drawStaticText(rect.left() + self.PAD, top, static)


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

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None and hasattr(model, "cell"):
            self.setItemDelegate(QueueDelegate(model, self))

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
        shown = menu.addMenu(self.tr("Columns"))
        model = self.model()
        for section in range(model.columnCount() if model is not None else 0):
            title = model.headerData(section, Qt.Orientation.Horizontal)
            action = shown.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(section))
            action.toggled.connect(lambda on, c=section: self.show_column(c, on))
        menu.popup(self.horizontalHeader().mapToGlobal(at))

    def show_column(self, column: int, on: bool) -> None:
        """Show or hide a column (at least one stays shown)."""
        header = self.horizontalHeader()
        if not on and header.count() - header.hiddenSectionCount() <= 1:
            return
        self.setColumnHidden(column, not on)
        if on and self.columnWidth(column) <= 0:
            self.setColumnWidth(column, WIDTHS[column] if column < len(WIDTHS) else 80)
