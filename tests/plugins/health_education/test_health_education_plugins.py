"""The healthcare and education plugins: they load from plugins/ like a third party's and
register what they promise; their KPIs over the synced demo records are the figures computed
here from the demo world; their rules raise alerts where the demo city has trouble (an
overcrowded hospital, a flooded school) and nowhere else; their map layers show the figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from health_edu_time import NOW
from waiting import wait_until

from ioc_console.core.domains.kpi_engine import evaluate
from ioc_console.core.domains.rule_engine import RuleEngine
from ioc_console.core.geo.features import FeatureContext
from ioc_console.core.geo.rows import read_rows
from ioc_console.core.plugins import PluginState
from ioc_console.core.plugins.context import CachedData

PROMISED = {
    "healthcare": {
        "feed": {"health_daily", "health_beds", "health_vaccination"},
        "kpi": {"healthcare.visits_last_day", "healthcare.visits_7_days",
                "healthcare.bed_occupancy", "healthcare.er_median_wait",
                "healthcare.er_seen_30", "healthcare.vaccination_coverage"},
        "rule": {"healthcare.hospital_overcrowded", "healthcare.er_wait_long"},
        "map_layer": {"healthcare.facilities", "healthcare.beds"},
    },
    "education": {
        "feed": {"school_stats", "school_attendance", "exam_results"},
        "kpi": {"education.attendance_today", "education.attendance_7_days",
                "education.standard_schools", "education.graduation_rate",
                "education.pupils_per_teacher", "education.entrance_rate"},
        "rule": {"education.attendance_low"},
        "map_layer": {"education.facilities", "education.standard",
                      "education.not_standard"},
    },
}


def pct(part: float, whole: float) -> float:
    return 100 * part / whole


def last_of(rows, field):
    last = max(r[field] for r in rows)
    return [r for r in rows if r[field] == last]


def independent_figures(world) -> dict[str, float]:
    """Every KPI of the two plugins, computed from the demo world's records by hand."""
    daily = world.domains["health_daily"]
    day = last_of(daily, "date")
    week_start = (date.fromisoformat(day[0]["date"]) - timedelta(days=6)).isoformat()
    er = [r for r in day if r["er_median_min"] is not None]
    month = last_of(world.domains["health_vaccination"], "month")
    roll = world.domains["school_attendance"]
    today = last_of(roll, "date")
    week = [r for r in roll if r["date"] >= (date.fromisoformat(today[0]["date"])
                                             - timedelta(days=6)).isoformat()]
    stats = world.domains["school_stats"]
    exams = world.domains["exam_results"]

    def exam(kind):
        rows = last_of([r for r in exams if r["exam"] == kind], "year")
        return pct(sum(r["passed"] for r in rows), sum(r["candidates"] for r in rows))

    return {
        "healthcare.visits_last_day": sum(r["outpatient"] for r in day),
        "healthcare.visits_7_days": sum(r["outpatient"] for r in daily
                                        if r["date"] >= week_start),
        "healthcare.bed_occupancy": pct(sum(r["occupied"] for r in day),
                                        sum(r["beds"] for r in day)),
        "healthcare.er_median_wait": sum(r["er_median_min"] * r["emergency"] for r in er)
        / sum(r["emergency"] for r in er),
        "healthcare.er_seen_30": sum(r["er_within_30_pct"] * r["emergency"] for r in er)
        / sum(r["emergency"] for r in er),
        "healthcare.vaccination_coverage": pct(sum(r["fully_vaccinated"] for r in month),
                                               sum(r["children_due"] for r in month)),
        "education.attendance_today": pct(sum(r["present"] for r in today),
                                          sum(r["enrolled"] for r in today)),
        "education.attendance_7_days": pct(sum(r["present"] for r in week),
                                           sum(r["enrolled"] for r in week)),
        "education.standard_schools": pct(sum(s["national_standard"] for s in stats),
                                          len(stats)),
        "education.graduation_rate": exam("tot_nghiep_thpt"),
        "education.pupils_per_teacher": sum(s["pupils"] for s in stats)
        / sum(s["teachers"] for s in stats),
        "education.entrance_rate": exam("tuyen_sinh_10"),
    }


@pytest.mark.parametrize("plugin_id", ["healthcare", "education"])
def test_the_plugin_loads_from_plugins_and_registers_what_it_promises(manager, plugin_id):
    record = manager.record(plugin_id)
    assert record.state is PluginState.LOADED and record.origin == "built-in"
    assert not record.error
    registered = record.api.registered
    for kind, ids in PROMISED[plugin_id].items():
        assert set(registered[kind]) == ids, kind
    assert registered["dashboard"] == [f"{plugin_id}.dashboard"]
    assert manager.panels.get(f"{plugin_id}.dashboard") is not None
    board = manager.domains.dashboards.get(f"{plugin_id}.dashboard").spec
    assert len(board.tiles) >= 3 and board.charts and board.table is not None
    assert set(board.tiles) <= PROMISED[plugin_id]["kpi"]
    domain = manager.domains.domains.get(plugin_id)
    assert domain.dashboard == f"{plugin_id}.dashboard"
    assert domain.headline_kpi in PROMISED[plugin_id]["kpi"]
    for kpi in (domain.headline_kpi, *domain.kpis):
        assert manager.domains.kpis.get(kpi) is not None
    for layer in PROMISED[plugin_id]["map_layer"]:
        assert manager.map_layers.get(layer) is not None


def test_the_kpis_over_the_synced_records_are_the_demo_citys_figures(manager, demo_cache,
                                                                     world):
    data = CachedData(demo_cache)
    expected = independent_figures(world)
    states = {}
    for kpi_id, figure in expected.items():
        definition = manager.domains.kpis.get(kpi_id)
        value = evaluate(definition, data.records(definition.dataset), NOW)
        assert not value.error, kpi_id
        assert value.value == pytest.approx(figure), kpi_id
        states[kpi_id] = value.state
    # a city with its troubles: full hospitals, a target the schools have not reached yet
    assert states["healthcare.bed_occupancy"] in ("amber", "red")
    assert states["education.standard_schools"] in ("below", "amber", "red")
    assert states["healthcare.visits_last_day"] == "none"  # a figure without target
    assert 85 < expected["healthcare.bed_occupancy"] < 110
    assert 90 < expected["education.attendance_today"] < 99


def test_the_rules_raise_alerts_for_overcrowded_hospitals_long_waits_and_absent_pupils(
    manager, demo_cache, world
):
    engine = RuleEngine(demo_cache, manager.domains, clock=lambda: NOW, every_s=3600)
    rules = PROMISED["healthcare"]["rule"] | PROMISED["education"]["rule"]
    done: set[str] = set()
    engine.evaluated.connect(done.update)
    engine.start()
    try:
        wait_until(lambda: rules <= done, what="the plugins' rules evaluated")
    finally:
        engine.stop()
    alerts = [a for a in read_rows(demo_cache, "alerts") if a.get("rule") in rules]
    by_rule = {rule: {a["source"] for a in alerts if a["rule"] == rule} for rule in rules}
    recent_health = (NOW.date() - timedelta(days=2)).isoformat()
    recent_school = (NOW.date() - timedelta(days=1)).isoformat()
    expected = {
        "healthcare.hospital_overcrowded": {
            f"health_beds/{b['id']}" for b in world.domains["health_beds"]
            if b["occupancy"] > 100},
        "healthcare.er_wait_long": {
            f"health_daily/{r['id']}" for r in world.domains["health_daily"]
            if r["er_median_min"] is not None and r["er_median_min"] > 60
            and r["date"] >= recent_health},
        "education.attendance_low": {
            f"school_attendance/{r['id']}" for r in world.domains["school_attendance"]
            if r["rate"] < 85 and r["date"] >= recent_school},
    }
    assert by_rule == expected
    assert expected["healthcare.hospital_overcrowded"]  # the provincial hospital is full
    assert expected["education.attendance_low"]  # the spring tide floods the islet's roads
    absent = next(a for a in alerts if a["rule"] == "education.attendance_low")
    assert absent["type"] == "school_attendance_low" and "Tịnh Thới" in absent["description"]
    assert manager.domains.procedures.get("education.attendance_low") is not None


def test_the_map_shows_occupancy_and_school_standing_in_the_popup(manager, demo_cache):
    ctx = FeatureContext(NOW, {"29869": "Phường Cao Lãnh", "29884": "Phường Mỹ Ngãi",
                               "29888": "Phường Mỹ Trà"})
    beds = manager.map_layers.get("healthcare.beds")
    features = [beds.feature(r, ctx) for r in read_rows(demo_cache, "health_beds")]
    general = next(f for f in features if f["id"] == "hb-fac-hc-01")
    props = general["properties"]
    assert props["name"] == "Bệnh viện Đa khoa Đồng Tháp" and props["ward_name"]
    assert props["text"].startswith("Công suất giường: ") and "giường" in props["text"]
    assert isinstance(props["occupancy"], float)
    standard = manager.map_layers.get("education.not_standard")
    schools = read_rows(demo_cache, "school_stats", match=standard.match)
    assert schools and all(s["national_standard"] is False for s in schools)
    feature = standard.feature(schools[0], ctx)
    assert "Chưa đạt chuẩn" in feature["properties"]["text"]
