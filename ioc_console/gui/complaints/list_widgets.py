"""Parts of the complaint list panel: the table set up for 100,000 rows, and the banner that
says a drill-down in words with a way out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ioc_console.gui.complaints.table_model import ComplaintTableModel

WIDTHS = (120, 115, 90, 150, 150, 190, 100, 115, 110)


def complaint_table(model: ComplaintTableModel) -> QTableView:
    """A table that never measures its rows (fixed heights, no resizing to contents), sorted by
    urgency (no column: overdue first) until the operator clicks a column."""
    table = QTableView()
    table.setObjectName("complaintTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    for column, width in enumerate(WIDTHS):
        header.resizeSection(column, width)
    table.setSortingEnabled(True)
    return table


class DrillBanner(QFrame):
    cleared = Signal()
    """The operator asked to see every complaint again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillDown")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#drillDown { background: #fff4d6; }")
        self.text = QLabel()
        self.text.setObjectName("drillText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the words come from another panel
        self.clear = QPushButton()
        self.clear.setObjectName("clearDrillDown")
        self.clear.clicked.connect(self.cleared.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.clear)
        self.hide()
        self.retranslate()

    def show_filter(self, count: int, description: str) -> None:
        self.text.setText(
            self.tr("Showing the %1 complaints behind: %2")
            .replace("%1", str(count))
            .replace("%2", description)
        )
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.clear.setText(self.tr("Show all"))
