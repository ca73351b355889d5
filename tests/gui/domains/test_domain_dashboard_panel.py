"""A plugin's declarative dashboard over a cache with known records: the tiles show the KPI
board's values, the charts' points and the list's rows are those computed here by hand from
the same records; a click on a bar narrows the list to the records behind it; a record's
action posts the intent it makes."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

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
from ioc_console.core.domains.kpis import Aggregate, KpiDefinition, KpiValue
from ioc_console.core.domains.registry import Dashboard
from ioc_console.core.events import Event
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


class FakeBoard:
    """The KPI board's interface (value, values, changed, targets)."""

    def __init__(self) -> None:
        self.changed: Event[[frozenset[str]]] = Event("kpi_board.changed")
        self.targets: dict[str, Target] = {}
        self._values: dict[str, KpiValue] = {}

    def set(self, kpi_id: str, value: float | None, state: KpiState) -> None:
        self._values[kpi_id] = KpiValue(kpi_id, value, state, 12, NOW)
        self.changed.emit(frozenset({kpi_id}))

    def value(self, kpi_id: str) -> KpiValue | None:
        return self._values.get(kpi_id)

    def values(self) -> dict[str, KpiValue]:
        return dict(self._values)


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
    board = FakeBoard()
    console.services.kpi_board = board
    registry = console.services.domains
    registry.kpis.add("health.beds", KpiDefinition(
        "health.beds", "Beds", "facilities", Aggregate("sum", "beds"), unit="giường",
        target=Target(200, 150, 100), decimals=0))
    registry.kpis.add("health.stations", KpiDefinition(
        "health.stations", "Stations", "facilities", Aggregate("count"), decimals=0))
    return board


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


def test_tiles_show_the_boards_values_and_follow_its_changes(panel, board, qtbot):
    assert panel.tiles["health.beds"].value.text() == "–"
    beds = sum(r["beds"] for r in health())
    board.set("health.beds", beds, KpiState.MET)
    qtbot.waitUntil(lambda: panel.tiles["health.beds"].value.text() == f"{beds} giường")
    tile = panel.tiles["health.beds"]
    assert tile.title.text() == "Beds" and tile.state is KpiState.MET
    assert tile.target.text().startswith("target 200 giường")
    board.set("health.stations", 12, KpiState.NONE)
    qtbot.waitUntil(lambda: panel.tiles["health.stations"].value.text() == "12")


def test_charts_and_list_come_from_the_records(panel):
    by_ward = panel.data.charts[0]
    expected = {w: sum(r["beds"] for r in health() if r["ward"] == w) for w in WARDS}
    assert dict(zip(by_ward.keys, by_ward.series[0], strict=True)) == expected
    bars = panel.charts[0].stacked.items[0].opts["height"]
    assert list(bars) == [expected[w] for w in by_ward.keys]
    assert panel.names[by_ward.keys[0]] in by_ward.labels[0]
    line = panel.charts[1].lines.items[0]
    days = sorted({r["date"] for r in health()})
    assert list(line.yData) == [sum(r["beds"] for r in health() if r["date"] == d) for d in days]
    rows = panel.records.model.rows
    assert [r.id for r in rows] == [r["id"] for r in sorted(health(), key=lambda r: -r["beds"])]
    assert rows[0].cells == ("Trạm y tế số 11", panel.names[RECORDS[11]["ward"]], "21")
    assert panel.records.count.text() == "12 of 12 records"
    if os.environ.get("IOC_SCREENSHOTS"):
        panel.grab().save(os.path.join(os.environ["IOC_SCREENSHOTS"], "domain-dashboard.png"))


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
