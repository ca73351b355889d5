"""One chart of a domain dashboard: a :class:`ChartFrame` drawing a :class:`ChartData` as its
spec's kind says (lines, bars, stacked bars, ranked bars), x as categories in order, and
telling which category lies under a click (for drill-downs)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ioc_console.core.domains.chart_data import ChartData
from ioc_console.core.domains.dashboards import ChartKind, ChartSpec
from ioc_console.gui.charts.chart import Chart, legend_brush, series_colour
from ioc_console.gui.charts.chart_frame import ChartFrame
from ioc_console.gui.charts.series import Lines, RankedBars, StackedBars, elide_middle
from ioc_console.gui.domains import texts
from ioc_console.gui.i18n import tr

MAX_TICKS = 12
CHART_HEIGHT = 300


class GroupedBars:
    """Vertical bars side by side per category, one colour per series."""

    def __init__(self, chart: Chart, titles: list[str]) -> None:
        self.legend = chart.getPlotItem().addLegend(offset=(10, 5), colCount=4,
                                                    brush=legend_brush())
        self.items: list[pg.BarGraphItem] = []
        for index, title in enumerate(titles):
            colour = series_colour(index)
            item = pg.BarGraphItem(x=[], height=[], width=0.8, brush=colour,
                                   pen=pg.mkPen(colour.darker(130), width=1))
            chart.addItem(item)
            self.legend.addItem(item, title)
            self.items.append(item)
        self.n = 0

    def set_data(self, ys: list[np.ndarray]) -> None:
        self.n = len(ys[0]) if ys else 0
        width = 0.8 / max(len(self.items), 1)
        for index, (item, y) in enumerate(zip(self.items, ys, strict=True)):
            x = np.arange(self.n, dtype=np.float64) - 0.4 + width * (index + 0.5)
            item.setOpts(x=x, height=np.nan_to_num(y), width=width * 0.95)

    def hit(self, x: float, _y: float) -> int | None:
        i = round(x)
        return i if 0 <= i < self.n and abs(x - i) <= 0.45 else None


def series_titles(spec: ChartSpec) -> list[str]:
    if not spec.y:
        return [tr(spec.labels[0]) if spec.labels else tr(texts.COUNT_SERIES)]
    return [tr(spec.labels[i]) if i < len(spec.labels) else y for i, y in enumerate(spec.y)]


def thinned_ticks(labels: list[str]) -> list[tuple[float, str]]:
    """At most about :data:`MAX_TICKS` labels, evenly spread, the last one always shown."""
    if not labels:
        return []
    step = max(1, math.ceil(len(labels) / MAX_TICKS))
    last = len(labels) - 1
    chosen = list(range(0, len(labels), step))
    if chosen[-1] != last:
        if last - chosen[-1] < step and len(chosen) > 1:
            chosen[-1] = last
        else:
            chosen.append(last)
    return [(float(i), labels[i]) for i in chosen]


class DashboardChart:
    """The chart of ``spec`` (named ``name`` for its export file)."""

    def __init__(self, spec: ChartSpec, name: str) -> None:
        self.spec = spec
        self.chart = Chart()
        self.frame = ChartFrame(self.chart, name)
        self.frame.setMaximumHeight(CHART_HEIGHT)  # the list below gets the rest
        self.empty = QLabel(self.frame)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        frame_layout = self.frame.layout()
        if frame_layout is not None:
            frame_layout.addWidget(self.empty)
        self.data: ChartData | None = None
        titles = series_titles(spec)
        kind = spec.kind
        self.lines = Lines(self.chart, titles) if kind is ChartKind.LINE else None
        self.stacked = StackedBars(self.chart, list(spec.y or ("count",)), titles) \
            if kind is ChartKind.STACKED or (kind is ChartKind.BARS and len(titles) == 1) else None
        self.grouped = GroupedBars(self.chart, titles) \
            if kind is ChartKind.BARS and len(titles) > 1 else None
        self.ranked = RankedBars(self.chart, label_chars=28) if kind is ChartKind.RANKED else None
        if self.ranked is not None:
            self.chart.getPlotItem().getAxis("left").setWidth(170)
        if self.lines is not None and len(titles) == 1:
            self.chart.getPlotItem().legend.hide()
        if self.stacked is not None and len(titles) == 1:
            self.stacked.legend.hide()
        self.retranslate()
        self.show(None)

    def retranslate(self) -> None:
        self.frame.title.setText(tr(self.spec.title) + (f" ({self.spec.unit})"
                                                       if self.spec.unit else ""))
        self.frame.retranslate()
        self.empty.setText(tr(texts.NO_CHART_DATA))

    def show(self, data: ChartData | None) -> None:
        self.data = data
        empty = data is None or data.empty
        self.chart.setVisible(not empty)
        self.empty.setVisible(empty)
        if data is None or empty:
            return
        ys = [np.array([np.nan if v is None else v for v in s], dtype=np.float64)
              for s in data.series]
        x = np.arange(len(data.keys), dtype=np.float64)
        bottom = self.chart.getPlotItem().getAxis("bottom")
        short = [elide_middle(label, 16) for label in data.labels]
        if self.lines is not None:
            self.lines.set_data(x, ys)
        elif self.stacked is not None:
            self.stacked.set_data(x, 1.0, [np.nan_to_num(y) for y in ys])
        elif self.grouped is not None:
            self.grouped.set_data(ys)
        elif self.ranked is not None:
            self.ranked.set_data(data.keys, data.labels, np.nan_to_num(ys[0]).tolist(), None)
            return
        bottom.setTicks([thinned_ticks(short)])
        self.chart.getPlotItem().setXRange(-0.6, len(x) - 0.4, padding=0)
        finite = [v for y in ys for v in y.tolist() if math.isfinite(v)]
        if self.stacked is not None and len(ys) > 1:
            top = float(np.nansum(np.vstack(ys), axis=0).max()) if len(x) else 1.0
        else:
            top = max(finite, default=1.0)
        low = min([0.0, *finite])
        self.chart.getPlotItem().setYRange(low, max(top, 1e-9) * 1.08, padding=0)
        left = self.chart.getPlotItem().getAxis("left")
        if top <= 8 and all(float(v).is_integer() for v in finite):
            left.setTickSpacing(1, 1)  # counts: no "0.5" between one record and two
        else:
            left.setTickSpacing()

    def hit(self, x: float, y: float) -> int | None:
        """The index of the category under a click at (x, y), if any."""
        if self.data is None or self.data.empty:
            return None
        if self.ranked is not None:
            return self.ranked.hit(x, y)
        if abs(x - round(x)) > 0.45:  # between two bars or points
            return None
        if self.lines is not None:
            found = self.lines.hit(x, y)
            return found[0] if found is not None else None
        if self.stacked is not None:
            bar = self.stacked.hit(x, y)
            return bar[0] if bar is not None else None
        if self.grouped is not None:
            return self.grouped.hit(x, y)
        return None
