"""The procedures dashboard on the demo city's results: figures come from the records, every
chart has data, and a click lists exactly the result rows behind it."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.intents import ShowRecords
from ioc_console.core.periods import PeriodKind
from ioc_console.demo.data import build_world

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=CITY_TZ)


@pytest.fixture(scope="module")
def demo_results():
    return build_world(1, NOW).procedure_results


@pytest.fixture
def dashboard(console, demo_results, qtbot):
    from ioc_console.gui.procedures.dashboard import ProceduresDashboardPanel

    console.services.cache.apply_items("procedure_results", demo_results).result()
    panel = ProceduresDashboardPanel(console.services, clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(1400, 1000)
    panel.show()
    qtbot.waitUntil(lambda: panel.board is not None, timeout=10_000)
    return panel


def recent(rows, first="2026-11-05"):
    return [r for r in rows if r["date"] >= first]


def test_figures_of_the_last_30_days_come_from_the_records(dashboard, demo_results, qtbot):
    assert dashboard.period.kind is PeriodKind.DAYS_30
    rows = recent(demo_results)
    received = sum(r["received"] for r in rows)
    in_time = sum(r["resolved_on_time"] for r in rows)
    resolved = in_time + sum(r["resolved_late"] for r in rows)
    assert dashboard.tiles["procedures.received"].value.text() == f"{received:,}"
    assert dashboard.tiles["procedures.on_time_rate"].value.text() == \
        f"{100 * in_time / resolved:.1f} %"
    overdue = sum(r["overdue"] for r in demo_results)
    assert dashboard.tiles["procedures.overdue_now"].value.text() == f"{overdue:,}"
    charts = dashboard.charts
    assert charts.daily.items[0].opts["height"].sum() == received
    assert sum(item.opts["height"].sum() for item in charts.fields.items) == resolved
    assert len(charts.wards.keys) == 3 and len(charts.agencies.keys) > 5
    assert dashboard.overdue.rowCount() == min(len([r for r in demo_results if r["overdue"]]),
                                               200)
    if os.environ.get("IOC_SCREENSHOTS"):
        qtbot.wait(300)
        dashboard.grab().save(os.path.join(os.environ["IOC_SCREENSHOTS"], "procedures.png"))


def test_drill_down_from_a_ward_bar_lists_that_wards_resolved_rows(dashboard, console, qtbot):
    charts = dashboard.charts
    key = charts.wards.keys[0]
    n = len(charts.wards.keys)
    with qtbot.waitSignal(dashboard.records.model.modelReset, timeout=5000):
        charts.wards_chart.click_at(1.0, n - 1)
    intent = dashboard.records.intent
    assert intent.dataset == "procedure_results" and intent.ids
    board = dashboard.board
    ward = next(r for r in board.wards if r.key == key)
    facts = console.services.cache.conn.execute(
        "SELECT COUNT(*), SUM(early + on_time + late) FROM procedure_facts WHERE id IN "
        "(SELECT value FROM json_each(?))", (__import__("json").dumps(list(intent.ids)),)
    ).fetchone()
    assert facts == (len(intent.ids), ward.counts.resolved)
    assert dashboard.names[key] in intent.description
    assert dashboard.records.isVisible()
    assert dashboard.records.model.rowCount() == len(intent.ids)


def test_drill_down_from_the_late_layer_of_a_field(dashboard, console, qtbot):
    posted = []
    console.services.intents.handle(ShowRecords, lambda i: posted.append(i) or True)
    board = dashboard.board
    index = next(i for i, (_f, c) in enumerate(board.by_field) if c.late)
    field, counts = board.by_field[index]
    top = counts.early + counts.on_time + counts.late
    dashboard.charts.fields_chart.click_at(float(index), top - 0.2)
    qtbot.waitUntil(lambda: bool(posted), timeout=5000)
    assert field in posted[0].description
    rows = console.services.cache.conn.execute(
        "SELECT SUM(late), MIN(field), MAX(field) FROM procedure_facts WHERE id IN "
        "(SELECT value FROM json_each(?))", (__import__("json").dumps(list(posted[0].ids)),)
    ).fetchone()
    assert rows == (counts.late, field, field)


def test_the_panel_comes_with_the_procedures_plugin(console):
    """The console offers the panel; the procedures domain plugin registers it."""
    spec = console.services.panels.get("procedures_dashboard")
    assert spec is not None and spec.plugin_id == "procedures"
    console.services.plugins.unload("procedures")
    assert "procedures_dashboard" not in console.services.panels


@pytest.mark.parametrize("kind", ["today", "year", "all"])
def test_every_period_draws_and_a_field_scope_narrows_it(dashboard, qtbot, kind):
    with qtbot.waitSignal(dashboard.shown, timeout=10_000):
        dashboard.period.set_kind(kind)
    board = dashboard.board
    assert board.period.kind == kind
    assert (board.previous is None) == (kind == "all")
    city = board.figures.counts.received
    with qtbot.waitSignal(dashboard.shown, timeout=10_000):
        dashboard.scope.choose("field", "Đất đai")
        dashboard.scope.changed.emit()
    scoped = dashboard.board
    if os.environ.get("IOC_SCREENSHOTS") and kind == "year":
        qtbot.wait(300)
        dashboard.grab().save(os.path.join(os.environ["IOC_SCREENSHOTS"], "procedures-year.png"))
    assert scoped.scope.column == "field" and scoped.figures.counts.received <= city
    assert [f for f, _ in scoped.by_field] in ([], ["Đất đai"])


def test_the_overdue_tile_lists_every_overdue_row(dashboard, console, demo_results, qtbot):
    posted = []
    console.services.intents.handle(ShowRecords, lambda i: posted.append(i) or True)
    dashboard.tiles["procedures.overdue_now"].clicked.emit()
    qtbot.waitUntil(lambda: bool(posted), timeout=5000)
    assert set(posted[0].ids) == {r["id"] for r in demo_results if r["overdue"]}


def test_two_dashboards_open_one_window_for_a_drill_down(dashboard, console, qtbot):
    from ioc_console.gui.procedures.dashboard import ProceduresDashboardPanel

    second = ProceduresDashboardPanel(console.services, "procedures_dashboard#2",
                                      clock=lambda: NOW)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.board is not None, timeout=10_000)
    with qtbot.waitSignal(second.records.model.modelReset, timeout=5000):
        second.tiles["procedures.late"].clicked.emit()
    assert second.records.isVisible() and not dashboard.records.isVisible()


def test_file_counts_on_the_ranking_read_as_the_tiles_do_in_vietnamese(dashboard, console,
                                                                         qtbot):
    assert console.languages.set_language("vi")
    busiest = max(dashboard.board.wards, key=lambda r: r.counts.resolved)
    assert busiest.counts.resolved >= 1000
    shown = f"{busiest.counts.resolved // 1000}.{busiest.counts.resolved % 1000:03d}"

    def labels() -> list[str]:
        axis = dashboard.charts.wards_chart.getPlotItem().getAxis("left")
        return [text for _y, text in axis._tickLevels[0]]

    qtbot.waitUntil(lambda: any(f"({shown})" in t for t in labels()), timeout=5000)
    assert dashboard.tiles["procedures.received"].value.text().count(".") == 1  # 2.470


def test_the_overdue_list_shows_every_column_without_scrolling_sideways(dashboard, qtbot):
    table = dashboard.overdue
    last = table.columnCount() - 1

    def fits() -> bool:
        return table.columnViewportPosition(last) + table.columnWidth(last) \
            <= table.viewport().width()

    qtbot.waitUntil(fits, timeout=5000)
    assert table.columnWidth(last) >= table.fontMetrics().horizontalAdvance(
        table.horizontalHeaderItem(last).text())


@pytest.mark.parametrize("chart", ["daily", "rate"])
def test_a_click_on_a_day_lists_the_rows_of_that_day(dashboard, console, qtbot, chart):
    """A bar of the files received that day; a point of the on-time rate: the files resolved
    among those received that day (the rate's denominator)."""
    posted = []
    console.services.intents.handle(ShowRecords, lambda i: posted.append(i) or True)
    charts, s = dashboard.charts, dashboard.board.series
    i = len(charts.shown_days) // 2
    day = charts.shown_days[i]
    x = float(charts.daily.x[i])
    if chart == "daily":
        charts.daily_chart.click_at(x, s.received[day] / 2)
    else:
        charts.rate_chart.click_at(x, s.on_time_rate[day])
    qtbot.waitUntil(lambda: bool(posted), timeout=5000)
    column = "received" if chart == "daily" else "early + on_time + late"
    found = console.services.cache.conn.execute(
        f"SELECT SUM({column}), MIN(day), MAX(day) FROM procedure_facts WHERE id IN "
        "(SELECT value FROM json_each(?))", (__import__("json").dumps(list(posted[0].ids)),)
    ).fetchone()
    from ioc_console.core.procedures.indicators import day_number

    expected = s.received[day] if chart == "daily" else s.resolved[day]
    assert found == (expected, day_number(s.starts[day]), day_number(s.starts[day]))
    assert s.starts[day].strftime("%d/%m") in posted[0].description
