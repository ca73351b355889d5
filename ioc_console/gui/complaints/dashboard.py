"""The complaint dashboard panel (``complaint_dashboard``): KPI tiles and charts of the 1022
hotline's complaints for a period and a scope, computed from the cache off the GUI thread,
redrawn within a second of a change, each figure a door to the complaints behind it."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ioc_console.core.clock import city_now
from ioc_console.core.complaints import kpis
from ioc_console.core.complaints.kpi_defs import KPIS, KpiDef
from ioc_console.core.complaints.kpi_drill import Drill, drill_ids
from ioc_console.core.complaints.kpi_scopes import ScopeChoices, scope_choices, ward_names
from ioc_console.core.config.profile import SiteProfile
from ioc_console.core.config.targets import DEFAULT_TARGETS, Target, merge_target
from ioc_console.core.intents import Notice
from ioc_console.core.periods import PeriodKind
from ioc_console.core.services import Services
from ioc_console.core.text import one_tone_placement
from ioc_console.gui.charts.drilldown import show_records
from ioc_console.gui.charts.kpi_tile import KpiTile
from ioc_console.gui.charts.period_selector import PeriodSelector
from ioc_console.gui.charts.recompute import Recompute
from ioc_console.gui.complaints import dashboard_texts as texts
from ioc_console.gui.complaints.dashboard_charts import DashboardCharts
from ioc_console.gui.complaints.dashboard_scope import complaint_groups, complaint_scope_picker
from ioc_console.gui.i18n import tr
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.timefmt import format_datetime

log = logging.getLogger(__name__)
Figures = tuple[kpis.Dashboard, ScopeChoices | None]  # board, scope choices if re-read
DATASET = "complaints"


def complaint_targets(profile: SiteProfile | None) -> dict[str, Target]:
    """The tiles' targets: the profile's over the defaults; a KPI without a default (received,
    open now) has the target the profile gives its id, as the overview's tile of the same id
    has it (read with the plugins' targets, the id looking like a plugin's)."""
    if profile is None:
        return dict(DEFAULT_TARGETS)
    targets = dict(profile.targets)
    for kpi in KPIS:
        numbers = profile.plugin_targets.get(kpi.id)
        if kpi.id not in targets and numbers and "target" in numbers:
            try:
                targets[kpi.id] = merge_target(None, numbers)
            except ValueError as exc:  # the profile's check named it already
                log.warning("[targets] %s: %s", kpi.id, exc)
    return targets


class ComplaintDashboardPanel(QWidget):
    shown = Signal()
    """New figures were drawn (after each recomputation)."""

    def __init__(self, services: Services, instance_id: str = "complaint_dashboard",
                 state: dict[str, Any] | None = None,
                 clock: Callable[[], datetime] = city_now) -> None:
        super().__init__()
        self.setObjectName(instance_id)
        self.services = services
        self.instance_id = instance_id
        self.clock = clock
        self.targets = complaint_targets(services.profile)
        self.board: kpis.Dashboard | None = None
        self.names = ward_names(clock().date())

        self.period = PeriodSelector(PeriodKind.ALL, self)
        self.scope = complaint_scope_picker(self)
        self.rank = QComboBox(self)
        self.rank.setObjectName("rank-by")
        for measure in texts.RANK_MEASURES:
            self.rank.addItem(tr(measure.title), measure.key)
        self.scope_label, self.rank_label = QLabel(self), QLabel(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        for widget in (self.period, self.scope_label, self.scope, self.rank_label, self.rank):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.tiles: dict[str, KpiTile] = {}
        tiles = QGridLayout()
        for index, kpi in enumerate(KPIS):
            tile = KpiTile(kpi.id, self)
            tile.clicked.connect(lambda k=kpi: self.drill_tile(k))
            tiles.addWidget(tile, index // 5, index % 5)
            self.tiles[kpi.id] = tile
        self.charts = DashboardCharts()
        grid = QGridLayout()
        for index, (name, frame) in enumerate(self.charts.frames.items()):
            grid.addWidget(frame, index // 2, index % 2)
            frame.chart.clicked.connect(lambda x, y, n=name: self.drill_chart(n, x, y))
            frame.export_failed.connect(self._export_failed)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addLayout(tiles)
        inner.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self.recompute = Recompute(
            self, services.cache, DATASET, self._work, self._computed, self._failed
        )
        if state:
            self.restore_state(state)
        self.period.changed.connect(self.refresh)
        self.scope.changed.connect(self.refresh)
        self.rank.currentIndexChanged.connect(lambda _i: self._redraw())
        self.retranslate()
        self.refresh()

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
            return (kpis.dashboard(conn, period, scope, now),
                    scope_choices(conn, now.date()) if choices else None)

        return compute

    def _computed(self, result: Figures) -> None:
        board, choices = result
        if choices is not None:
            self.scope.set_groups(complaint_groups(choices, self.names))
        self.board = board
        self._redraw()
        self.status.setText(tr(texts.AS_OF).replace("%1", format_datetime(board.now)))

    def _failed(self, error: Exception) -> None:
        log.error("complaint figures failed: %s", error, exc_info=error)
        self.status.setText(tr(texts.FAILED).replace("%1", str(error)))

    def _redraw(self) -> None:
        board = self.board
        if board is None:
            return
        for kpi in KPIS:
            previous = board.previous.value(kpi.id) if board.previous else None
            self.tiles[kpi.id].show_figure(tr(kpi.title), board.figures.value(kpi.id), kpi.unit,
                                           self.targets.get(kpi.id), previous, tr(kpi.hint))
        self.charts.show(board, self.targets, self.names, self.rank_measure)
        self.shown.emit()

    @property
    def rank_measure(self) -> texts.RankMeasure:
        return texts.RANK_BY_KEY.get(self.rank.currentData(), texts.RANK_MEASURES[0])

    # -- drill-downs ------------------------------------------------------------------------

    def drill_tile(self, kpi: KpiDef) -> None:
        board = self.board
        if board is None:
            return
        at = min(board.period.end, board.now) if kpi.now else None
        drill = Drill(kpi.drill, board.period, board.scope, at=at)
        self._post(drill, [tr(kpi.drill_words)])

    def drill_chart(self, name: str, x: float, y: float) -> None:
        click = self.charts.click(name, x, y)
        if click is not None:
            self._post(click.drill, click.parts, with_period=click.drill.period is not None)

    def _post(self, drill: Drill, parts: list[str], with_period: bool = True) -> None:
        board, cache = self.board, self.services.cache
        if board is None or cache is None:
            return
        words = [board.scope.label, *parts, tr(board.period.description) if with_period else ""]
        now = board.now

        def ids() -> tuple[str, ...]:
            return drill_ids(cache.conn, drill, now)

        def post(found: tuple[str, ...]) -> None:
            if not isValid(self.status):
                return
            show_records(self.services.intents, "complaints", found, words, self.instance_id)

        run_in_background(ids, post, self._failed)

    def _export_failed(self, text: str) -> None:
        self.services.intents.post(Notice("error", text, self.instance_id))

    # -- state and language -----------------------------------------------------------------

    def save_state(self) -> dict[str, Any]:
        return {"period": self.period.save_state(), "scope": self.scope.save_state(),
                "rank": self.rank.currentData()}

    def restore_state(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("period"), dict):
            self.period.restore_state(state["period"])
        scope = state.get("scope")
        if isinstance(scope, dict):
            if scope.get("column") == "agency" and isinstance(scope.get("value"), str):
                # saved before agencies were named with one tone placement (Hoà → Hòa)
                scope = {**scope, "value": one_tone_placement(scope["value"])}
            self.scope.restore_state(scope)
        index = self.rank.findData(state.get("rank"))
        if index >= 0:
            self.rank.setCurrentIndex(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.scope_label.setText(tr(texts.SCOPE))
        self.rank_label.setText(tr(texts.RANK_BY))
        for index, measure in enumerate(texts.RANK_MEASURES):
            self.rank.setItemText(index, tr(measure.title))
        self.period.retranslate()
        self.scope.retranslate()
        self.charts.retranslate()
        self._redraw()
