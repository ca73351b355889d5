"""Date axes name months and weekdays in the operator's language: "thg 12" on a Vietnamese
dashboard, not pyqtgraph's English "Dec"."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from ioc_console.core.clock import CITY_TZ
from ioc_console.gui.charts.chart import Chart

DAY = 86400
DEC_1 = datetime(2026, 12, 1, tzinfo=CITY_TZ).timestamp()  # a Tuesday, city midnight


@pytest.fixture
def locale():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def axis_of(qtbot, first: float, last: float):
    chart = Chart(date_axis=True)
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.setXRange(first, last, padding=0)
    chart.show()
    axis = chart.getPlotItem().getAxis("bottom")
    qtbot.waitUntil(lambda: hasattr(axis, "zoomLevel"))
    axis.tickValues(first, last, 600)  # chooses the zoom level
    return chart, axis


def test_month_names_in_vietnamese_and_in_english(qtbot, locale):
    _chart, axis = axis_of(qtbot, DEC_1 - 30 * DAY, DEC_1 + 5 * DAY)
    month = axis.zoomLevel.tickSpecs[0].spacing  # the month ticks of the month/day level
    locale("vi_VN")
    assert axis.tickStrings([DEC_1], 1.0, month) == ["thg 12"]
    locale("en_GB")
    assert axis.tickStrings([DEC_1], 1.0, month) == ["Dec"]
    assert axis.tickStrings([DEC_1], 1.0, DAY) == ["01"]  # days as numbers, in city time


def test_weekday_names_in_vietnamese(qtbot, locale):
    _chart, axis = axis_of(qtbot, DEC_1 - DAY, DEC_1 + DAY)
    locale("vi_VN")
    spec = axis.zoomLevel.tickSpecs[0]
    assert spec.format == "%a %d"
    assert axis.tickStrings([DEC_1], 1.0, spec.spacing) == ["Thứ 3 01"]
