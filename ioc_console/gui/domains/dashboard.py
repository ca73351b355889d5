"""A plugin's declarative dashboard (:class:`~ioc_console.core.domains.dashboards.DashboardSpec`)
drawn like the console's own: KPI tiles fed by the KPI board, charts computed from the cache
off the GUI thread and recomputed soon after their datasets change, and the list of records
that a click on a bar or a point narrows to the records behind it."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ioc_console.core.clock import city_now
from ioc_console.core.domain.admin_units import units_on
from ioc_console.core.domains import chart_data, dashboard_data
from ioc_console.core.domains.chart_data import field_value
from ioc_console.core.domains.dashboard_data import DashboardData
from ioc_console.core.domains.registry import Dashboard
from ioc_console.core.intents import Notice
from ioc_console.core.services import Services
from ioc_console.core.store.cache import Cache
from ioc_console.core.store.changes import Change
from ioc_console.gui.bridge import follow
from ioc_console.gui.charts.recompute import Recompute
from ioc_console.gui.domains import texts
from ioc_console.gui.domains.chart_view import DashboardChart
from ioc_console.gui.domains.formats import number_style
from ioc_console.gui.domains.kpi_tiles import DomainKpiTile, kpi_target
from ioc_console.gui.domains.records import RecordsView
from ioc_console.gui.i18n import tr
from ioc_console.gui.timefmt import format_datetime

log = logging.getLogger(__name__)
TILES_PER_ROW = 5
CHARTS_PER_ROW = 2


class DatasetsRecompute(Recompute):
    """:class:`Recompute` after a change of any of several datasets."""

    def __init__(self, owner: QObject, cache: Cache | None, datasets: frozenset[str],
                 prepare: Callable[[bool], Callable[[sqlite3.Connection], Any]],
                 done: Callable[[Any], None], failed: Callable[[Exception], None]) -> None:
        super().__init__(owner, cache, "", prepare, done, failed)
        self.datasets = datasets

    def _changed(self, change: Change) -> None:
        if change.dataset in self.datasets:
            self._debounce.start()


class DashboardPanel(QWidget):
    shown = Signal()
    """New figures were drawn (after each computation)."""

    def __init__(self, services: Services, dashboard: Dashboard, instance_id: str = "",
                 clock: Callable[[], datetime] = city_now) -> None:
        super().__init__()
        self.services, self.dashboard = services, dashboard
        self.spec = dashboard.spec
        self.instance_id = instance_id or dashboard.panel_id
        self.setObjectName(self.instance_id)
        self.clock = clock
        self.data: DashboardData | None = None
        self.names = {u.code: u.name for u in units_on(clock().date())}

        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        bar.addWidget(self.notes, 1)
        bar.addWidget(self.status)

        self.tiles: dict[str, DomainKpiTile] = {}
        tiles = QGridLayout()
        for index, kpi_id in enumerate(self.spec.tiles):
            tile = DomainKpiTile(kpi_id, self)
            tile.clicked.connect(lambda k=kpi_id: self.drill_kpi(k))
            tiles.addWidget(tile, index // TILES_PER_ROW, index % TILES_PER_ROW)
            self.tiles[kpi_id] = tile
        self.charts: list[DashboardChart] = []
        grid = QGridLayout()
        for index, spec in enumerate(self.spec.charts):
            view = DashboardChart(spec, f"{dashboard.panel_id}-{index + 1}")
            view.chart.clicked.connect(lambda x, y, i=index: self.drill_chart(i, x, y))
            view.frame.export_failed.connect(self._export_failed)
            columns = CHARTS_PER_ROW if len(self.spec.charts) > 1 else 1
            grid.addWidget(view.frame, index // columns, index % columns)
            self.charts.append(view)
        self.records: RecordsView | None = None
        if self.spec.table is not None:
            self.records = RecordsView(self.spec.table, services.intents, self.instance_id, self)
            self.records.setMinimumHeight(300)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(tiles)
        inner.addLayout(grid)
        if self.records is not None:
            inner.addWidget(self.records, 1)
        inner.addWidget(self.empty)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self.board = services.kpi_board
        if self.board is not None:
            follow(self, self.board.changed, self._kpis_changed)
        follow(self, services.domains.changed, self._registry_changed)
        self.recompute = DatasetsRecompute(self, services.cache,
                                           dashboard_data.datasets_of(self.spec),
                                           self._work, self._computed, self._failed)
        self.retranslate()
        self.refresh()

    # -- KPI tiles ----------------------------------------------------------------------------

    def show_tiles(self, ids: frozenset[str] | None = None) -> None:
        board = self.board
        for kpi_id, tile in self.tiles.items():
            if ids is not None and kpi_id not in ids:
                continue
            definition = self.services.domains.kpis.get(kpi_id)
            value = board.value(kpi_id) if board is not None else None
            target = kpi_target(board, definition) if definition is not None else None
            tile.show_kpi(definition, value, target, board is not None)

    def _kpis_changed(self, ids: frozenset[str]) -> None:
        self.show_tiles(frozenset(ids))

    def _registry_changed(self, kind: str, key: str, _added: bool) -> None:
        if kind == "kpi" and key in self.tiles:
            self.show_tiles(frozenset({key}))

    # -- charts and list ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the charts and the list in the background."""
        if not self.recompute.refresh():
            self.status.setText(tr(texts.NO_CACHE))
            self._show_empty(tr(texts.NO_CACHE))

    def _work(self, _choices: bool) -> Callable[[sqlite3.Connection], DashboardData]:
        now, spec, names, style = self.clock(), self.spec, dict(self.names), number_style()
        self.status.setText(tr(texts.COMPUTING))

        def compute(conn: sqlite3.Connection) -> DashboardData:
            return dashboard_data.compute(conn, spec, now, names, style)

        return compute

    def _computed(self, data: DashboardData) -> None:
        self.data = data
        for view, chart in zip(self.charts, data.charts, strict=True):
            view.show(chart)
        if self.records is not None:
            self.records.set_rows(data.rows, data.total)
        no_data = all(c.empty for c in data.charts) and not data.rows
        self._show_empty(tr(texts.NO_DATA) if no_data else "")
        self.status.setText(tr(texts.AS_OF).replace("%1", format_datetime(data.at)))
        self.shown.emit()

    def _failed(self, error: Exception) -> None:
        log.error("dashboard %s: figures failed: %s", self.dashboard.panel_id, error,
                  exc_info=error)
        self.status.setText(tr(texts.FAILED).replace("%1", str(error)))

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    # -- drill-down ---------------------------------------------------------------------------

    def drill_chart(self, index: int, x: float, y: float) -> bool:
        """A click on chart ``index`` at (x, y): the list shows the records behind the bar or
        point there. False when nothing lies there or the dashboard has no list."""
        view = self.charts[index]
        data, records, table = view.data, self.records, self.spec.table
        hit = view.hit(x, y)
        if hit is None or data is None or records is None or table is None or self.data is None:
            return False
        key, label = data.keys[hit], data.labels[hit]
        if view.spec.dataset == table.dataset:
            ids = frozenset(data.ids[hit])
        else:  # another dataset: the list's records with the same value of the chart's x
            ids = frozenset(r.id for r in self.data.rows
                            if chart_data.group_key(field_value(r.record, view.spec.x)) == key)
        records.drill(ids, f"{tr(view.spec.title)}: {label}")
        return True

    def drill_kpi(self, kpi_id: str) -> bool:
        """A click on a KPI tile: the list shows the records behind its figure, when the KPI
        reads the list's dataset by an aggregate. False otherwise."""
        definition = self.services.domains.kpis.get(kpi_id)
        table, records = self.spec.table, self.records
        if definition is None or table is None or records is None or self.data is None:
            return False
        if definition.dataset != table.dataset:
            return False
        ids = dashboard_data.formula_ids(definition.formula, self.data.rows, self.clock())
        if ids is None:
            return False
        records.drill(ids, tr(definition.title))
        return True

    def _export_failed(self, text: str) -> None:
        self.services.intents.post(Notice("error", text, self.instance_id))

    # -- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.notes.setText(tr(self.spec.notes) if self.spec.notes else "")
        self.notes.setVisible(bool(self.spec.notes))
        for view in self.charts:
            view.retranslate()
        if self.records is not None:
            self.records.retranslate()
        self.show_tiles()
        if self.data is not None:
            self._computed(self.data)

