"""The security plugin, loaded like any plugin: what it registers, its KPIs over the demo
city's records (computed here independently), its rules on the demo data and its map layers."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from ioc_console.core.config.targets import KpiState
from ioc_console.core.domains.kpi_engine import evaluate
from ioc_console.core.geo.features import FeatureContext
from ioc_console.core.store.match import record_matches

HANDLED = "đã xử lý"


def days_back(world, n: int) -> str:
    return (world.now.date() - timedelta(days=n - 1)).isoformat()


def test_it_registers_its_feeds_kpis_rules_layers_dashboard_and_domain(load_builtin):
    manager = load_builtin("security")
    what = manager.record("security").api.registered
    assert what["feed"] == ["security_incidents", "security_patrol_points"]
    assert what["map_layer"] == [
        "security.incidents", "security.patrol_points", "security.police_posts"
    ]
    assert set(what["rule"]) == {"security.incident_cluster", "security.patrol_overdue"}
    assert what["panel"] == what["dashboard"] == ["security.dashboard"]
    domains = manager.domains
    domain = domains.domains.get("security")
    assert domain.dashboard == "security.dashboard" and domain.headline_kpi in domains.kpis
    dashboard = domains.dashboards.get("security.dashboard").spec
    assert len(dashboard.tiles) >= 3 and all(t in domains.kpis for t in dashboard.tiles)
    assert dashboard.charts and dashboard.table.dataset == "security_incidents"
    for rule in domains.rules:
        assert domains.procedure_for(rule.alert_type) is not None, rule.alert_type


def test_its_kpis_are_the_demo_citys_figures(load_builtin, demo_world):
    domains = load_builtin("security").domains
    incidents = demo_world.dataset("security_incidents")
    patrols = demo_world.dataset("security_patrol_points")
    month = [i for i in incidents if i["date"] >= days_back(demo_world, 30)]
    week = [i for i in incidents if i["date"] >= days_back(demo_world, 7)]
    today = Counter(i["ward"] for i in incidents if i["date"] == demo_world.now.date().isoformat())
    expected = {
        "security.incidents_7d": len(week),
        "security.incidents_30d": len(month),
        "security.handled_share": 100 * sum(i["state"] == HANDLED for i in month) / len(month),
        "security.patrol_coverage": 100 * sum(p["done_today"] for p in patrols)
        / sum(p["due_now"] for p in patrols),
        "security.per_10k": len(month) / 16,
        "security.busiest_ward_today": max(today.values()),
    }
    states = {}
    for kpi_id, value in expected.items():
        definition = domains.kpis.get(kpi_id)
        got = evaluate(definition, demo_world.dataset(definition.dataset), demo_world.now)
        assert got.error == "" and abs(got.value - value) < 1e-9, (kpi_id, got, value)
        states[kpi_id] = got.state
    # the demo city misses some targets: the overview shows amber and red
    assert states["security.handled_share"] is not KpiState.MET  # red or amber by the hour
    assert states["security.busiest_ward_today"] is KpiState.RED
    assert states["security.patrol_coverage"] is not KpiState.MET


def test_its_rules_fire_on_the_demo_data(load_builtin, demo_world):
    domains = load_builtin("security").domains
    cluster = domains.rules.get("security.incident_cluster")
    assert cluster.kpi == "security.busiest_ward_today" and cluster.when is KpiState.RED
    patrol = domains.rules.get("security.patrol_overdue")
    points = demo_world.dataset(patrol.dataset)
    late = [
        p for p in points
        if record_matches(p, patrol.match) and patrol.condition(p, demo_world.now)
    ]
    assert [p["name"] for p in late] == ["Chợ Mỹ Ngãi", "Bến đò Tịnh Thới"]
    assert late[0]["name"] in patrol.text(late[0])
    # a point visited less than four hours before is not late
    assert not patrol.condition(points[0], demo_world.now - timedelta(hours=3))  # before the visit


def test_its_map_shows_recent_incidents_patrol_points_and_police_posts(load_builtin,
                                                                        demo_world):
    manager = load_builtin("security")
    layers = {spec.id: spec for spec in manager.map_layers}
    ctx = FeatureContext(demo_world.now)
    incidents = layers["security.incidents"]
    shown = [f for r in demo_world.dataset("security_incidents")
             if (f := incidents.feature(r, ctx)) is not None]
    week = [i for i in demo_world.dataset("security_incidents")
            if demo_world.now - timedelta(days=7) <= _at(i["occurred_at"])]
    assert len(shown) == len(week) > 0
    assert shown[0]["properties"]["name"] and shown[0]["geometry"]["type"] == "Point"
    posts = layers["security.police_posts"]
    assert [r for r in demo_world.facilities if record_matches(r, posts.match)]
    patrols = layers["security.patrol_points"]
    features = [patrols.feature(p, ctx) for p in demo_world.dataset("security_patrol_points")]
    assert sum(f["properties"]["late"] for f in features) == 2


def _at(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text)
