"""The complaint dashboard on the demo city's complaints: the published figures (about 1,000
received, 100 % handled, about 92 % satisfied) come from the records and move with them; every
figure opens the list of exactly the complaints behind it."""

from __future__ import annotations

from datetime import datetime

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.intents import ShowRecords
from ioc_console.core.periods import PeriodKind
from ioc_console.demo.data import build_world

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CITY_TZ)


@pytest.fixture(scope="module")
def demo_complaints():
    return build_world(1, NOW).complaints


@pytest.fixture
def dashboard(console, demo_complaints, qtbot):
    from ioc_console.gui.complaints.dashboard import ComplaintDashboardPanel

    cache = console.services.cache
    cache.apply_items("complaints", demo_complaints).result()
    panel = ComplaintDashboardPanel(console.services, clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(1280, 900)
    panel.show()
    qtbot.waitUntil(lambda: panel.board is not None, timeout=10_000)
    return panel


def tile(panel, kpi):
    return panel.tiles[f"complaints.{kpi}"].value.text()


def posted(console):
    records = []
    console.services.intents.handle(ShowRecords, lambda i: records.append(i) or True)
    return records


def test_published_figures_come_from_the_records(dashboard, demo_complaints):
    assert dashboard.period.kind is PeriodKind.ALL
    received = len(demo_complaints)
    assert 900 <= received <= 1100
    assert tile(dashboard, "received") == f"{received:,}"
    assert tile(dashboard, "handled_rate") == "100.0 %"
    rated = [c for c in demo_complaints if c["satisfaction"] is not None]
    satisfied = sum(c["satisfied"] for c in rated)
    assert tile(dashboard, "satisfaction_rate") == f"{100 * satisfied / len(rated):.1f} %"
    assert 89 <= 100 * satisfied / len(rated) <= 95
    charts = dashboard.charts
    assert sum(item.opts["height"].sum() for item in charts.intake.items) == received
    assert len(charts.wards.keys) == 3 and charts.backlog.x.size > 1000


def test_changed_records_move_the_figures(dashboard, console, demo_complaints, qtbot):
    before = dashboard.board.figures
    changed = []
    for item in demo_complaints[-40:]:
        if item["satisfaction"] is not None and item["satisfied"]:
            item = dict(item, satisfaction=1, satisfied=False, updated_at=NOW.isoformat())
            changed.append(item)
    assert changed
    with qtbot.waitSignal(dashboard.shown, timeout=2000):  # within a second of the change
        console.services.cache.apply_items("complaints", changed)
    after = dashboard.board.figures
    assert after.counts.satisfied == before.counts.satisfied - len(changed)
    rate = 100 * after.counts.satisfied / after.counts.rated
    assert tile(dashboard, "satisfaction_rate") == f"{rate:.1f} %"


def test_drill_down_from_a_wards_bar_lists_exactly_that_wards_complaints(
        dashboard, console, demo_complaints, qtbot):
    records = posted(console)
    dashboard.rank.setCurrentIndex(dashboard.rank.findData("received"))
    bars = dashboard.charts.wards
    index = bars.keys.index("29888")
    y = len(bars.keys) - 1 - index
    dashboard.charts.wards_chart.click_at(1.0, y)
    qtbot.waitUntil(lambda: len(records) == 1, timeout=5000)
    expected = {c["id"] for c in demo_complaints if c["current_ward"] == "29888"}
    assert set(records[0].ids) == expected and len(records[0].ids) == len(expected)
    assert records[0].dataset == "complaints"
    assert records[0].description == "Phường Mỹ Trà, received, All records"


def test_drill_down_from_a_tile_and_a_scope(dashboard, console, demo_complaints, qtbot):
    records = posted(console)
    with qtbot.waitSignal(dashboard.shown, timeout=5000):
        dashboard.scope.choose("channel", "zalo")
        dashboard.scope.changed.emit()
    dashboard.period.set_kind(PeriodKind.YEAR)
    qtbot.waitUntil(lambda: dashboard.board.period.kind is PeriodKind.YEAR, timeout=5000)
    dashboard.tiles["complaints.received"].clicked.emit()
    qtbot.waitUntil(lambda: len(records) == 1, timeout=5000)
    expected = {c["id"] for c in demo_complaints
                if c["channel"] == "zalo" and c["requested_datetime"].startswith("2026")}
    assert set(records[0].ids) == expected
    assert records[0].description == "Zalo, received, This year"


def test_charts_export_to_png_and_svg(dashboard, tmp_path):
    frame = dashboard.charts.frames["intake"]
    assert frame.export(tmp_path / "intake.png")
    assert (tmp_path / "intake.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert frame.export(tmp_path / "intake.svg")
    assert b"<svg" in (tmp_path / "intake.svg").read_bytes()[:2000]
    failures = []
    frame.export_failed.connect(failures.append)
    assert not frame.export(tmp_path / "intake.gif")
    assert "PNG or SVG" in failures[0]


def test_panel_is_registered_and_keeps_its_choices(console, qtbot):
    dock = console.wm.open_panel("complaint_dashboard")
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.board is not None, timeout=10_000)
    panel.period.set_kind(PeriodKind.DAYS_30)
    state = panel.save_state()
    assert state["period"]["kind"] == "30d"
    panel.restore_state({"period": {"kind": "nonsense"}, "rank": 3})
    assert panel.period.kind is PeriodKind.DAYS_30
    # an agency saved in its 2019 spelling is the agency the figures name in today's
    panel.restore_state({"scope": {"column": "agency", "value": "Công an phường Hoà Thuận"}})
    assert panel.scope.save_state() == {"column": "agency", "value": "Công an phường Hòa Thuận"}


def test_drill_down_from_an_intake_bar_and_a_handling_time_bar(
        dashboard, console, demo_complaints, qtbot):
    from ioc_console.core.periods import make_period

    records = posted(console)
    with qtbot.waitSignal(dashboard.shown, timeout=5000):
        dashboard.period.set_kind(PeriodKind.DAYS_30)
        dashboard.period.changed.emit()
    charts = dashboard.charts
    period = make_period(PeriodKind.DAYS_30, NOW)
    bars = charts.intake
    day = next(i for i, _ in enumerate(charts.board.intake.starts)
               if bars.tops[-1][i] > 0 and bars.tops[0][i] > 0)  # a day with phone calls
    charts.intake_chart.click_at(bars.x[day], 0.5)
    qtbot.waitUntil(lambda: len(records) == 1, timeout=5000)
    start = charts.board.intake.starts[day]
    expected = {c["id"] for c in demo_complaints if c["channel"] == "phone"
                and c["requested_datetime"][:10] == start.isoformat()}
    assert set(records[0].ids) == expected and expected
    assert records[0].description == f"Phone, {start:%d/%m/%Y}, received, Last 30 days"

    charts.hours_chart.click_at(1.0, 0.5)  # 10 to 20 working hours
    qtbot.waitUntil(lambda: len(records) == 2, timeout=5000)
    assert len(records[1].ids) == charts.hours.values[1] > 0
    assert records[1].description == "handled in 10–20 working hours, Last 30 days"
    received = {c["id"]: c["requested_datetime"] for c in demo_complaints}
    assert all(received[i] >= period.start.isoformat() for i in records[1].ids)


def test_burst_of_changes_during_a_sync_is_drawn_once_it_settles(
        dashboard, console, demo_complaints, qtbot):
    cache = console.services.cache
    drawn = []
    dashboard.shown.connect(lambda: drawn.append(dashboard.board.figures.counts.received))
    extra = []
    for n in range(200):
        item = dict(demo_complaints[n % 50], id=f"PA-2026-9{n:05d}",
                    updated_at=NOW.isoformat())
        extra.append(item)
    futures = [cache.apply_items("complaints", extra[i:i + 10]) for i in range(0, 200, 10)]
    for future in futures:
        future.result()
    qtbot.waitUntil(lambda: bool(drawn) and drawn[-1] == len(demo_complaints) + 200,
                    timeout=5000)
    assert len(drawn) < len(futures)  # 20 writes, far fewer recomputations
    assert tile(dashboard, "received") == f"{len(demo_complaints) + 200:,}"


def test_without_a_cache_the_panel_says_so(console, qtbot):
    import types

    from ioc_console.core.intents import Intents
    from ioc_console.gui.complaints.dashboard import ComplaintDashboardPanel

    services = types.SimpleNamespace(cache=None, profile=None, intents=Intents())
    panel = ComplaintDashboardPanel(services, clock=lambda: NOW)
    qtbot.addWidget(panel)
    assert "cache is not available" in panel.status.text()
    panel.drill_tile(next(iter(__import__(
        "ioc_console.core.complaints.kpi_defs", fromlist=["KPIS"]).KPIS)))  # nothing to drill


def test_figures_arriving_after_the_panel_closed_are_dropped(
        console, demo_complaints, qtbot, caplog):
    from shiboken6 import delete

    from ioc_console.gui import tasks
    from ioc_console.gui.complaints.dashboard import ComplaintDashboardPanel

    console.services.cache.apply_items("complaints", demo_complaints).result()
    panel = ComplaintDashboardPanel(console.services, clock=lambda: NOW)  # computing already
    delete(panel)  # closed before the figures arrive
    qtbot.waitUntil(lambda: not tasks.pending(), timeout=10_000)
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_a_new_language_renames_the_legends(dashboard):
    from ioc_console.gui.complaints import dashboard_texts as texts

    legend = dashboard.charts.intake.legend
    legend.items[0][1].setText("?")
    texts.CHANNELS["phone"], saved = "Phone line", texts.CHANNELS["phone"]
    try:
        dashboard.retranslate()  # what a LanguageChange event runs
        assert legend.items[0][1].text == "Phone line"
    finally:
        texts.CHANNELS["phone"] = saved


def test_a_day_is_drawn_on_its_own_hours_and_empty_charts_say_why(dashboard, qtbot):
    with qtbot.waitSignal(dashboard.shown, timeout=5000):
        dashboard.period.set_kind(PeriodKind.TODAY)
        dashboard.period.changed.emit()
    board, charts = dashboard.board, dashboard.charts
    assert board.figures.counts.rated == 0  # nothing received this morning is rated yet
    start, end = board.period.start.timestamp(), board.period.end.timestamp()
    for chart in (charts.intake_chart, charts.backlog_chart, charts.satisfaction_chart):
        (x0, x1), _y = chart.getPlotItem().getViewBox().viewRange()
        assert start - 6 * 3600 <= x0 and x1 <= start + 2 * 86400  # the day, not years around
    _x, (y0, y1) = charts.hours_chart.getPlotItem().getViewBox().viewRange()
    assert -0.1 <= y0 <= 0 and y1 >= 1  # counts start at zero, even when there are none
    assert charts.notes["satisfaction"].isVisible()
    assert "rated" in charts.notes["satisfaction"].textItem.toPlainText()
    assert charts.notes["wards"].isVisible() and charts.notes["agencies"].isVisible()
    received = board.figures.counts.received
    assert charts.notes["intake"].isVisible() == (received == 0)
    assert end > start


def test_the_legends_leave_the_tallest_bar_and_line_in_view(dashboard, qtbot):
    from PySide6.QtCore import QPointF

    charts = dashboard.charts
    for height in (900, 1600):  # charts of their least height, then taller ones
        before = charts.intake_chart.getPlotItem().getViewBox().height()
        dashboard.resize(1280, height)
        if height > 900:
            qtbot.waitUntil(
                lambda b=before: charts.intake_chart.getPlotItem().getViewBox().height() > b)
        for chart, legend, top in (
            (charts.intake_chart, charts.intake.legend, charts.intake.tops.max()),
            (charts.backlog_chart, charts.backlog_chart.getPlotItem().legend,
             max(y.max() for y in charts.backlog.ys)),
        ):
            box = chart.getPlotItem().getViewBox()
            _x, (y0, _y1) = box.viewRange()
            peak = box.mapViewToScene(QPointF(0, float(top))).y()
            assert y0 <= 0 and peak > legend.sceneBoundingRect().bottom()  # not under it
    assert not any(note.isVisible() for note in charts.notes.values())


def test_a_drill_down_is_described_in_the_operators_language(
        dashboard, console, demo_complaints, qtbot):
    from datetime import timedelta

    from ioc_console.core.clock import read_time

    records = posted(console)
    source = next(c for c in demo_complaints if c["current_ward"] == "29888")
    late = dict(source, id="PA-2026-990001", service_request_id="PA-2026-990001",
                requested_datetime=(NOW - timedelta(days=10)).isoformat(),
                legal_deadline=(NOW - timedelta(days=2)).isoformat(), state="assigned",
                status="open", satisfaction=None, satisfied=None,
                status_history=[dict(source["status_history"][0],
                                     at=(NOW - timedelta(days=10)).isoformat())])
    console.services.cache.apply_items("complaints", [late]).result()
    console.set_language("vi")
    dashboard.scope.choose("ward", "29888")
    dashboard.period.set_kind(PeriodKind.DAYS_30)
    dashboard.period.changed.emit()
    qtbot.waitUntil(lambda: dashboard.board.period.kind is PeriodKind.DAYS_30
                    and dashboard.board.scope.conditions() == {"ward": "29888"}, timeout=5000)
    dashboard.tiles["complaints.overdue_now"].clicked.emit()
    qtbot.waitUntil(lambda: len(records) == 1, timeout=5000)
    assert records[0].description == "Phường Mỹ Trà, quá hạn, 30 ngày qua"  # the words
    overdue = set()
    for c in [*demo_complaints, late]:
        handled = [read_time(h["at"]) for h in c["status_history"]
                   if h["state"] in ("resolved", "closed")]
        if c["current_ward"] == "29888" and read_time(c["legal_deadline"]) < NOW \
                and not (c["state"] in ("resolved", "closed") and handled):
            overdue.add(c["id"])
    assert set(records[0].ids) == overdue and late["id"] in overdue


def test_every_tile_takes_its_target_from_the_site_profile(console, demo_complaints, qtbot,
                                                          tmp_path):
    import types

    from ioc_console.core.config.profile import load_profile
    from ioc_console.core.config.targets import KpiState
    from ioc_console.gui.complaints.dashboard import ComplaintDashboardPanel

    path = tmp_path / "site.toml"
    path.write_text('[backend]\nurl = "http://127.0.0.1:9"\n\n[targets]\n'
                    '"complaints.open_now" = { target = 2, amber = 4, red = 10 }\n'
                    '"complaints.received" = { target = 900 }\n'
                    '"complaints.satisfaction_rate" = { target = 95, amber = 93, red = 80 }\n',
                    encoding="utf-8")
    profile = load_profile(path)
    console.services.cache.apply_items("complaints", demo_complaints).result()
    services = types.SimpleNamespace(cache=console.services.cache, profile=profile,
                                     intents=console.services.intents)
    panel = ComplaintDashboardPanel(services, clock=lambda: NOW)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.board is not None, timeout=10_000)
    figures = panel.board.figures
    open_now = panel.tiles["complaints.open_now"]
    assert open_now.target.text().startswith("target 2")  # lower is better: 2, 4, 10
    expected = KpiState.MET if figures.open_now <= 2 else (
        KpiState.BELOW if figures.open_now < 4 else KpiState.AMBER)
    assert open_now.state is expected
    assert panel.tiles["complaints.received"].state is KpiState.MET  # about 1,000 >= 900
    assert panel.tiles["complaints.satisfaction_rate"].state is KpiState.AMBER  # 91-92 %


def test_drill_down_from_a_backlog_point_and_a_satisfaction_point(dashboard, console, qtbot):
    records = posted(console)
    with qtbot.waitSignal(dashboard.shown, timeout=5000):
        dashboard.period.set_kind(PeriodKind.DAYS_30)
        dashboard.period.changed.emit()
    charts, board = dashboard.charts, dashboard.board
    day = max(range(len(board.backlog.days)), key=lambda i: board.backlog.open[i])
    charts.backlog_chart.click_at(charts.backlog.x[day], board.backlog.open[day])
    qtbot.waitUntil(lambda: len(records) == 1, timeout=5000)
    assert len(records[0].ids) == board.backlog.open[day] > 0
    assert records[0].description.startswith(
        f"open at the end of {board.backlog.days[day]:%d/%m/%Y}")

    rated = board.intake.rated
    bucket = next(i for i, n in enumerate(rated) if n > 0)
    y = 100.0 * board.intake.satisfied[bucket] / rated[bucket]
    charts.satisfaction_chart.click_at(charts.satisfaction.x[bucket], y)
    qtbot.waitUntil(lambda: len(records) == 2, timeout=5000)
    assert len(records[1].ids) == rated[bucket]
    assert f"{board.intake.starts[bucket]:%d/%m/%Y}" in records[1].description
