"""The dashboard building blocks: charts in city time without menus, series updated in place
and hit by clicks, KPI tiles with target, state and change, the period selector."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.intents import Intents, ShowRecords
from ioc_console.core.periods import PeriodKind
from ioc_console.gui.charts.chart import Chart
from ioc_console.gui.charts.drilldown import show_records
from ioc_console.gui.charts.kpi_tile import KpiTile, format_change
from ioc_console.gui.charts.period_selector import PeriodSelector
from ioc_console.gui.charts.series import Lines, RankedBars, StackedBars, elide_middle


def test_date_axis_shows_city_time_and_menus_are_off(qtbot):
    chart = Chart(date_axis=True)
    qtbot.addWidget(chart)
    axis = chart.getPlotItem().getAxis("bottom")
    assert axis.utcOffset == -25200
    midnight = datetime(2026, 12, 6, tzinfo=CITY_TZ).timestamp()  # 17:00 UTC the day before
    chart.resize(600, 300)
    chart.setXRange(midnight - 3 * 86400, midnight + 3 * 86400, padding=0)
    chart.show()
    qtbot.waitUntil(lambda: hasattr(axis, "zoomLevel") and hasattr(axis, "fontMetrics"))
    levels = axis.tickValues(midnight - 3 * 86400, midnight + 3 * 86400, 600)
    assert any(midnight in values for _, values in levels)  # days start at the city's midnight
    assert axis.tickStrings([midnight], 1.0, 86400) == ["06"]  # in UTC it is still the 5th
    assert not chart.getPlotItem().getViewBox().menuEnabled()
    assert not chart.getPlotItem().menuEnabled()


def test_date_axis_names_months_and_days_in_the_consoles_language(qtbot):
    from pyqtgraph.graphicsItems import DateAxisItem as Levels
    from PySide6.QtCore import QLocale

    chart = Chart(date_axis=True)
    qtbot.addWidget(chart)
    axis = chart.getPlotItem().getAxis("bottom")
    sunday = datetime(2026, 12, 6, tzinfo=CITY_TZ).timestamp()
    saved = QLocale()
    try:
        for language, country, month, day in (
            (QLocale.Language.Vietnamese, QLocale.Country.Vietnam, "thg 12", "CN 06"),
            (QLocale.Language.English, QLocale.Country.UnitedKingdom, "Dec", "Sun 06"),
        ):
            QLocale.setDefault(QLocale(language, country))  # what choosing a language sets
            axis.zoomLevel = Levels.MONTH_DAY_ZOOM_LEVEL  # months, then days
            assert axis.tickStrings([sunday], 1.0, Levels.MONTH_SPACING) == [month]
            assert axis.tickStrings([sunday], 1.0, Levels.DAY_SPACING) == ["06"]
            axis.zoomLevel = Levels.DAY_HOUR_ZOOM_LEVEL  # days, then hours
            assert axis.tickStrings([sunday], 1.0, Levels.DAY_SPACING) == [day]
            assert axis.tickStrings([sunday + 6 * 3600], 1.0, Levels.HOUR_SPACING) == ["06:00"]
    finally:
        QLocale.setDefault(saved)


def test_series_are_updated_in_place_and_hit_by_clicks(qtbot):
    chart = Chart()
    qtbot.addWidget(chart)
    bars = StackedBars(chart, ["a", "b"], ["A", "B"])
    items = list(bars.items)
    for scale in (1, 2):
        bars.set_data(np.array([0.0, 10.0]), 10.0, [np.array([1, 2]) * scale,
                                                    np.array([3, 0]) * scale])
    assert bars.items == items and len(chart.getPlotItem().items) == 2
    assert bars.items[0].opts["x"].dtype == np.float64
    assert bars.hit(0.5, 1.0) == (0, 0) and bars.hit(0.5, 5.0) == (0, 1)
    assert bars.hit(10.0, 5.0) is None and bars.hit(30.0, 1.0) is None
    lines = Lines(chart, ["open", "overdue"])
    lines.set_data(np.array([0.0, 1.0]), [np.array([5.0, 6.0]), np.array([0.0, 1.0])])
    assert lines.hit(0.9, 5.5) == (1, 0) and lines.hit(0.1, 0.2) == (0, 1)
    ranked = RankedBars(Chart())
    ranked.set_data(["x", "y", "z"], ["X", "Y", "Z"], [90.0, 50.0, 10.0], 80.0)
    assert ranked.hit(1.0, 2.0) == 0 and ranked.hit(1.0, 0.0) == 2  # the first is on top
    assert ranked.target.isVisible() and ranked.target.value() == 80.0
    assert elide_middle("Phòng Kinh tế, Hạ tầng và Đô thị phường Mỹ Trà", 30).endswith("Mỹ Trà")


def test_kpi_tile_shows_value_target_state_and_change(qtbot):
    tile = KpiTile("complaints.on_time_rate")
    qtbot.addWidget(tile)
    tile.show_figure("On time", 85.0, "%", Target(95, 90, 80), 88.5, "hint")
    assert tile.value.text() == "85.0 %"
    assert tile.target.text() == "target 95.0 % · warning"
    assert tile.state is KpiState.AMBER
    assert tile.change.text() == "▼ 3.5 pts"
    tile.show_figure("Received", None, "", None, None)
    assert tile.value.text() == "–" and tile.state is KpiState.NONE
    assert format_change(12, 10, "") == "▲ 2"
    with qtbot.waitSignal(tile.clicked):
        qtbot.mouseClick(tile, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)


def test_period_selector_custom_days(qtbot):
    selector = PeriodSelector(PeriodKind.YEAR)
    qtbot.addWidget(selector)
    selector.show()
    assert not selector.first.isVisible()
    with qtbot.waitSignal(selector.changed):
        selector.set_kind(PeriodKind.CUSTOM)
        selector.combo.currentIndexChanged.emit(selector.combo.currentIndex())
    assert selector.first.isVisible()
    selector.set_days(date(2026, 11, 1), date(2026, 11, 30))
    period = selector.period(datetime(2026, 12, 6, 10, tzinfo=CITY_TZ))
    assert (period.first_day, period.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    restored = PeriodSelector()
    qtbot.addWidget(restored)
    restored.restore_state(selector.save_state())
    assert restored.kind is PeriodKind.CUSTOM
    restored.restore_state({"kind": "bogus"})  # from another version: ignored
    assert restored.kind is PeriodKind.CUSTOM


def test_show_records_describes_the_filter_in_words():
    intents = Intents()
    seen = []
    intents.handle(ShowRecords, seen.append)
    show_records(intents, "complaints", ["PA-1"], ["Phường Mỹ Trà", "", "quá hạn",
                                                   "30 ngày qua"], "dash")
    assert seen == [ShowRecords("complaints", ("PA-1",), "Phường Mỹ Trà, quá hạn, 30 ngày qua",
                                "dash")]
