"""The healthcare and education dashboards in a running console, on a cache synced from the
demo backend: the panels open by their ids, their tiles show the figures computed here from
the demo city's records, their charts have data and their lists the records."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ioc_console.core.clock import CITY_TZ

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=CITY_TZ)  # the flood season's spring tide
SEED = 5


@pytest.fixture(scope="module")
def world():
    from ioc_console.demo.data import build_world

    return build_world(SEED, NOW, complaints=50)


@pytest.fixture
def synced(console, world):
    """The console's cache filled by the sync engine from the demo backend serving ``world``;
    the KPI board computing."""
    from ioc_console.core.sync.link import BackendTarget, build_engine
    from ioc_console.demo.backend import DemoBackend

    demo = DemoBackend(seed=SEED, rate=0, heartbeat_s=1.0, world=world)
    demo.start()
    services = console.services
    engine = build_engine(services.cache, BackendTarget(demo.url, "operator", "operator-demo",
                                                        timeout_s=5.0), events=False)
    try:
        engine.login()
        pulled = {r.name: r for r in engine.pull_all()}
    finally:
        engine.stop()
        demo.stop()
    assert pulled["health_daily"].rows and pulled["school_stats"].rows
    services.kpi_board.start()
    yield services
    services.kpi_board.stop()


def last_of(rows, field):
    last = max(r[field] for r in rows)
    return [r for r in rows if r[field] == last]


def pct(part, whole) -> str:
    return f"{100 * part / whole:.1f} %"


def open_dashboard(console, qtbot, panel_id):
    dock = console.wm.open_panel(panel_id)
    panel = dock.widget()
    panel.resize(1366, 900)
    qtbot.waitUntil(lambda: panel.data is not None and panel.records.model.rowCount() > 0,
                    timeout=20_000)
    return panel


def shows(panel, expected: dict[str, str]):
    return lambda: all(panel.tiles[k].value.text() == v for k, v in expected.items())


def test_the_healthcare_dashboard_shows_the_demo_citys_figures(console, synced, world, qtbot):
    panel = open_dashboard(console, qtbot, "healthcare.dashboard")
    daily = world.domains["health_daily"]
    day = last_of(daily, "date")
    week = (date.fromisoformat(day[0]["date"]) - timedelta(days=6)).isoformat()
    er = [r for r in day if r["er_median_min"] is not None]
    wait = sum(r["er_median_min"] * r["emergency"] for r in er) / sum(r["emergency"] for r in er)
    month = last_of(world.domains["health_vaccination"], "month")
    expected = {
        "healthcare.visits_last_day": f"{sum(r['outpatient'] for r in day):,} lượt",
        "healthcare.visits_7_days":
            f"{sum(r['outpatient'] for r in daily if r['date'] >= week):,} lượt",
        "healthcare.bed_occupancy": pct(sum(r["occupied"] for r in day),
                                        sum(r["beds"] for r in day)),
        "healthcare.er_median_wait": f"{round(wait)} phút",
        "healthcare.vaccination_coverage": pct(sum(r["fully_vaccinated"] for r in month),
                                               sum(r["children_due"] for r in month)),
    }
    qtbot.waitUntil(shows(panel, expected), timeout=20_000)
    assert panel.tiles["healthcare.bed_occupancy"].state in ("amber", "red")
    ranked = next(c for c in panel.data.charts if c.spec.dataset == "health_beds")
    assert sorted(ranked.keys) == sorted(b["name"] for b in world.domains["health_beds"])
    assert panel.records.model.rowCount() == min(105, len(daily))


def test_the_education_dashboard_shows_the_demo_citys_figures(console, synced, world, qtbot):
    panel = open_dashboard(console, qtbot, "education.dashboard")
    roll = world.domains["school_attendance"]
    today = last_of(roll, "date")
    week = (date.fromisoformat(today[0]["date"]) - timedelta(days=6)).isoformat()
    stats = world.domains["school_stats"]
    graduation = last_of([r for r in world.domains["exam_results"]
                          if r["exam"] == "tot_nghiep_thpt"], "year")
    expected = {
        "education.attendance_today": pct(sum(r["present"] for r in today),
                                          sum(r["enrolled"] for r in today)),
        "education.attendance_7_days": pct(sum(r["present"] for r in roll if r["date"] >= week),
                                           sum(r["enrolled"] for r in roll if r["date"] >= week)),
        "education.standard_schools": pct(sum(s["national_standard"] for s in stats),
                                          len(stats)),
        "education.graduation_rate": pct(sum(r["passed"] for r in graduation),
                                         sum(r["candidates"] for r in graduation)),
        "education.pupils_per_teacher":
            f"{sum(s['pupils'] for s in stats) / sum(s['teachers'] for s in stats):.1f} HS/GV",
    }
    qtbot.waitUntil(shows(panel, expected), timeout=20_000)
    assert panel.tiles["education.standard_schools"].state in ("below", "amber", "red")
    levels = next(c for c in panel.data.charts if set(c.keys) == {"Mầm non", "Tiểu học",
                                                                   "THCS", "THPT"})
    assert sum(levels.series[0]) == sum(s["pupils"] for s in stats)
    absent = next(c for c in panel.data.charts if c.spec.x == "school_name")
    worst = max(today, key=lambda r: r["absent"])
    assert absent.keys[0] == worst["school_name"] == "Trường Tiểu học Tịnh Thới"
    assert absent.series[0][0] == worst["absent"]
    assert panel.records.model.rowCount() == len(stats)
