"""The procedures dashboard's charts: made once, redrawn in place from a computed
:class:`~ioc_console.core.procedures.indicators.Dashboard`, and asked which result rows lie
behind a click (a :class:`Drill` and its words)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg

from ioc_console.core.config.targets import Target
from ioc_console.core.procedures.drill import Drill
from ioc_console.core.procedures.indicators import Dashboard, Ranked, day_number
from ioc_console.core.procedures.sql import Measure
from ioc_console.gui.charts.chart import Chart, series_colour
from ioc_console.gui.charts.chart_frame import ChartFrame
from ioc_console.gui.charts.kpi_tile import format_value
from ioc_console.gui.charts.series import Lines, RankedBars, StackedBars, elide_middle
from ioc_console.gui.complaints.dashboard_texts import bucket_end, bucket_text
from ioc_console.gui.i18n import tr
from ioc_console.gui.procedures import texts
from ioc_console.gui.theme import state_colour

RANKED_AGENCIES = 12  # the agencies shown: the most lagging
_OFFSET = 25200


def seconds(day_: object) -> float:
    """The city midnight starting a day, in seconds since the epoch."""
    return day_number(day_) * 86400.0 - _OFFSET  # type: ignore[arg-type]


@dataclass
class Click:
    drill: Drill
    parts: list[str] = field(default_factory=list)  # besides the scope and the period


def short_field(name: str) -> str:
    """A field's name short enough for an axis label (the usual abbreviations)."""
    return tr(texts.SHORT_FIELDS[name]) if name in texts.SHORT_FIELDS else elide_middle(name, 14)


def ranked_label(row: Ranked, name: str) -> str:
    """A name and its files resolved, counted as the tiles count ("1.280" in Vietnamese)."""
    return f"{name} ({format_value(row.counts.resolved, '')})"


class ProcedureCharts:
    def __init__(self) -> None:
        self.daily_chart = Chart(date_axis=True)
        self.rate_chart = Chart(date_axis=True)
        self.fields_chart = Chart()
        self.agencies_chart = Chart()
        self.wards_chart = Chart()
        self.daily = StackedBars(self.daily_chart, ["received"], [tr(texts.RECEIVED)])
        self.resolved = Lines(self.daily_chart, [tr(texts.RESOLVED)], [series_colour(2)],
                              legend=False)
        # the line joins the bars' legend by its name
        self.rate = Lines(self.rate_chart, [tr(texts.ON_TIME_RATE)], [series_colour(2)],
                          legend=False)
        self.rate_target = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen(series_colour(3), width=1.5,
                                                 style=pg.QtCore.Qt.PenStyle.DashLine))
        self.rate_chart.addItem(self.rate_target)
        self.fields = StackedBars(self.fields_chart, [m.value for m, _ in texts.LAYERS],
                                  [tr(t) for _, t in texts.LAYERS])
        colours = (state_colour("ok"), series_colour(0), state_colour("error"))
        for item, brush in zip(self.fields.items, colours, strict=True):
            item.setOpts(brush=brush, pen=pg.mkPen(brush.darker(130), width=1))
        self.agencies = RankedBars(self.agencies_chart, label_chars=40)
        self.wards = RankedBars(self.wards_chart, label_chars=30)
        self.agencies_chart.getPlotItem().getAxis("left").setWidth(250)
        self.wards_chart.getPlotItem().getAxis("left").setWidth(170)
        self.frames = {name: ChartFrame(chart, name) for name, chart in (
            ("daily", self.daily_chart), ("rate", self.rate_chart),
            ("fields", self.fields_chart), ("wards", self.wards_chart),
            ("agencies", self.agencies_chart))}
        self.frames["agencies"].setMinimumHeight(340)
        self.board: Dashboard | None = None
        self.ward_names: dict[str, str] = {}
        self.shown_days: list[int] = []  # the buckets drawn (those with files), by index
        self.retranslate()

    def retranslate(self) -> None:
        for name, frame in self.frames.items():
            frame.title.setText(tr(texts.TITLES[name]))
            frame.retranslate()
        for legend, titles in ((self.daily.legend, [texts.RECEIVED, texts.RESOLVED]),
                               (self.fields.legend, [t for _, t in texts.LAYERS])):
            for (_sample, label), title in zip(legend.items, titles, strict=False):
                label.setText(tr(title))

    # -- drawing ----------------------------------------------------------------------------

    def show(self, board: Dashboard, targets: dict[str, Target],
             ward_names: dict[str, str]) -> None:
        self.board, self.ward_names = board, ward_names
        s = board.series
        # days without a file (weekends, holidays) are left out, not drawn as zeros
        self.shown_days = [i for i, n in enumerate(s.received) if n or s.resolved[i]]
        starts = [seconds(s.starts[i]) for i in self.shown_days]
        ends = [seconds(bucket_end(s.starts[i], s.bucket)) for i in self.shown_days]
        centres = np.array([(a + b) / 2 for a, b in zip(starts, ends, strict=True)])
        width = min((b - a for a, b in zip(starts, ends, strict=True)), default=86400.0)
        self.daily.set_data(centres, width, [np.array([s.received[i] for i in self.shown_days])])
        self.resolved.set_data(centres, [np.array([s.resolved[i] for i in self.shown_days])])
        rates = s.on_time_rate
        rate = np.array([np.nan if rates[i] is None else rates[i] for i in self.shown_days])
        if np.isfinite(rate).any():
            self.rate.set_data(centres, [rate])
        else:  # nothing resolved yet (this morning): no line rather than a line of gaps
            self.rate.set_data(centres[:0], [rate[:0]])
        target = targets.get("procedures.on_time_rate")
        self.rate_target.setVisible(target is not None)
        if target is not None:
            self.rate_target.setPos(target.target)
        low = min([r for r in rates if r is not None] + [target.target if target else 100])
        self.rate_chart.getPlotItem().setYRange(max(0.0, low - 5), 100, padding=0.02)
        names = [name for name, _ in board.by_field]
        counts = [c for _, c in board.by_field]
        self.fields.set_data(np.arange(len(names), dtype=np.float64), 1.0, [
            np.array([c.early for c in counts]), np.array([c.on_time for c in counts]),
            np.array([c.late for c in counts])])
        self.fields_chart.getPlotItem().getAxis("bottom").setTicks(
            [[(i, short_field(n)) for i, n in enumerate(names)]])
        self._rank(self.wards, board.wards, target, ward_names)
        self._rank(self.agencies, board.agencies[:RANKED_AGENCIES], target, {})

    @staticmethod
    def _rank(bars: RankedBars, rows: list[Ranked], target: Target | None,
              names: dict[str, str]) -> None:
        """Bars of on-time rates; the axis starts a little below the lowest, so that 91 % and
        99 % do not look alike."""
        bars.set_data([r.key for r in rows],
                      [ranked_label(r, names.get(r.key, r.key)) + ("" if r.ranked else " *")
                       for r in rows],
                      [r.counts.on_time_rate or 0.0 for r in rows],
                      target.target if target else None)
        rates = [r.counts.on_time_rate for r in rows if r.counts.on_time_rate is not None]
        low = min([*rates, target.target if target else 100.0, 100.0])
        bars.chart.getPlotItem().setXRange(max(0.0, 5 * (low // 5) - 5), 100.5, padding=0)

    # -- what lies behind a click -----------------------------------------------------------

    def click(self, name: str, x: float, y: float) -> Click | None:
        board = self.board
        if board is None:
            return None
        period, scope, s = board.period, board.scope, board.series
        if name in ("daily", "rate"):
            hit = (self.daily.hit(x, y) if name == "daily" else self.rate.hit(x, y))
            if hit is None and name == "daily":
                hit = self.resolved.hit(x, y)
                measure = Measure.RESOLVED
            else:
                measure = Measure.RECEIVED if name == "daily" else Measure.RESOLVED
            if hit is None:
                return None
            start = s.starts[self.shown_days[hit[0]]]
            days = (start, bucket_end(start, s.bucket))
            words = texts.RECEIVED if measure is Measure.RECEIVED else texts.RESOLVED
            return Click(Drill(measure, period, scope, days=days),
                         [bucket_text(start, s.bucket), tr(words)])
        if name == "fields":
            hit = self.fields.hit(x, y)
            if hit is None:
                return None
            field_ = board.by_field[hit[0]][0]
            measure, words = texts.LAYERS[hit[1]]
            return Click(Drill(measure, period, scope, (("field", field_),)),
                         [field_, tr(words)])
        if name in ("wards", "agencies"):
            bars = self.wards if name == "wards" else self.agencies
            row = bars.hit(x, y)
            if row is None:
                return None
            key = bars.keys[row]
            column = "ward" if name == "wards" else "agency"
            label = self.ward_names.get(key, key) if column == "ward" else key
            return Click(Drill(Measure.RESOLVED, period, scope, ((column, key),)),
                         [label, tr(texts.RESOLVED)])
        return None
