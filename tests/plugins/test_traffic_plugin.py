"""The traffic-safety plugin, loaded like any plugin: what it registers, its KPIs over the demo
city's records (computed here independently), its rules on the demo data, its map layers and
the violations list's actions (the camera that saw one, its place on the map)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ioc_console.core.config.targets import KpiState
from ioc_console.core.domains.kpi_engine import evaluate
from ioc_console.core.geo.features import FeatureContext
from ioc_console.core.intents import ShowCamera
from ioc_console.core.store.match import record_matches


def totals(accidents, first: date, last: date) -> tuple[int, int, int]:
    rows = [a for a in accidents if first.isoformat() <= a["date"] <= last.isoformat()]
    return len(rows), sum(a["deaths"] for a in rows), sum(a["injuries"] for a in rows)


def test_it_registers_its_feeds_kpis_rules_layers_dashboard_and_domain(load_builtin):
    manager = load_builtin("traffic")
    what = manager.record("traffic").api.registered
    assert what["feed"] == ["traffic_accidents", "traffic_violations", "traffic_congestion"]
    assert set(what["map_layer"]) == {
        "traffic.accidents", "traffic.congestion", "traffic.slow_traffic", "traffic.violations"
    }
    assert set(what["rule"]) == {"traffic.congestion_jam", "traffic.fatal_accident"}
    domains = manager.domains
    domain = domains.domains.get("traffic")
    assert domain.dashboard == "traffic.dashboard" and domain.headline_kpi in domains.kpis
    dashboard = domains.dashboards.get("traffic.dashboard").spec
    assert len(dashboard.tiles) >= 3 and all(t in domains.kpis for t in dashboard.tiles)
    assert dashboard.charts and dashboard.table.dataset == "traffic_violations"
    for rule in domains.rules:
        assert domains.procedure_for(rule.alert_type) is not None, rule.alert_type


def test_its_kpis_are_the_demo_citys_figures(load_builtin, demo_world):
    domains = load_builtin("traffic").domains
    today = demo_world.now.date()
    accidents = demo_world.dataset("traffic_accidents")
    this_year = totals(accidents, date(today.year, 1, 1), today)
    last_year = totals(accidents, date(today.year - 1, 1, 1),
                       today.replace(year=today.year - 1))
    month = totals(accidents, today.replace(day=1), today)
    week = [v for v in demo_world.dataset("traffic_violations")
            if (today - timedelta(days=7)).isoformat() <= v["date"] < today.isoformat()]
    cameras = demo_world.cameras
    expected = {
        "traffic.accidents_month": month[0],
        "traffic.deaths_month": month[1],
        "traffic.accidents_change": 100 * (this_year[0] - last_year[0]) / last_year[0],
        "traffic.deaths_change": 100 * (this_year[1] - last_year[1]) / last_year[1],
        "traffic.injuries_change": 100 * (this_year[2] - last_year[2]) / last_year[2],
        "traffic.violations_per_day": len(week) / 7,
        "traffic.cameras_online": 100 * sum(c["status"] == "online" for c in cameras)
        / len(cameras),
        "traffic.congested_now": sum(p["level"] >= 2
                                     for p in demo_world.dataset("traffic_congestion")),
    }
    states = {}
    for kpi_id, value in expected.items():
        definition = domains.kpis.get(kpi_id)
        got = evaluate(definition, demo_world.dataset(definition.dataset), demo_world.now)
        assert got.error == "" and abs(got.value - value) < 1e-9, (kpi_id, got, value)
        states[kpi_id] = got.state
    # the plan: fewer accidents (met), but more deaths (red); injuries barely fewer (early in
    # January the year has too few accidents to tell)
    if today.timetuple().tm_yday < 60:
        return
    assert states["traffic.accidents_change"] is KpiState.MET
    assert states["traffic.deaths_change"] is KpiState.RED
    assert states["traffic.injuries_change"] in (KpiState.BELOW, KpiState.AMBER)
    assert states["traffic.cameras_online"] is KpiState.AMBER


def test_its_rules_fire_on_the_demo_data(load_builtin, demo_world):
    domains = load_builtin("traffic").domains
    now = demo_world.now
    found = {}
    for rule in (r for r in domains.rules if r.plugin_id == "traffic"):
        found[rule.id] = [
            r for r in demo_world.dataset(rule.dataset)
            if record_matches(r, rule.match) and (rule.condition is None
                                                 or rule.condition(r, now))
        ]
    jams = found["traffic.congestion_jam"]
    assert [j["name"] for j in jams] == ["Ngã tư Quốc lộ 30 – Nguyễn Văn Cừ"]
    fatal = found["traffic.fatal_accident"]
    assert len(fatal) == 1 and fatal[0]["deaths"] >= 1
    assert now - datetime.fromisoformat(fatal[0]["occurred_at"]) <= timedelta(hours=48)
    rule = domains.rules.get("traffic.fatal_accident")
    assert fatal[0]["place"] in rule.text(fatal[0])
    older = [a for a in demo_world.dataset("traffic_accidents") if a["deaths"]]
    assert len(older) > 5  # earlier fatal accidents are not alerted again


def test_a_violation_opens_its_camera_and_shows_its_place(load_builtin, demo_world):
    domains = load_builtin("traffic").domains
    table = domains.dashboards.get("traffic.dashboard").spec.table
    violation = demo_world.dataset("traffic_violations")[-1]
    camera = next(c for c in demo_world.cameras if c["id"] == violation["camera_id"])
    (action,) = table.actions
    show = action.make(violation)
    assert isinstance(show, ShowCamera) and show.camera_id == camera["id"]
    assert action.make({"id": "x"}) is None
    # the list's own "Show on map" takes the record's place: the camera's
    assert (violation["lon"], violation["lat"]) == (camera["lon"], camera["lat"])


def test_its_map_layers(load_builtin, demo_world):
    manager = load_builtin("traffic")
    layers = {spec.id: spec for spec in manager.map_layers}
    ctx = FeatureContext(demo_world.now)
    day = [v for v in demo_world.dataset("traffic_violations")
           if demo_world.now - datetime.fromisoformat(v["detected_at"]) <= timedelta(hours=24)]
    shown = [f for v in demo_world.dataset("traffic_violations")
             if (f := layers["traffic.violations"].feature(v, ctx))]
    assert len(shown) == len(day) > 0
    assert shown[0]["properties"]["camera_id"].startswith("cam-")
    jams = [layers["traffic.congestion"].feature(p, ctx)
            for p in demo_world.dataset("traffic_congestion")]
    assert all(j is not None for j in jams)
    assert any("ùn tắc" in j["properties"]["name"] for j in jams)
    slow = layers["traffic.slow_traffic"]
    assert [p["id"] for p in demo_world.dataset("traffic_congestion")
            if record_matches(p, slow.match)] == [
        p["id"] for p in demo_world.dataset("traffic_congestion") if p["level"] >= 2]
    accidents = [f for a in demo_world.dataset("traffic_accidents")
                 if (f := layers["traffic.accidents"].feature(a, ctx))]
    assert 20 < len(accidents) < len(demo_world.dataset("traffic_accidents"))


def test_switched_off_and_on_it_leaves_nothing_behind_and_comes_back(load_builtin):
    from ioc_console.core.store.datasets import all_datasets

    manager = load_builtin("traffic")

    def ours() -> dict[str, list[str]]:
        return {
            "feeds": [d.name for d in all_datasets() if d.plugin_id == "traffic"],
            "layers": [s.id for s in manager.map_layers if s.plugin_id == "traffic"],
            "panels": [p.id for p in manager.panels if p.id.startswith("traffic.")],
            **{kind: [k for k in manager.domains.table(kind).ids() if k.startswith("traffic")]
               for kind in ("kpi", "rule", "procedure", "dashboard", "domain")},
        }

    before = ours()
    assert all(before.values()), before
    manager.disable("traffic")
    assert not any(ours().values()), ours()
    manager.enable("traffic")
    assert ours() == before
