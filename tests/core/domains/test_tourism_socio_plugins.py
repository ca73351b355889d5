"""The tourism and socio-economic plugins, loaded from the repository's plugins folder like any
plugin: what they register, their KPIs over the demo city's records against figures reckoned
here by hand, and the alerts their rules raise on that city."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.config.targets import KpiState
from ioc_console.core.domains.kpi_engine import evaluate
from ioc_console.core.geo.features import FeatureContext
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.panels import PanelRegistry
from ioc_console.core.paths import builtin_plugins_dir
from ioc_console.core.plugins import PluginManager, PluginState
from ioc_console.core.store import datasets
from ioc_console.core.store.match import record_matches
from ioc_console.demo.data import build_world

NOW = datetime(2026, 12, 6, 10, 0, tzinfo=CITY_TZ)
MINE = ("tourism", "socio_economic")


@pytest.fixture(scope="module")
def manager():
    manager = PluginManager([builtin_plugins_dir()], PanelRegistry(), map_layers=MapLayerRegistry())
    manager.load_all()
    yield manager
    for record in manager.records:  # every plugin it loaded: their feeds are the process's
        manager.unload(record.id)


@pytest.fixture(scope="module")
def world():
    return build_world(7, NOW, complaints=200)


def kpi(manager, world, kpi_id):
    definition = manager.domains.kpis.get(kpi_id)
    return evaluate(definition, world.dataset(definition.dataset), NOW)


def test_both_load_like_any_plugin_and_register_what_they_promise(manager):
    records = {r.id: r for r in manager.records}
    for plugin_id in MINE:
        assert records[plugin_id].state is PluginState.LOADED, records[plugin_id].error
        assert records[plugin_id].manifest.display_name("vi") != plugin_id
    feeds = {d.name: d for d in datasets.all_datasets()}
    assert {"tourism_visits", "tourism_accommodation", "tourism_events",
            "socio_indicators"} <= set(feeds)
    assert feeds["tourism_visits"].plugin_id == "tourism"
    domains = manager.domains
    assert {d.id: (d.headline_kpi, d.dashboard) for d in domains.domains
            if d.plugin_id in MINE} == {
        "tourism": ("tourism.visitors_vs_plan", "tourism.dashboard"),
        "socio_economic": ("socio_economic.grdp_growth", "socio_economic.dashboard"),
    }
    for plugin_id in MINE:
        board = domains.dashboards.get(f"{plugin_id}.dashboard")
        assert len(board.spec.tiles) >= 3 and board.spec.charts and board.spec.table
        assert all(t in domains.kpis for t in board.spec.tiles)
        assert manager.panels.get(f"{plugin_id}.dashboard") is not None
    assert records["tourism"].api.registered_map_layers == [
        "tourism.sites", "tourism.accommodation", "tourism.events"]
    assert not records["socio_economic"].api.registered_map_layers
    for rule in ("tourism.event_overcrowded", "tourism.rooms_full",
                 "socio_economic.disbursement_lag"):
        assert domains.procedure_for(domains.rules.get(rule).alert_type) is not None


def test_tourism_kpis_are_the_demo_citys_figures(manager, world):
    visits = world.domains["tourism_visits"]
    per_day, plan = defaultdict(int), defaultdict(int)
    for v in visits:
        per_day[v["date"]] += v["visitors"]
        plan[v["date"]] += v["plan"]
    yesterday = (NOW.date() - timedelta(days=1)).isoformat()
    assert kpi(manager, world, "tourism.visitors_yesterday").value == per_day[yesterday]
    month = [d for d in per_day if d >= "2026-12-01"]
    window = [(NOW.date() - timedelta(days=n)).isoformat() for n in range(1, 31)]
    share = 100 * sum(per_day[d] for d in window) / sum(plan[d] for d in window)
    vs_plan = kpi(manager, world, "tourism.visitors_vs_plan")
    assert vs_plan.value == pytest.approx(share)
    assert vs_plan.state is (KpiState.MET if share >= 100 else KpiState.BELOW if share >= 95
                             else KpiState.AMBER if share >= 85 else KpiState.RED)
    revenue = sum(v["revenue"] for v in visits if v["date"] in month) / 1000
    assert kpi(manager, world, "tourism.revenue_month").value == pytest.approx(revenue)
    rooms = world.domains["tourism_accommodation"]
    occupancy = 100 * sum(r["occupied"] for r in rooms) / sum(r["rooms"] for r in rooms)
    assert kpi(manager, world, "tourism.room_occupancy").value == pytest.approx(occupancy)


def test_events_this_week_count_those_running_monday_to_sunday(manager, world):
    from ioc_console.core.clock import city_today

    today = city_today()
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    events = world.domains["tourism_events"]
    expected = sum(1 for e in events if date.fromisoformat(e["start"][:10]) <= sunday
                   and date.fromisoformat(e["end"][:10]) >= monday)
    assert kpi(manager, world, "tourism.events_week").value == expected


def test_socio_economic_kpis_are_the_last_reported_month(manager, world):
    latest = {r["indicator"]: r for r in world.domains["socio_indicators"]
              if r["period"] == "2026-11"}
    assert kpi(manager, world, "socio_economic.grdp_growth").value == \
        latest["grdp_growth"]["cumulative"]
    budget = latest["budget_revenue"]
    assert kpi(manager, world, "socio_economic.budget_revenue").value == budget["pct_of_plan"]
    assert kpi(manager, world, "socio_economic.budget_pace").value == pytest.approx(
        100 * budget["pct_of_plan"] / budget["expected_pct"])
    disbursed = latest["public_investment"]
    assert kpi(manager, world, "socio_economic.disbursement").value == disbursed["pct_of_plan"]
    pace = kpi(manager, world, "socio_economic.disbursement_pace")
    assert pace.value == pytest.approx(100 * disbursed["pct_of_plan"] / disbursed["expected_pct"])
    assert pace.state in (KpiState.AMBER, KpiState.RED)  # behind the schedule, as usual
    on_pace = sum(r["pct_of_plan"] >= r["expected_pct"] for r in latest.values())
    assert kpi(manager, world, "socio_economic.on_pace").value == on_pace
    assert 0 < on_pace < len(latest)


def fired(manager, world, rule_id):
    rule = manager.domains.rules.get(rule_id)
    return [r for r in world.dataset(rule.dataset)
            if record_matches(r, rule.match) and (rule.condition is None
                                                  or rule.condition(r, NOW))]


def test_rules_fire_on_the_demo_city_where_intended(manager, world):
    crowded = fired(manager, world, "tourism.event_overcrowded")
    assert [e["name"] for e in crowded] == ["Lễ hội Xoài Cao Lãnh"]
    text = manager.domains.rules.get("tourism.event_overcrowded").text(crowded[0])
    assert "Quảng trường Trung tâm" in text and "vượt sức chứa" in text
    full = fired(manager, world, "tourism.rooms_full")
    assert full and all(r["occupancy"] >= 95 for r in full)
    assert len(full) < len(world.domains["tourism_accommodation"]) / 3
    lag = manager.domains.rules.get("socio_economic.disbursement_lag")
    assert lag.kpi == "socio_economic.disbursement_pace" and lag.when is KpiState.AMBER
    assert kpi(manager, world, lag.kpi).state in (KpiState.AMBER, KpiState.RED)


def test_the_map_shows_sites_lodgings_and_the_events_not_yet_over(manager, world):
    ctx = FeatureContext(NOW)
    layers = {i: manager.map_layers.get(i)
              for i in ("tourism.sites", "tourism.accommodation", "tourism.events")}
    sites = [layers["tourism.sites"].feature(f, ctx) for f in world.facilities
             if record_matches(f, layers["tourism.sites"].match)]
    assert len(sites) == 8 and all(s["properties"]["domain"] == "tourism" for s in sites)
    lodgings = [layers["tourism.accommodation"].feature(r, ctx)
                for r in world.domains["tourism_accommodation"]]
    assert all(f and f["geometry"]["type"] == "Point" for f in lodgings)
    events = [layers["tourism.events"].feature(e, ctx) for e in world.domains["tourism_events"]]
    shown = [f for f in events if f]
    assert {f["properties"]["state"] for f in shown} == {"Đang diễn ra", "Sắp diễn ra"}


def test_an_old_count_of_full_rooms_raises_nothing(manager, world):
    rule = manager.domains.rules.get("tourism.rooms_full")
    full = next(r for r in world.domains["tourism_accommodation"] if r["occupancy"] >= 95)
    assert rule.condition(full, NOW)
    assert not rule.condition(full, NOW + timedelta(days=2))  # not counted again since
    assert not rule.condition(dict(full, counted_at=None), NOW)
    assert not rule.condition(dict(full, occupancy=80.0), NOW)
