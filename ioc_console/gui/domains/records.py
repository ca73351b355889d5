"""The list of a domain dashboard: its records in a table with a search that ignores
diacritics, narrowed to the records behind a chart's bar or point (a drill-down, said above
the list with a way back to all), and buttons for the record selected: show it on the map and
the plugin's own actions (each posts the intent it makes of the record)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.domains.chart_data import as_number, field_value
from ioc_console.core.domains.dashboards import RecordAction, TableSpec
from ioc_console.core.domains.table_data import Row, search_rows, sort_key
from ioc_console.core.intents import Intents, Notice, ShowPlace
from ioc_console.gui.domains import texts
from ioc_console.gui.i18n import tr

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
MAX_COLUMN_WIDTH = 360


class RecordsModel(QAbstractTableModel):
    """The rows shown (after the drill-down and the search), one column per spec column."""

    def __init__(self, spec: TableSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.rows: list[Row] = []
        self.sort_column = -1  # -1: the spec's own order
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's values (numbers as numbers, dates in time order), the operator
        clicking its header; records without a value last."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows)
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[Row]) -> list[Row]:
        if not 0 <= self.sort_column < len(self.spec.columns):
            return list(rows)
        name = self.spec.columns[self.sort_column].field
        present = [r for r in rows if field_value(r.record, name) not in (None, "")]
        absent = [r for r in rows if field_value(r.record, name) in (None, "")]
        present.sort(key=lambda r: sort_key(field_value(r.record, name)),
                     reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        return present + absent

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            column = self.spec.columns[index.column()]
            value = row.record.get(column.field)
            if as_number(value) is not None and not isinstance(value, str):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.spec.columns[section].title)
        return None


class RecordsView(QWidget):
    """The dashboard's list; ``source`` is the panel's instance id (for the intents)."""

    def __init__(self, spec: TableSpec, intents: Intents, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.intents, self.source = spec, intents, source
        self.all_rows: list[Row] = []
        self.total = 0
        self.drill_ids: frozenset[str] | None = None
        self.drill_words = ""
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.search = QLineEdit(self)
        self.search.setObjectName("record-search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self.search.textChanged.connect(lambda _t: self._refilter())
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.search)
        self.drill_label = QLabel(self)
        self.drill_label.setTextFormat(Qt.TextFormat.PlainText)
        self.drill_label.setWordWrap(True)
        self.show_all = QPushButton(self)
        self.show_all.setObjectName("show-all")
        self.show_all.clicked.connect(self.clear_drill)
        drill = QHBoxLayout()
        drill.addWidget(self.drill_label, 1)
        drill.addWidget(self.show_all)
        self.drill_bar = QWidget(self)
        self.drill_bar.setLayout(drill)
        drill.setContentsMargins(0, 0, 0, 0)
        self.drill_bar.hide()
        self.model = RecordsModel(spec, self)
        self.table = QTableView(self)
        self.table.setObjectName("records")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the plugin's order first
        self.table.setSortingEnabled(True)
        self.sized = False  # columns fitted to the first rows, then left to the operator
        self.table.setMinimumHeight(160)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.table.doubleClicked.connect(lambda _i: self.show_on_map())
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map_button = QPushButton(self)
        self.map_button.setObjectName("show-on-map")
        self.map_button.clicked.connect(self.show_on_map)
        self.action_buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.map_button)
        for action in spec.actions:
            button = QPushButton(self)
            button.clicked.connect(lambda _c=False, a=action: self.run_action(a))
            buttons.addWidget(button)
            self.action_buttons.append(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.drill_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()
        self._refilter()

    def retranslate(self) -> None:
        self.title.setText(tr(self.spec.title))
        self.search.setPlaceholderText(tr(texts.SEARCH))
        self.show_all.setText(tr(texts.SHOW_ALL))
        self.map_button.setText(tr(texts.SHOW_ON_MAP))
        for button, action in zip(self.action_buttons, self.spec.actions, strict=True):
            button.setText(tr(action.title))
        self._refilter()

    # -- rows ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row], total: int) -> None:
        selected = self.selected_id()
        self.all_rows, self.total = list(rows), total
        self._refilter()
        if rows and not self.sized:
            self.sized = True
            self.table.resizeColumnsToContents()
            widths = [self.table.columnWidth(c) for c in range(self.model.columnCount())]
            for column, width in enumerate(widths):
                if width > MAX_COLUMN_WIDTH:
                    self.table.setColumnWidth(column, MAX_COLUMN_WIDTH)
            # the widest (a text, most often) takes the room left: no empty band on the right
            self.table.horizontalHeader().setSectionResizeMode(
                widths.index(max(widths)), QHeaderView.ResizeMode.Stretch)
        if selected:
            self.select_id(selected)

    def drill(self, ids: frozenset[str], words: str) -> None:
        """Show only the records ``ids`` (behind a figure said in ``words``)."""
        self.drill_ids, self.drill_words = frozenset(ids), words
        self._refilter()

    def clear_drill(self) -> None:
        self.drill_ids, self.drill_words = None, ""
        self._refilter()

    def shown_ids(self) -> list[str]:
        return [r.id for r in self.model.rows]

    def _refilter(self) -> None:
        rows = search_rows(self.all_rows, self.search.text(), self.drill_ids)
        self.model.set_rows(rows)
        self.drill_bar.setVisible(self.drill_ids is not None)
        if self.drill_ids is not None:
            self.drill_label.setText(tr(texts.DRILLED).replace(
                "%1", str(len(search_rows(self.all_rows, "", self.drill_ids))))
                .replace("%2", self.drill_words))
        self.count.setText(tr(texts.COUNT).replace("%1", str(len(rows)))
                           .replace("%2", str(self.total)))
        if rows:
            self.empty.hide()
        else:
            self.empty.setText(tr(texts.NO_MATCH if self.all_rows else texts.NO_RECORDS))
            self.empty.show()
        self._selection()

    # -- the selected record ------------------------------------------------------------------

    def selected(self) -> Row | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def selected_id(self) -> str:
        row = self.selected()
        return row.id if row is not None else ""

    def select_id(self, record_id: str) -> bool:
        for i, row in enumerate(self.model.rows):
            if row.id == record_id:
                self.table.selectRow(i)
                return True
        return False

    def _selection(self) -> None:
        row = self.selected()
        self.map_button.setEnabled(row is not None and _place(row) is not None)
        for button in self.action_buttons:
            button.setEnabled(row is not None)

    def show_on_map(self) -> None:
        row = self.selected()
        place = _place(row) if row is not None else None
        if row is None or place is None:
            self._notice("info", tr(texts.NO_PLACE if row else texts.SELECT_FIRST))
            return
        label = next((c for c in row.cells if c), row.id)
        self.intents.post(ShowPlace(place[0], place[1], label, self.source))

    def run_action(self, action: RecordAction) -> None:
        row = self.selected()
        if row is None:
            self._notice("info", tr(texts.SELECT_FIRST))
            return
        try:
            intent = action.make(dict(row.record))
        except Exception as exc:  # a plugin's code: report, never crash the console
            log.exception("dashboard action %r failed on %s", str(action.title), row.id)
            self._notice("error", tr(texts.ACTION_FAILED).replace("%1", tr(action.title))
                         .replace("%2", str(exc)))
            return
        if intent is None:
            self._notice("info", tr(texts.ACTION_NOTHING).replace("%1", tr(action.title)))
            return
        self.intents.post(intent)

    def _notice(self, level: str, text: str) -> None:
        self.intents.post(Notice(level, text, self.source))  # type: ignore[arg-type]


def _place(row: Row) -> tuple[float, float] | None:
    """(lon, lat) of a record, if it has both."""
    lat, lon = as_number(row.record.get("lat")), as_number(row.record.get("lon"))
    if lat is None or lon is None:
        return None
    return lon, lat
