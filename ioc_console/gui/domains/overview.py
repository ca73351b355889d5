"""The leaders' overview (panel ``overview``): one tile per registered domain, in the domains'
order, with its headline KPI and band from the KPI board; a click (or Enter) opens the
domain's dashboard. Tiles come and go with the domains (plugins enabled or disabled) and
follow the KPI values as they change."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ioc_console.core.domains import overview
from ioc_console.core.domains.dashboards import DomainSpec
from ioc_console.core.intents import Notice, OpenPanel
from ioc_console.core.services import Services
from ioc_console.core.store.changes import Change
from ioc_console.gui.bridge import follow
from ioc_console.gui.domains import texts
from ioc_console.gui.domains.domain_tile import DomainTile, Figure
from ioc_console.gui.domains.kpi_tiles import kpi_target
from ioc_console.gui.i18n import tr
from ioc_console.gui.tasks import run_in_background

TILE_WIDTH = 300  # a column per so many pixels
ALERTS_DEBOUNCE_MS = 500


class OverviewPanel(QWidget):
    shown = Signal()
    """The tiles were (re)drawn."""

    def __init__(self, services: Services, instance_id: str = "overview") -> None:
        super().__init__()
        self.services = services
        self.instance_id = instance_id
        self.setObjectName(instance_id)
        self.tiles: dict[str, DomainTile] = {}
        self.open_alerts: dict[str, int] = {}
        self.hint = QLabel(self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(self.grid)
        inner.addWidget(self.empty, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        self.columns = 0
        self._alerts_timer = QTimer(self, singleShot=True, interval=ALERTS_DEBOUNCE_MS)
        self._alerts_timer.timeout.connect(self.count_alerts)
        self.board = services.kpi_board
        if self.board is not None:
            follow(self, self.board.changed, self._kpis_changed)
        follow(self, services.domains.changed, self._registry_changed)
        if services.cache is not None:
            follow(self, services.cache.changed, self._cache_changed)
        self.retranslate()
        self.rebuild()
        self.count_alerts()

    # -- tiles ----------------------------------------------------------------------------------

    def domains(self) -> list[DomainSpec]:
        return overview.ordered_domains(self.services.domains, lambda d: tr(d.title))

    def rebuild(self) -> None:
        """One tile per registered domain, in order (kept tiles are reused)."""
        domains = self.domains()
        ids = {d.id for d in domains}
        for domain_id in [i for i in self.tiles if i not in ids]:
            gone = self.tiles.pop(domain_id)
            self.grid.removeWidget(gone)
            gone.deleteLater()
        for domain in domains:
            kept = self.tiles.get(domain.id)
            if kept is not None and kept.domain is domain:
                continue
            if kept is not None:  # registered anew
                self.grid.removeWidget(kept)
                kept.deleteLater()
            tile = DomainTile(domain, self)
            tile.activated.connect(self.open_domain)
            self.tiles[domain.id] = tile
        self._place(force=True)
        self.empty.setVisible(not domains)
        self.update_tiles()

    def _place(self, force: bool = False) -> None:
        columns = max(1, self.width() // TILE_WIDTH)
        if columns == self.columns and not force:
            return
        self.columns = columns
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for index, domain in enumerate(self.domains()):
            placed = self.tiles.get(domain.id)
            if placed is not None:
                self.grid.addWidget(placed, index // columns, index % columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = -(-len(self.tiles) // columns)
        for row in range(max(self.grid.rowCount(), rows)):  # the rows share the panel's height
            self.grid.setRowStretch(row, 1 if row < rows else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _figure(self, kpi_id: str) -> Figure:
        definition = self.services.domains.kpis.get(kpi_id) if kpi_id else None
        board = self.board
        value = board.value(kpi_id) if board is not None and definition is not None else None
        target = kpi_target(board, definition) if definition is not None else None
        return definition, value, target

    def update_tiles(self, kpis: frozenset[str] | None = None) -> None:
        """Redraw the tiles (only those showing one of ``kpis`` when given)."""
        registry = self.services.domains
        for tile in self.tiles.values():
            domain = tile.domain
            shown = {domain.headline_kpi, *domain.kpis}
            if kpis is not None and not shown & kpis:
                continue
            others = [self._figure(k) for k in domain.kpis if k != domain.headline_kpi]
            alerts = sum(self.open_alerts.get(t, 0) for t in overview.alert_types(registry, domain))
            tile.show_figures(self._figure(domain.headline_kpi), others, alerts)
        self.shown.emit()

    # -- following ----------------------------------------------------------------------------

    def _kpis_changed(self, ids: frozenset[str]) -> None:
        self.update_tiles(frozenset(ids))

    def _registry_changed(self, kind: str, key: str, _added: bool) -> None:
        if kind == "domain":
            self.rebuild()
        elif kind == "kpi":
            self.update_tiles(frozenset({key}))
        elif kind == "rule":
            self.update_tiles()

    def _cache_changed(self, change: Change) -> None:
        if change.dataset == "alerts":
            self._alerts_timer.start()

    def count_alerts(self) -> None:
        """Count the open alerts by type off the GUI thread, then redraw the tiles."""
        cache = self.services.cache
        if cache is None:
            return

        def count() -> dict[str, int]:
            conn: sqlite3.Connection = cache.conn
            return overview.open_alerts_by_type(conn)

        run_in_background(count, self._counted, owner=self)

    def _counted(self, counts: Any) -> None:
        self.open_alerts = dict(counts)
        self.update_tiles()

    # -- opening a dashboard --------------------------------------------------------------------

    def open_domain(self, domain_id: str) -> bool:
        tile = self.tiles.get(domain_id)
        if tile is None:
            return False
        if not tile.domain.dashboard:
            self.services.intents.post(Notice("info", tr(texts.NO_DASHBOARD), self.instance_id))
            return False
        return self.services.intents.post(OpenPanel(tile.domain.dashboard, self.instance_id))

    # -- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(tr(texts.OVERVIEW_HINT))
        self.empty.setText(tr(texts.OVERVIEW_EMPTY))
        if self.tiles:
            self.rebuild()
