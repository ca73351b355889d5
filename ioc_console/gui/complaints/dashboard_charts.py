"""The complaint dashboard's charts: made once, redrawn in place from a computed
:class:`~ioc_console.core.complaints.kpis.Dashboard`, and asked which complaints lie behind a
click (a :class:`Drill` and its words)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ioc_console.core.complaints.kpi_drill import Drill
from ioc_console.core.complaints.kpi_sql import Measure
from ioc_console.core.complaints.kpis import HOURS_BIN, HOURS_BINS, Dashboard, day_start
from ioc_console.core.config.targets import Target
from ioc_console.core.periods import Bucket
from ioc_console.gui.charts.chart import Chart, series_colour
from ioc_console.gui.charts.chart_frame import ChartFrame
from ioc_console.gui.charts.series import Bars, Lines, RankedBars, StackedBars
from ioc_console.gui.complaints import dashboard_texts as texts
from ioc_console.gui.i18n import tr
from ioc_console.gui.theme import state_colour

RANKED_AGENCIES = 10  # the agencies shown: the top of the ranking
LEGEND_MARGIN_PX = 12  # between a legend drawn over a plot and the tallest bar or line below
BELOW_ZERO = 0.06  # of a count axis's top, shown below zero: room for the label "0"


@dataclass
class Click:
    """The complaints behind a clicked bar or point, and the words for them."""

    drill: Drill
    parts: list[str] = field(default_factory=list)  # besides the scope and the period


def _seconds(day: date) -> float:
    return day_start(day)


class DashboardCharts:
    def __init__(self) -> None:
        self.intake_chart = Chart(date_axis=True)
        self.backlog_chart = Chart(date_axis=True)
        self.hours_chart = Chart()
        self.satisfaction_chart = Chart(date_axis=True)
        self.wards_chart = Chart()
        self.agencies_chart = Chart()
        self.intake = StackedBars(self.intake_chart, list(texts.CHANNEL_ORDER),
                                  [tr(texts.CHANNELS[c]) for c in texts.CHANNEL_ORDER])
        self.backlog = Lines(self.backlog_chart, [tr(texts.OPEN), tr(texts.OVERDUE)],
                             [series_colour(0), state_colour("error")])
        self.hours = Bars(self.hours_chart)
        self.satisfaction = Lines(self.satisfaction_chart, [tr(texts.SATISFIED)],
                                  [series_colour(2)], legend=False)
        self.satisfaction_target = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen(series_colour(3), width=1.5,
                                                 style=pg.QtCore.Qt.PenStyle.DashLine))
        self.satisfaction_chart.addItem(self.satisfaction_target)
        self.satisfaction_chart.getPlotItem().setYRange(0, 100, padding=0.02)
        self.wards = RankedBars(self.wards_chart)
        self.agencies = RankedBars(self.agencies_chart, label_chars=34)
        self.agencies_chart.getPlotItem().getAxis("left").setWidth(220)
        self.wards_chart.getPlotItem().getAxis("left").setWidth(120)
        self.frames = {
            "intake": ChartFrame(self.intake_chart, "intake"),
            "backlog": ChartFrame(self.backlog_chart, "backlog"),
            "hours": ChartFrame(self.hours_chart, "hours"),
            "satisfaction": ChartFrame(self.satisfaction_chart, "satisfaction"),
            "wards": ChartFrame(self.wards_chart, "wards"),
            "agencies": ChartFrame(self.agencies_chart, "agencies"),
        }
        for name in ("wards", "agencies"):
            self.frames[name].setMinimumHeight(300)
        # counts from zero, the tallest bar or line below the legend drawn over the plot
        self.peaks = {"intake": 0.0, "backlog": 0.0}
        for chart in (self.intake_chart, self.backlog_chart):
            chart.getPlotItem().getViewBox().sigResized.connect(lambda _box: self._fit_counts())
        # a chart with nothing to draw says why, in its middle
        self.notes = {name: self._note(frame.chart) for name, frame in self.frames.items()}
        self.board: Dashboard | None = None
        self.ward_names: dict[str, str] = {}
        self.rank = texts.RANK_MEASURES[0]
        self.retranslate()

    @staticmethod
    def _note(chart: Chart) -> pg.TextItem:
        colour = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        note = pg.TextItem("", color=colour, anchor=(0.5, 0.5))
        chart.getPlotItem().addItem(note, ignoreBounds=True)
        note.setVisible(False)
        return note

    def _say(self, name: str, text: str | None) -> None:
        """Show ``text`` in the middle of chart ``name`` (None: hide it); after its ranges."""
        note = self.notes[name]
        note.setVisible(text is not None)
        if text is not None:
            (x0, x1), (y0, y1) = self.frames[name].chart.getPlotItem().getViewBox().viewRange()
            note.setText(text)
            note.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def _fit_counts(self) -> None:
        """The y ranges of intake and backlog: from zero to above their peak by the legend's
        share of the plot's height (the plot's size changes: again on each resize)."""
        for name, legend in (("intake", self.intake.legend),
                             ("backlog", self.backlog_chart.getPlotItem().legend)):
            item = self.frames[name].chart.getPlotItem()
            height = item.getViewBox().height()
            share = (legend.height() + LEGEND_MARGIN_PX) / height if height > 0 else 0.35
            top = max(self.peaks[name], 1.0) / (1.0 - (1.0 + BELOW_ZERO) * min(share, 0.6))
            item.setYRange(-BELOW_ZERO * top, top, padding=0)

    def retranslate(self) -> None:
        for name, frame in self.frames.items():
            frame.title.setText(tr(texts.TITLES[name]))
            frame.retranslate()
        legends = (
            (self.intake.legend, [texts.CHANNELS[c] for c in texts.CHANNEL_ORDER]),
            (self.backlog_chart.getPlotItem().legend, [texts.OPEN, texts.OVERDUE]),
        )
        for legend, titles in legends:
            for (_sample, label), title in zip(legend.items, titles, strict=False):
                label.setText(tr(title))

    # -- drawing ----------------------------------------------------------------------------

    def show(self, board: Dashboard, targets: dict[str, Target], ward_names: dict[str, str],
             rank: texts.RankMeasure) -> None:
        self.board, self.ward_names, self.rank = board, ward_names, rank
        series = board.intake
        starts = [_seconds(d) for d in series.starts]
        ends = [_seconds(texts.bucket_end(d, series.bucket)) for d in series.starts]
        centres = np.array([(a + b) / 2 for a, b in zip(starts, ends, strict=True)])
        width = float(np.median(np.diff(starts))) if len(starts) > 1 else 86400.0
        layers = {c: np.zeros(len(starts)) for c in texts.CHANNEL_ORDER}
        for channel, counts in series.by_channel.items():  # unknown channels are "other"
            layers[channel if channel in layers else "other"] += np.array(counts)
        self.intake.set_data(centres, width, list(layers.values()))
        days = board.backlog.days
        end = board.period.end.timestamp()
        x = np.array([min(_seconds(d + timedelta(days=1)), end) for d in days])
        self.backlog.set_data(x, [np.array(board.backlog.open), np.array(board.backlog.overdue)])
        labels = [str(i) for i in range(HOURS_BINS - 1)] + [f"≥{HOURS_BINS - 1}"]
        self.hours.set_data(board.hours, labels)
        rated = np.array(series.rated, dtype=np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            rate = np.where(rated > 0, 100.0 * np.array(series.satisfied) / rated, np.nan)
        self.satisfaction.set_data(centres, [rate])
        target = targets.get("complaints.satisfaction_rate")
        self.satisfaction_target.setVisible(target is not None)
        if target is not None:
            self.satisfaction_target.setPos(target.target)
        self._rank(self.wards, board.by_ward, targets, names=ward_names)
        self._rank(self.agencies, board.by_agency, targets, limit=RANKED_AGENCIES)
        backlog_span = (_seconds(days[0]), float(x[-1])) if days else None
        self._ranges(starts, ends, backlog_span, rate)

    def _ranges(self, starts: list[float], ends: list[float],
                backlog_span: tuple[float, float] | None, rate: np.ndarray) -> None:
        """The period on the date axes (not pyqtgraph's guess around one point), counts from
        zero with room for the legends, and why a chart is empty where it is."""
        if starts:
            for chart in (self.intake_chart, self.satisfaction_chart):
                chart.getPlotItem().setXRange(starts[0], max(ends[-1], starts[0] + 3600))
        if backlog_span is not None:
            self.backlog_chart.getPlotItem().setXRange(*backlog_span)
        tops = self.intake.tops
        self.peaks["intake"] = float(tops.max()) if tops.size else 0.0
        self.peaks["backlog"] = max((float(np.nanmax(y)) for y in self.backlog.ys if y.size),
                                    default=0.0)
        self._fit_counts()
        hours = self.hours.values
        top = max(float(hours.max()) if hours.size else 0.0, 1.0) * 1.05
        self.hours_chart.getPlotItem().setYRange(-BELOW_ZERO * top, top, padding=0)
        self._say("intake", None if tops.size and tops.max() > 0 else tr(texts.NO_INTAKE))
        self._say("backlog", None)
        self._say("hours", None if hours.size and hours.sum() > 0 else tr(texts.NO_HANDLED))
        rated = bool(rate.size) and bool(np.isfinite(rate).any())
        self._say("satisfaction", None if rated else tr(texts.NO_RATINGS))
        for name, bars in (("wards", self.wards), ("agencies", self.agencies)):
            self._say(name, None if len(bars.keys) else
                      tr(texts.NOTHING_TO_RANK).replace("%1", tr(self.rank.title)))

    def _rank(self, bars: RankedBars, rows: list, targets: dict[str, Target],
              names: dict[str, str] | None = None, limit: int | None = None) -> None:
        valued: list[tuple[str, float]] = []
        for key, counts in rows:
            value = self.rank.value(counts)
            if value is not None and not math.isnan(value):
                valued.append((key, float(value)))
        valued.sort(key=lambda kv: (-kv[1], kv[0]))
        if limit:
            valued = valued[:limit]
        target = targets.get(self.rank.kpi_id) if self.rank.kpi_id else None
        bars.set_data([k for k, _ in valued], [(names or {}).get(k, k) for k, _ in valued],
                      [v for _, v in valued], target.target if target else None)

    # -- what lies behind a click -----------------------------------------------------------

    def click(self, name: str, x: float, y: float) -> Click | None:
        board = self.board
        if board is None:
            return None
        period, scope = board.period, board.scope
        if name == "intake":
            hit = self.intake.hit(x, y)
            if hit is None:
                return None
            i, layer = hit
            start = board.intake.starts[i]
            channel = texts.CHANNEL_ORDER[layer]
            days = (start, texts.bucket_end(start, board.intake.bucket))
            if channel == "other":
                known = tuple(c for c in texts.CHANNEL_ORDER if c != "other")
                drill = Drill(Measure.RECEIVED, period, scope, received_days=days,
                              other_than=("channel", known))
            else:
                drill = Drill(Measure.RECEIVED, period, scope, (("channel", channel),),
                              received_days=days)
            return Click(drill, [tr(texts.CHANNELS[channel]),
                                 texts.bucket_text(start, board.intake.bucket),
                                 tr(self.rank_words(Measure.RECEIVED))])
        if name == "backlog":
            hit = self.backlog.hit(x, y)
            if hit is None:
                return None
            i, line = hit
            day = board.backlog.days[i]
            at = min(datetime.fromtimestamp(_seconds(day + timedelta(days=1)), period.end.tzinfo),
                     period.end)
            measure = Measure.OPEN_AT if line == 0 else Measure.OVERDUE_AT
            state = texts.OPEN_AT if line == 0 else texts.OVERDUE_AT
            return Click(Drill(measure, None, scope, at=at),
                         [tr(state).replace("%1", texts.day_text(day))])
        if name == "hours":
            bin_ = self.hours.hit(x, y)
            if bin_ is None:
                return None
            low = bin_ * HOURS_BIN
            high = (bin_ + 1) * HOURS_BIN if bin_ < HOURS_BINS - 1 else math.inf
            span = (tr(texts.HOURS_BIN).replace("%1", f"{low:g}").replace("%2", f"{high:g}")
                     if math.isfinite(high) else tr(texts.HOURS_LAST).replace("%1", f"{low:g}"))
            return Click(Drill(Measure.TIMED, period, scope, hours=(low, high)), [span])
        if name == "satisfaction":
            hit = self.satisfaction.hit(x, y)
            if hit is None:
                return None
            start = board.intake.starts[hit[0]]
            drill = Drill(Measure.RATED, period, scope,
                          received_days=(start, texts.bucket_end(start, board.intake.bucket)))
            return Click(drill, [texts.bucket_text(start, board.intake.bucket),
                                 tr(self.rank_words(Measure.RATED))])
        if name in ("wards", "agencies"):
            bars = self.wards if name == "wards" else self.agencies
            row = bars.hit(x, y)
            if row is None:
                return None
            key = bars.keys[row]
            column = "ward" if name == "wards" else "agency"
            label = self.ward_names.get(key, key) if column == "ward" else key
            drill = Drill(self.rank.drill, period, scope, ((column, key),))
            return Click(drill, [label, tr(self.rank.drill_words)])
        return None

    @staticmethod
    def rank_words(measure: Measure) -> str:
        return next((m.drill_words for m in texts.RANK_MEASURES if m.drill is measure), "")

    @property
    def bucket(self) -> Bucket | None:
        return self.board.intake.bucket if self.board else None
