"""The tourism and socio-economic dashboards in a running console whose cache the sync engine
filled from the demo backend: the tiles show the figures reckoned here from the demo city's
records, the charts have their points and the lists their records."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

import pytest

from ioc_console.core.clock import city_today
from ioc_console.core.sync.link import BackendTarget, build_engine
from ioc_console.demo.data import build_world


@pytest.fixture(scope="module")
def world():
    return build_world(7, None, complaints=200)  # today's city: the KPIs read today's calendar


@pytest.fixture
def synced(console, world):
    """The console with its cache read from the demo backend (the plugins' feeds too)."""
    from ioc_console.demo.backend import DemoBackend

    demo = DemoBackend(rate=0, heartbeat_s=1.0, world=world)
    demo.start()
    engine = build_engine(console.services.cache,
                          BackendTarget(demo.url, "operator", "operator-demo", timeout_s=5.0))
    try:
        engine.login()
        results = {r.name: r for r in engine.pull_all()}
        for name in ("tourism_visits", "tourism_accommodation", "tourism_events",
                     "socio_indicators"):
            assert results[name].error is None and results[name].rows > 0, results[name]
        console.services.start_domains()  # what the link starts in a connected console
        yield console
    finally:
        console.services.stop_domains()
        engine.stop()
        demo.stop()


def open_dashboard(console, qtbot, panel_id):
    from ioc_console.gui.domains.dashboard import DashboardPanel

    dashboard = console.services.domains.dashboards.get(panel_id)
    panel = DashboardPanel(console.services, dashboard)
    qtbot.addWidget(panel)
    panel.resize(1366, 900)
    panel.show()
    qtbot.waitUntil(lambda: panel.data is not None and not panel.data.charts[0].empty,
                    timeout=15_000)
    return panel


def wait_for_tiles(panel, expected, qtbot):
    def shown() -> None:
        assert {k: panel.tiles[k].value.text() for k in expected} == expected

    qtbot.waitUntil(shown, timeout=15_000)


def tile_texts(console, expected):
    from ioc_console.gui.domains.formats import format_kpi

    kpis = console.services.domains.kpis
    return {k: format_kpi(v, kpis.get(k).unit, kpis.get(k).decimals) for k, v in expected.items()}


def test_the_tourism_dashboard_shows_the_demo_citys_figures(synced, world, qtbot):
    panel = open_dashboard(synced, qtbot, "tourism.dashboard")
    visits = world.domains["tourism_visits"]
    per_day, plan = defaultdict(int), defaultdict(int)
    for v in visits:
        per_day[v["date"]] += v["visitors"]
        plan[v["date"]] += v["plan"]
    days = sorted(per_day)
    window = days[-30:]
    rooms = world.domains["tourism_accommodation"]
    today = city_today()
    monday = today - timedelta(days=today.weekday())
    events = world.domains["tourism_events"]
    expected = tile_texts(synced, {
        "tourism.visitors_yesterday": per_day[days[-1]],
        "tourism.visitors_vs_plan": 100 * sum(per_day[d] for d in window)
        / sum(plan[d] for d in window),
        "tourism.room_occupancy": 100 * sum(r["occupied"] for r in rooms)
        / sum(r["rooms"] for r in rooms),
        "tourism.revenue_month": sum(v["revenue"] for v in visits
                                     if v["date"][:7] == days[-1][:7]) / 1000,
        "tourism.events_week": sum(1 for e in events if e["start"][:10]
                                   <= (monday + timedelta(days=6)).isoformat()
                                   and e["end"][:10] >= monday.isoformat()),
    })
    wait_for_tiles(panel, expected, qtbot)
    line = panel.data.charts[0]
    assert line.series[0][-1] == per_day[days[-1]]  # visitors of the last day on the line
    assert panel.records.model.rowCount() == len(events)


def test_the_socio_economic_dashboard_shows_the_last_reported_month(synced, world, qtbot):
    panel = open_dashboard(synced, qtbot, "socio_economic.dashboard")
    latest = {r["indicator"]: r for r in world.domains["socio_indicators"] if r["latest"]}
    budget, disbursed = latest["budget_revenue"], latest["public_investment"]
    expected = tile_texts(synced, {
        "socio_economic.grdp_growth": latest["grdp_growth"]["cumulative"],
        "socio_economic.budget_revenue": budget["pct_of_plan"],
        "socio_economic.budget_pace": 100 * budget["pct_of_plan"] / budget["expected_pct"],
        "socio_economic.disbursement": disbursed["pct_of_plan"],
        "socio_economic.disbursement_pace": 100 * disbursed["pct_of_plan"]
        / disbursed["expected_pct"],
    })
    wait_for_tiles(panel, expected, qtbot)
    against_plan = panel.data.charts[0]
    months = sorted((r for r in world.domains["socio_indicators"]
                     if r["indicator"] == "budget_revenue"), key=lambda r: r["month"])
    assert list(against_plan.series[0]) == [r["cumulative"] for r in months]
    assert list(against_plan.series[1]) == [r["plan_to_date"] for r in months]
    assert panel.records.model.rowCount() == len(latest)


def test_the_rules_raise_their_alerts_into_the_queue_on_the_demo_city(synced, world, qtbot):
    from ioc_console.core.plugins.context import CachedData

    data = CachedData(synced.services.cache)

    def raised() -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for alert in data.records("alerts", {"origin": "rule"}):
            out.setdefault(alert["type"], []).append(alert)
        return out

    full = [r for r in world.domains["tourism_accommodation"] if r["occupancy"] >= 95]
    crowded = [e for e in world.domains["tourism_events"]
               if e["state"] == "ongoing" and e["visitors_now"] > e["capacity"]]
    wanted = {"tourism_rooms_full": len(full), "tourism_crowd": len(crowded),
              "socio_disbursement_lag": 1}

    def all_raised() -> None:
        assert {k: len(raised().get(k, [])) for k in wanted} == wanted

    qtbot.waitUntil(all_raised, timeout=20_000)
    crowd = raised()["tourism_crowd"][0]
    assert crowd["priority"] == 1 and crowded[0]["name"] in crowd["description"]
    assert {a["rule"] for a in raised()["tourism_rooms_full"]} == {"tourism.rooms_full"}
