"""Series drawn on a :class:`~.chart.Chart`, each made once and updated in place.

Every series keeps its pyqtgraph items from its first draw and changes only their data
(``setOpts``/``setData``), so a redraw after a change allocates no items; bars are one
``BarGraphItem`` per layer with arrays, never an item per bar. Each knows which of its bars or
points lies under a clicked position (for drill-downs).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from ioc_console.gui.charts.chart import Chart, as_x, legend_brush, series_colour


class StackedBars:
    """Vertical bars stacked by layer (intake per day by channel)."""

    def __init__(self, chart: Chart, names: list[str], titles: list[str]) -> None:
        self.chart = chart
        self.names = list(names)
        self.legend = chart.getPlotItem().addLegend(offset=(10, 5), colCount=4,
                                                    brush=legend_brush())
        self.items: list[pg.BarGraphItem] = []
        for index, title in enumerate(titles):
            colour = series_colour(index)
            item = pg.BarGraphItem(x=[], height=[], width=1.0, brush=colour,
                                   pen=pg.mkPen(colour.darker(130), width=1))
            chart.addItem(item)
            self.legend.addItem(item, title)
            self.items.append(item)
        self.x = np.zeros(0)
        self.width = 1.0
        self.tops = np.zeros((0, 0))

    def set_data(self, x: np.ndarray, width: float, layers: list[np.ndarray]) -> None:
        self.x, self.width = as_x(x), float(width)
        stack = np.vstack([np.asarray(v, dtype=np.float64) for v in layers]) if layers \
            else np.zeros((0, len(self.x)))
        self.tops = np.cumsum(stack, axis=0)
        base = np.zeros(len(self.x))
        for item, top in zip(self.items, self.tops, strict=True):
            item.setOpts(x=self.x, height=top - base, y0=base, width=self.width * 0.85)
            base = top

    def hit(self, x: float, y: float) -> tuple[int, int] | None:
        """(bar index, layer index) under (x, y), if any."""
        if not len(self.x):
            return None
        i = int(np.argmin(np.abs(self.x - x)))
        if abs(self.x[i] - x) > self.width / 2 or y < 0:
            return None
        for layer, top in enumerate(self.tops[:, i]):
            if y <= top:
                return i, layer
        return None


class Lines:
    """Lines with markers sharing the x values (backlog and overdue, satisfaction)."""

    def __init__(self, chart: Chart, titles: list[str], colours: list[QColor] | None = None,
                 legend: bool = True) -> None:
        self.chart = chart
        if legend:
            chart.getPlotItem().addLegend(offset=(10, 5), brush=legend_brush())
        self.items: list[pg.PlotDataItem] = []
        for index, title in enumerate(titles):
            colour = colours[index] if colours else series_colour(index)
            item = pg.PlotDataItem([], [], pen=pg.mkPen(colour, width=1.5), name=title,
                                   symbol="o", symbolSize=4, symbolBrush=colour,
                                   symbolPen=None)
            chart.addItem(item)
            self.items.append(item)
        self.x = np.zeros(0)
        self.ys: list[np.ndarray] = []

    def set_data(self, x: np.ndarray, ys: list[np.ndarray]) -> None:
        self.x = as_x(x)
        self.ys = [np.asarray(y, dtype=np.float64) for y in ys]
        for item, y in zip(self.items, self.ys, strict=True):
            item.setData(self.x, y, connect="finite")
            # markers only where there are few points: thousands of them are noise
            item.setSymbol("o" if len(self.x) <= 120 else None)

    def hit(self, x: float, y: float) -> tuple[int, int] | None:
        """(point index, line index) nearest to (x, y) in x, then in y."""
        if not len(self.x):
            return None
        i = int(np.argmin(np.abs(self.x - x)))
        values = [abs(v[i] - y) if np.isfinite(v[i]) else np.inf for v in self.ys]
        line = int(np.argmin(values))
        return (i, line) if np.isfinite(values[line]) else None


def elide_middle(text: str, limit: int) -> str:
    """``text`` cut in the middle to ``limit`` characters: names of agencies differ at their
    end ("Phòng Kinh tế… phường Mỹ Trà")."""
    if len(text) <= limit:
        return text
    head = limit // 3
    return f"{text[:head].rstrip()}…{text[len(text) - (limit - head - 1):]}"


class RankedBars:
    """Horizontal bars ranked from the top, named on the left axis, with a target line."""

    def __init__(self, chart: Chart, label_chars: int = 30) -> None:
        self.chart = chart
        self.label_chars = label_chars
        colour = series_colour(0)
        self.item = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush=colour,
                                    pen=pg.mkPen(colour.darker(130), width=1))
        chart.addItem(self.item)
        self.target = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(series_colour(3), width=1.5,
                                                   style=pg.QtCore.Qt.PenStyle.DashLine))
        chart.addItem(self.target)
        self.values = np.zeros(0)
        self.keys: list[str] = []
        axis = chart.getPlotItem().getAxis("left")
        font = axis.font() if hasattr(axis, "font") else chart.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        axis.setStyle(tickFont=font, autoExpandTextSpace=False, hideOverlappingLabels=False)

    def set_data(self, keys: list[str], labels: list[str], values: Sequence[float],
                 target: float | None) -> None:
        """Bars in the given order, the first at the top; ``target`` None hides the line."""
        n = len(values)
        self.keys = list(keys)
        self.values = np.asarray(values, dtype=np.float64)
        y = np.arange(n, dtype=np.float64)[::-1]
        self.item.setOpts(x0=np.zeros(n), y=y, width=self.values, height=0.7)
        short = [elide_middle(t, self.label_chars) for t in labels]
        self.chart.getPlotItem().getAxis("left").setTicks([list(zip(y, short, strict=True))])
        self.target.setVisible(target is not None)
        if target is not None:
            self.target.setPos(target)
        self.chart.getPlotItem().setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        right = max([*self.values.tolist(), target or 0, 1])
        self.chart.getPlotItem().setXRange(0, right * 1.05, padding=0)

    def hit(self, x: float, y: float) -> int | None:
        """The index (in the given order) of the bar whose row holds (x, y): a short bar is
        as easy to click as a long one."""
        n = len(self.values)
        row = round(y)
        if not 0 <= row < n or abs(y - row) > 0.4:
            return None
        return n - 1 - row


class Bars:
    """Plain vertical bars at integer positions (a distribution), labelled below."""

    def __init__(self, chart: Chart) -> None:
        self.chart = chart
        colour = series_colour(2)
        self.item = pg.BarGraphItem(x=[], height=[], width=0.85, brush=colour,
                                    pen=pg.mkPen(colour.darker(130), width=1))
        chart.addItem(self.item)
        self.values = np.zeros(0)

    def set_data(self, values: Sequence[float], labels: list[str]) -> None:
        self.values = np.asarray(values, dtype=np.float64)
        x = np.arange(len(values), dtype=np.float64)
        self.item.setOpts(x=x, height=self.values, width=0.85)
        self.chart.getPlotItem().getAxis("bottom").setTicks(
            [[(i, t) for i, t in enumerate(labels) if i % 2 == 0 or len(labels) <= 8]])

    def hit(self, x: float, y: float) -> int | None:
        i = round(x)
        if 0 <= i < len(self.values) and abs(x - i) <= 0.45 and 0 <= y <= self.values[i]:
            return i
        return None
