"""The alarm-load panel (``alarm_load``): this console position's alarms per 10 minutes, live,
against the ISA-18.2 bands; time in flood today; standing and stale alerts; the ten noisiest
sources and their share; the priority mix against the recommended ~80/15/5 %. Figures from
:mod:`ioc_console.core.alerts.load`; the chart is pyqtgraph."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.alerts.load import FLOOD_ENTER_ABOVE, band
from ioc_console.core.clock import CITY_TZ
from ioc_console.core.services import Services
from ioc_console.gui.alerts.attention.feed import AlertFeed
from ioc_console.gui.alerts.attention.handover_sheet import duration_text
from ioc_console.gui.alerts.attention.shared import attention_of
from ioc_console.gui.theme import state_colour

REFRESH_MS = 5_000
CHANGE_DELAY_MS = 250  # changes in a burst redraw once
CHART_SPAN = timedelta(hours=3)
CHART_STEP = timedelta(minutes=1)
BAND_LEVELS = {"acceptable": "ok", "manageable": "warning", "over": "error"}


def band_title(name: str) -> str:
    titles = {
        "acceptable": QCoreApplication.translate("Alerts", "acceptable (≤ 1 per 10 min)"),
        "manageable": QCoreApplication.translate("Alerts", "manageable (≤ 2 per 10 min)"),
        "over": QCoreApplication.translate("Alerts", "over the manageable load"),
    }
    return titles.get(name, name)


class AlarmLoadPanel(QWidget):
    def __init__(
        self,
        feed: AlertFeed,
        open_handover: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self.rate_label = QLabel()
        self.rate_label.setObjectName("load_rate")
        font = self.rate_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.rate_label.setFont(font)
        self.rate_label.setWordWrap(True)
        self.band_label = QLabel()
        self.band_label.setObjectName("load_band")
        self.flood_label = QLabel()
        self.flood_label.setObjectName("load_flood")
        self.handover_button = QPushButton()
        self.handover_button.setEnabled(open_handover is not None)
        if open_handover is not None:
            self.handover_button.clicked.connect(lambda: open_handover())
        self.band_label.setWordWrap(True)
        top = QHBoxLayout()
        rate_column = QVBoxLayout()
        rate_column.addWidget(self.rate_label)
        rate_column.addWidget(self.band_label)
        top.addLayout(rate_column, 1)
        top.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignTop)
        self.figures = QGridLayout()
        self.flood_today = QLabel()
        self.flood_today.setObjectName("load_flood_today")
        self.standing_label = QLabel()
        self.standing_label.setObjectName("load_standing")
        self.stale_label = QLabel()
        self.stale_label.setObjectName("load_stale")
        self.figure_titles = [QLabel(), QLabel(), QLabel()]
        for row, (title, value) in enumerate(
            zip(
                self.figure_titles,
                (self.flood_today, self.standing_label, self.stale_label),
                strict=True,
            )
        ):
            title.setWordWrap(True)
            self.figures.addWidget(title, row, 0)
            self.figures.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
        self.figures.setColumnStretch(0, 1)
        self.chart = pg.PlotWidget()
        self.chart.setObjectName("load_chart")
        self.chart.setMinimumHeight(140)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.hideButtons()
        self.chart.showGrid(y=True, alpha=0.2)
        self.curve = self.chart.plot([], [], pen=pg.mkPen(state_colour("ok"), width=2))
        self.band_lines = []
        for level, state in ((1, "ok"), (2, "warning"), (FLOOD_ENTER_ABOVE, "error")):
            line = pg.InfiniteLine(
                pos=level, angle=0, pen=pg.mkPen(state_colour(state), style=Qt.PenStyle.DashLine)
            )
            self.chart.addItem(line)
            self.band_lines.append(line)
        self.sources_box = QGroupBox()
        self.sources = self._tree(3)
        QVBoxLayout(self.sources_box).addWidget(self.sources)
        self.mix_box = QGroupBox()
        self.mix = self._tree(4)
        QVBoxLayout(self.mix_box).addWidget(self.mix)
        self.mix.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.flood_label)
        layout.addLayout(self.figures)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.mix_box)
        layout.addWidget(self.sources_box, 3)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(CHANGE_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        feed.changed.connect(self._soon)
        feed.loaded.connect(self._soon)
        self.retranslate()

    def _soon(self, *_args: object) -> None:
        """Redraw shortly: a burst of changes redraws once."""
        self._later.start()

    def _tree(self, columns: int) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(columns)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        return tree

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.handover_button.setText(self.tr("Shift handover…"))
        for label, text in zip(
            self.figure_titles,
            (
                self.tr("Time in flood today"),
                self.tr("Standing (unacknowledged past the SLA)"),
                self.tr("Stale (open more than 24 h)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.sources_box.setTitle(self.tr("Noisiest sources today"))
        self.sources.setHeaderLabels([self.tr("Source"), self.tr("Alarms"), self.tr("Share")])
        self.mix_box.setTitle(self.tr("Priority mix today"))
        self.mix.setHeaderLabels(
            [self.tr("Priority"), self.tr("Alarms"), self.tr("Share"), self.tr("Aim")]
        )
        self.chart.setLabel("left", self.tr("alarms / 10 min"))
        self.chart.setLabel("bottom", self.tr("minutes ago"))
        self.refresh()

    # -- drawing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        load = self.feed.load
        rate = load.rate_10min
        name = band(rate)
        self.rate_label.setText(self.tr("%n alarm(s) in the last 10 min", None, rate))
        self.band_label.setText(band_title(name))
        colour = state_colour(BAND_LEVELS[name]).name()
        self.band_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        since = load.flood_since
        self.flood_label.setVisible(since is not None)
        if since is not None:
            self.flood_label.setText(
                self.tr("ALARM FLOOD since %1: more than 10 alarms in 10 minutes").replace(
                    "%1", since.astimezone(CITY_TZ).strftime("%H:%M")
                )
            )
            self.flood_label.setStyleSheet(
                f"background: {state_colour('error').name()}; color: white; padding: 4px;"
                " font-weight: bold;"
            )
        self.flood_today.setText(duration_text(load.flood_seconds_today))
        alerts = self.feed.alerts()
        self.standing_label.setText(str(len(load.standing(alerts, self.feed.sla()))))
        self.stale_label.setText(str(len(load.stale(alerts))))
        self._draw_chart()
        self._draw_sources()
        self._draw_mix()

    def _draw_chart(self) -> None:
        points = self.feed.rate_series(CHART_SPAN, CHART_STEP)
        if not points:
            return
        now = points[-1][0]
        xs = [-(now - at).total_seconds() / 60 for at, _ in points]
        ys = [count for _, count in points]
        self.curve.setData(xs, ys)
        self.chart.setYRange(0, max(FLOOD_ENTER_ABOVE + 2, *ys) * 1.05, padding=0)

    def _draw_sources(self) -> None:
        self.sources.clear()
        for share in self.feed.load.noisiest(10):
            QTreeWidgetItem(self.sources, [share.source, str(share.count), f"{share.share:.0%}"])

    def _draw_mix(self) -> None:
        self.mix.clear()
        mix = self.feed.load.priority_mix()
        rows = (
            ("high", self.tr("High (P1)"), (1,)),
            ("medium", self.tr("Medium (P2)"), (2,)),
            ("low", self.tr("Low (P3, P4)"), (3, 4)),
        )
        for key, title, priorities in rows:
            count = sum(mix.counts.get(p, 0) for p in priorities)
            share, aim = mix.shares.get(key, 0.0), mix.recommended.get(key, 0.0)
            item = QTreeWidgetItem(self.mix, [title, str(count), f"{share:.0%}", f"{aim:.0%}"])
            if count and share > aim * 1.5 and key != "low":  # too many urgent ones
                item.setForeground(2, state_colour("warning"))


def alarm_load_panel(services: Services) -> AlarmLoadPanel:
    """The panel of the console's own alert feed (a feed of its own when the console runs
    without its attention features, e.g. a panel opened alone)."""
    attention = attention_of(services)
    if attention is not None:
        handover = attention.handover
        return AlarmLoadPanel(
            attention.feed, (lambda: handover.open() and None) if handover else None
        )
    profile = services.profile
    feed = AlertFeed(
        services.cache, sla_overrides=profile.alerts.sla_overrides if profile else None
    )
    panel = AlarmLoadPanel(feed)
    feed.setParent(panel)
    feed.start()
    return panel
