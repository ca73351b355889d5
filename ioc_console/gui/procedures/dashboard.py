"""The procedures dashboard panel (``procedures_dashboard``): the results of administrative
procedures (TTHC) by field, agency and ward for a period and a scope, computed from the cache
off the GUI thread, redrawn soon after a change, each figure a door to the rows behind it."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ioc_console.core.clock import city_now
from ioc_console.core.complaints.kpi_scopes import ward_names
from ioc_console.core.config.targets import DEFAULT_TARGETS
from ioc_console.core.intents import Notice, ShowRecords
from ioc_console.core.periods import PeriodKind
from ioc_console.core.procedures import indicators as ind
from ioc_console.core.procedures.defs import KPIS, KpiDef
from ioc_console.core.procedures.drill import Drill, drill_ids
from ioc_console.core.procedures.scopes import ScopeChoices, scope_choices
from ioc_console.core.services import Services
from ioc_console.gui.charts.drilldown import show_records
from ioc_console.gui.charts.kpi_tile import KpiTile
from ioc_console.gui.charts.period_selector import PeriodSelector
from ioc_console.gui.charts.recompute import Recompute
from ioc_console.gui.i18n import tr
from ioc_console.gui.procedures import texts
from ioc_console.gui.procedures.charts import ProcedureCharts
from ioc_console.gui.procedures.records import DATASET, ProcedureRecordsWindow
from ioc_console.gui.procedures.scope import procedure_groups, procedure_scope_picker
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.timefmt import format_datetime

log = logging.getLogger(__name__)
Figures = tuple[ind.Dashboard, ScopeChoices | None]  # board, scope choices if re-read
OVERDUE_ROWS = 200  # the overdue list shows the oldest; the tile drills to all of them


class ProceduresDashboardPanel(QWidget):
    shown = Signal()
    """New figures were drawn (after each recomputation)."""

    def __init__(self, services: Services, instance_id: str = "procedures_dashboard",
                 state: dict[str, Any] | None = None,
                 clock: Callable[[], datetime] = city_now) -> None:
        super().__init__()
        self.setObjectName(instance_id)
        self.services = services
        self.instance_id = instance_id
        self.clock = clock
        self.targets = dict(services.profile.targets if services.profile else DEFAULT_TARGETS)
        self.board: ind.Dashboard | None = None
        self.names = ward_names(clock().date())

        self.period = PeriodSelector(PeriodKind.DAYS_30, self)
        self.scope = procedure_scope_picker(self)
        self.scope_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        for widget in (self.period, self.scope_label, self.scope):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.tiles: dict[str, KpiTile] = {}
        tiles = QGridLayout()
        for index, kpi in enumerate(KPIS):
            tile = KpiTile(kpi.id, self)
            tile.clicked.connect(lambda k=kpi: self.drill_tile(k))
            tiles.addWidget(tile, index // 4, index % 4)
            self.tiles[kpi.id] = tile
        self.charts = ProcedureCharts()
        grid = QGridLayout()
        for index, (name, frame) in enumerate(self.charts.frames.items()):
            grid.addWidget(frame, index // 2, index % 2)
            frame.chart.clicked.connect(lambda x, y, n=name: self.drill_chart(n, x, y))
            frame.export_failed.connect(self._export_failed)
        self.few = QLabel(self)
        self.overdue_title = QLabel(self)
        font = self.overdue_title.font()
        font.setBold(True)
        self.overdue_title.setFont(font)
        self.overdue = QTableWidget(0, len(texts.OVERDUE_HEADERS), self)
        self.overdue.setObjectName("overdue-list")
        self.overdue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdue.verticalHeader().setVisible(False)
        # the agency's long name gives way (elided), so the count of overdue files stays in view
        header = self.overdue.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.overdue.setMinimumHeight(220)
        self.overdue.cellDoubleClicked.connect(self.drill_overdue_row)
        right = QVBoxLayout()
        right.addWidget(self.overdue_title)
        right.addWidget(self.overdue, 1)
        grid.addLayout(right, 2, 1)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(tiles)
        inner.addLayout(grid, 1)
        inner.addWidget(self.few)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self.records = ProcedureRecordsWindow(self._conn, self.names, self)
        self._forget = services.intents.handle(ShowRecords, self._take_records)
        self.destroyed.connect(lambda *_a, f=self._forget: f())
        self.recompute = Recompute(
            self, services.cache, DATASET, self._work, self._computed, self._failed
        )
        if state:
            self.restore_state(state)
        self.period.changed.connect(self.refresh)
        self.scope.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def _take_records(self, intent: ShowRecords) -> bool:
        """Rows asked for by this panel, or by a panel other than a procedures dashboard (each
        dashboard shows its own drill-downs: two open dashboards open one window, not two)."""
        other = intent.source.startswith("procedures_dashboard")
        if intent.source != self.instance_id and other:
            return False
        return self.records.take(intent)

    def _conn(self) -> Any:
        return self.services.cache.conn if self.services.cache is not None else None

    # -- computing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute every figure in the background (once more after it if asked meanwhile)."""
        if not self.recompute.refresh():
            self.status.setText(tr(texts.NO_CACHE))

    def _work(self, choices: bool) -> Callable[[sqlite3.Connection], Figures]:
        """On the GUI thread: what to compute, for the period and scope chosen now."""
        now = self.clock()
        period, scope = self.period.period(now), self.scope.scope()
        self.status.setText(tr(texts.COMPUTING))

        def compute(conn: sqlite3.Connection) -> Figures:
            return (ind.dashboard(conn, period, scope, now),
                    scope_choices(conn, now.date()) if choices else None)

        return compute

    def _computed(self, result: Figures) -> None:
        board, choices = result
        if choices is not None:
            self.scope.set_groups(procedure_groups(choices))
        self.board = board
        self._redraw()
        self.status.setText(tr(texts.AS_OF).replace("%1", format_datetime(board.now)))

    def _failed(self, error: Exception) -> None:
        log.error("procedure figures failed: %s", error, exc_info=error)
        self.status.setText(tr(texts.FAILED).replace("%1", str(error)))

    def _redraw(self) -> None:
        board = self.board
        if board is None:
            return
        for kpi in KPIS:
            previous = None if kpi.now or board.previous is None \
                else board.previous.value(kpi.id)
            self.tiles[kpi.id].show_figure(tr(kpi.title), board.figures.value(kpi.id), kpi.unit,
                                           self.targets.get(kpi.id), previous, tr(kpi.hint))
        self.charts.show(board, self.targets, self.names)
        self._fill_overdue(board)
        few = sum(not r.ranked for r in board.agencies + board.wards)
        self.few.setText("* " + tr(texts.FEW_FILES).replace("%1", str(few))
                         .replace("%2", str(board.min_volume)) if few else "")
        self.shown.emit()

    def _fill_overdue(self, board: ind.Dashboard) -> None:
        rows = board.overdue[:OVERDUE_ROWS]
        self.overdue.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = (row.day.strftime("%d/%m/%Y"), row.field, row.agency,
                     self.names.get(row.ward, row.ward), str(row.overdue))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.overdue.setItem(i, j, item)

    # -- drill-downs ------------------------------------------------------------------------

    def drill_tile(self, kpi: KpiDef) -> None:
        board = self.board
        if board is None:
            return
        drill = Drill(kpi.drill, None if kpi.now else board.period, board.scope)
        self._post(drill, [tr(kpi.drill_words)], with_period=not kpi.now)

    def drill_chart(self, name: str, x: float, y: float) -> None:
        click = self.charts.click(name, x, y)
        if click is not None:
            self._post(click.drill, click.parts)

    def drill_overdue_row(self, row: int, _column: int = 0) -> None:
        item = self.overdue.item(row, 0)
        if item is None:
            return
        words = [cell.text() for c in (0, 1, 2) if (cell := self.overdue.item(row, c))]
        show_records(self.services.intents, DATASET, [item.data(Qt.ItemDataRole.UserRole)],
                     [*words, tr(KPIS[6].drill_words)], self.instance_id)

    def _post(self, drill: Drill, parts: list[str], with_period: bool = True) -> None:
        board, cache = self.board, self.services.cache
        if board is None or cache is None:
            return
        words = [board.scope.label, *parts, tr(board.period.description) if with_period else ""]

        def ids() -> tuple[str, ...]:
            return drill_ids(cache.conn, drill)

        def post(found: tuple[str, ...]) -> None:
            if isValid(self.status):
                show_records(self.services.intents, DATASET, found, words, self.instance_id)

        run_in_background(ids, post, self._failed)

    def _export_failed(self, text: str) -> None:
        self.services.intents.post(Notice("error", text, self.instance_id))

    # -- state and language -----------------------------------------------------------------

    def save_state(self) -> dict[str, Any]:
        return {"period": self.period.save_state(), "scope": self.scope.save_state()}

    def restore_state(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("period"), dict):
            self.period.restore_state(state["period"])
        if isinstance(state.get("scope"), dict):
            self.scope.restore_state(state["scope"])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.scope_label.setText(tr(texts.SCOPE))
        self.overdue_title.setText(tr(texts.OVERDUE_TITLE))
        self.overdue.setHorizontalHeaderLabels([tr(h) for h in texts.OVERDUE_HEADERS])
        self.period.retranslate()
        self.scope.retranslate()
        self.charts.retranslate()
        self._redraw()
