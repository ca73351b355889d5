"""A plugin's declarative dashboard over a cache with known records: the tiles show the KPI
board's values, the charts' points and the list's rows are those computed here by hand from
the same records; a click on a bar narrows the list to the records behind it; a record's
action posts the intent it makes."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.targets import KpiState, Target
from ioc_console.core.domains.dashboards import (
    ChartKind,
    ChartSpec,
    Column,
    ColumnFormat,
    DashboardSpec,
    RecordAction,
    TableSpec,
)
from ioc_console.core.domains.kpis import Aggregate, KpiDefinition
from ioc_console.core.domains.registry import Dashboard
from ioc_console.core.intents import FileComplaint, ShowPlace

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=CITY_TZ)
WARDS = ("29869", "29884", "29888")
RECORDS = [
    {"id": f"F{i:02d}", "updated_at": "2026-12-06T08:00:00+07:00", "domain": "healthcare",
     "name": f"Trạm y tế số {i}", "ward": WARDS[i % 3], "beds": 10 + i,
     "date": f"2026-12-0{1 + i % 5}", "lat": 10.45 + i / 1000, "lon": 105.63 + i / 1000}
    for i in range(12)
] + [{"id": "S1", "updated_at": "2026-12-06T08:00:00+07:00", "domain": "education",
      "name": "Trường THPT", "ward": WARDS[0], "beds": 0, "date": "2026-12-05"}]


def complaint_of(record):
    if not record.get("name"):
        return None
    return FileComplaint(record["name"], reference=f"facilities/{record['id']}")


SPEC = DashboardSpec(
    tiles=("health.beds", "health.stations"),
    charts=(
        ChartSpec("Beds by ward", "facilities", x="ward", y=("beds",), kind=ChartKind.BARS,
                  match={"domain": "healthcare"}),
        ChartSpec("Beds by day", "facilities", x="date", y=("beds",), kind=ChartKind.LINE,
                  match={"domain": "healthcare"}, within_days=30),
    ),
    table=TableSpec("Health stations", "facilities",
                    (Column("name", "Name"), Column("ward", "Ward", ColumnFormat.WARD),
                     Column("beds", "Beds", ColumnFormat.NUMBER)),
                    match={"domain": "healthcare"}, sort_by="beds",
                    actions=(RecordAction("File a complaint", complaint_of),)),
    notes="Figures from the facilities the health department reports.",
)


@pytest.fixture
def board(console):
    """The console's KPI board, with the dashboard's two KPIs registered."""
    board = console.services.kpi_board
    registry = console.services.domains
    registry.kpis.add("health.beds", KpiDefinition(
        "health.beds", "Beds", "facilities", Aggregate("sum", "beds", {"domain": "healthcare"}),
        unit="giường", target=Target(200, 150, 100), decimals=0))
    registry.kpis.add("health.stations", KpiDefinition(
        "health.stations", "Stations", "facilities", Aggregate("count", match={
            "domain": "healthcare"}), decimals=0))
    yield board
    board.stop()


@pytest.fixture
def panel(console, board, qtbot):
    from ioc_console.gui.domains.dashboard import DashboardPanel

    console.services.cache.apply_items("facilities", RECORDS).result()
    panel = DashboardPanel(console.services, Dashboard("health.dashboard", SPEC, "health"),
                           clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(1366, 900)
    panel.show()
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10_000)
    return panel


def health():
    return [r for r in RECORDS if r["domain"] == "healthcare"]


def test_tiles_show_the_kpis_computed_from_the_records(panel, board, console, qtbot):
    assert panel.tiles["health.beds"].value.text() == "–"  # the board has not started
    board.start()
    beds = sum(r["beds"] for r in health())
    tile = panel.tiles["health.beds"]
    qtbot.waitUntil(lambda: tile.value.text() == f"{beds} giường", timeout=5000)
    assert tile.title.text() == "Beds" and tile.state is KpiState.BELOW  # 186: under 200, over 150
    assert tile.target.text() == "target 200 giường · below target"
    qtbot.waitUntil(lambda: panel.tiles["health.stations"].value.text() == "12")
    more = dict(RECORDS[0], id="F50", beds=30, updated_at="2026-12-06T08:30:00+07:00")
    console.services.cache.apply_items("facilities", [more]).result()
    qtbot.waitUntil(lambda: tile.value.text() == f"{beds + 30} giường", timeout=5000)
    assert tile.state is KpiState.MET
    assert panel.tiles["health.stations"].value.text() == "13"


def test_charts_and_list_come_from_the_records(panel):
    by_ward = panel.data.charts[0]
    expected = {w: sum(r["beds"] for r in health() if r["ward"] == w) for w in WARDS}
    assert dict(zip(by_ward.keys, by_ward.series[0], strict=True)) == expected
    bars = panel.charts[0].stacked.items[0].opts["height"]
    assert list(bars) == [expected[w] for w in by_ward.keys]
    assert panel.names[by_ward.keys[0]] in by_ward.labels[0]
    line = panel.charts[1].lines.items[0]
    # the days of the window up to the last one reported (nothing yet on the 6th: no false 0),
    # a day without a report drawn as a gap
    days = [(NOW.date() - timedelta(days=n)).isoformat() for n in range(29, 0, -1)]
    sums = [sum(r["beds"] for r in health() if r["date"] == d) for d in days]
    assert len(line.yData) == len(days) and line.yData[-1] == sums[-1] > 0
    assert [None if math.isnan(y) else y for y in line.yData] == [s or None for s in sums]
    rows = panel.records.model.rows
    assert [r.id for r in rows] == [r["id"] for r in sorted(health(), key=lambda r: -r["beds"])]
    assert rows[0].cells == ("Trạm y tế số 11", panel.names[RECORDS[11]["ward"]], "21")
    assert panel.records.count.text() == "12 of 12 records"


def test_a_click_on_a_bar_lists_the_records_behind_it_and_back(panel, qtbot):
    data = panel.data.charts[0]
    ward = data.keys[1]
    panel.charts[0].chart.click_at(1.0, 1.0)
    wanted = {r["id"] for r in health() if r["ward"] == ward}
    assert set(panel.records.shown_ids()) == wanted
    assert panel.records.drill_bar.isVisible()
    assert panel.names[ward] in panel.records.drill_label.text()
    panel.records.show_all.click()
    assert len(panel.records.shown_ids()) == 12 and not panel.records.drill_bar.isVisible()
    panel.charts[0].chart.click_at(1.5, 1.0)  # between two bars: nothing changes
    assert len(panel.records.shown_ids()) == 12


def test_a_header_click_sorts_the_list_by_that_column(panel):
    panel.records.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert panel.records.shown_ids()[:3] == ["F00", "F01", "F02"]  # 10, 11, 12 beds
    panel.records.search.setText("phuong cao lanh")  # a search keeps the order chosen
    assert panel.records.shown_ids() == ["F00", "F03", "F06", "F09"]


def test_a_click_on_a_kpi_tile_lists_the_records_behind_it(panel, qtbot):
    qtbot.mouseClick(panel.tiles["health.stations"], Qt.MouseButton.LeftButton)
    assert len(panel.records.shown_ids()) == 12 and panel.records.drill_bar.isVisible()
    assert "Stations" in panel.records.drill_label.text()


def test_search_ignores_diacritics(panel):
    panel.records.search.setText("TRẠM Y te SO 3")
    assert panel.records.shown_ids() == ["F03"]
    panel.records.search.setText("phuong cao lanh")
    assert set(panel.records.shown_ids()) == {r["id"] for r in health() if r["ward"] == "29869"}
    panel.records.search.setText("nothing like it")
    assert panel.records.empty.isVisible() and "No record matches" in panel.records.empty.text()


def test_a_records_action_and_the_map_post_their_intents(panel, console):
    posted = []
    console.services.intents.handle(FileComplaint, posted.append)
    console.services.intents.handle(ShowPlace, posted.append)
    panel.records.select_id("F03")
    panel.records.action_buttons[0].click()
    assert posted == [FileComplaint("Trạm y tế số 3", reference="facilities/F03")]
    panel.records.map_button.click()
    place = posted[-1]
    assert isinstance(place, ShowPlace) and (place.lat, place.lon) == (10.453, 105.633)


def test_the_list_follows_the_cache(panel, console, qtbot):
    extra = dict(RECORDS[0], id="F99", beds=500, name="Bệnh viện mới")
    console.services.cache.apply_items("facilities", [extra]).result()
    qtbot.waitUntil(lambda: panel.records.shown_ids()[:1] == ["F99"], timeout=5000)
    assert panel.data.charts[0].series[0][panel.data.charts[0].keys.index(extra["ward"])] == \
        sum(r["beds"] for r in health() if r["ward"] == extra["ward"]) + 500


def test_an_empty_dashboard_says_so(console, board, qtbot):
    from ioc_console.gui.domains.dashboard import DashboardPanel

    panel = DashboardPanel(console.services, Dashboard("health.dashboard", SPEC, "health"),
                           clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10_000)
    assert panel.empty.isVisible() and "No data yet" in panel.empty.text()
    assert panel.charts[0].empty.isVisible() and panel.records.empty.isVisible()


def test_an_action_that_does_not_apply_or_fails_tells_the_operator(console, board, qtbot):
    from ioc_console.core.intents import Notice
    from ioc_console.gui.domains.dashboard import DashboardPanel

    def broken(record):
        raise ValueError("no text")

    table = TableSpec("List", "facilities", (Column("name", "Name"),),
                      actions=(RecordAction("Nothing", lambda r: None),
                               RecordAction("Broken", broken)))
    console.services.cache.apply_items("facilities", RECORDS).result()
    panel = DashboardPanel(console.services, Dashboard(
        "health.list", DashboardSpec(table=table), "health"), clock=lambda: NOW)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10_000)
    notices = []
    console.services.intents.handle(Notice, notices.append)
    panel.records.select_id("F01")
    for button in panel.records.action_buttons:
        button.click()
    assert [n.level for n in notices] == ["info", "error"]
    assert "Nothing" in notices[0].text and "no text" in notices[1].text


def test_a_chart_of_another_dataset_drills_by_its_x_value(console, board, qtbot):
    from ioc_console.gui.domains.dashboard import DashboardPanel

    alerts = [{"id": f"A{i}", "updated_at": "2026-12-06T08:00:00+07:00", "type": "x",
               "state": "new", "ward": WARDS[i % 2]} for i in range(5)]
    console.services.cache.apply_items("alerts", alerts).result()
    console.services.cache.apply_items("facilities", RECORDS).result()
    spec = DashboardSpec(
        charts=(ChartSpec("Alerts by ward", "alerts", x="ward", reduce="count",
                          kind="bars"),),
        table=SPEC.table)
    panel = DashboardPanel(console.services, Dashboard("health.mix", spec, "health"),
                           clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(1200, 900)
    panel.show()
    qtbot.waitUntil(lambda: panel.data is not None, timeout=10_000)
    assert panel.data.charts[0].series == [[3, 2]]
    assert panel.drill_chart(0, 1.0, 1.0)
    assert set(panel.records.shown_ids()) == {r["id"] for r in health() if r["ward"] == WARDS[1]}
