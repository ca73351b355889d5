"""The security and traffic-safety dashboards in a console on the embedded demo backend: the
tiles show the figures computed here from the backend's own records, the charts and lists have
the records, and the plugins' rules put their alerts into the queue."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from ioc_console.core.clock import city_today
from ioc_console.core.intents import ShowCamera, ShowPlace

WAIT_MS = 60_000
FEEDS = ("security_incidents", "security_patrol_points", "traffic_accidents",
         "traffic_violations", "traffic_congestion")


@pytest.fixture
def console(start_console, qtbot):
    """A console on the embedded demo backend, with every plugin feed read into its cache."""
    console = start_console("--lang", "en", link=True)
    cache = console.services.cache

    def synced() -> bool:
        demo = console.link.demo
        if demo is None:
            return False
        for name in FEEDS:
            status = cache.dataset_status(name)
            if status is None or status.rows != len(demo.store.items(name)):
                return False
        return True

    qtbot.waitUntil(synced, timeout=WAIT_MS)
    return console


def open_dashboard(console, qtbot, panel_id: str):
    from ioc_console.gui.domains.dashboard import DashboardPanel

    dock = console.wm.open_panel(panel_id)
    assert dock is not None, panel_id
    panel = dock.widget()
    if not isinstance(panel, DashboardPanel):
        panel = panel.findChild(DashboardPanel)
    qtbot.waitUntil(lambda: panel.data is not None, timeout=WAIT_MS)
    return panel


def wait_for_tiles(panel, qtbot, expected: dict[str, tuple[float, str, int]]) -> None:
    from ioc_console.gui.domains.formats import format_kpi

    texts = {k: format_kpi(v, unit, decimals) for k, (v, unit, decimals) in expected.items()}

    def shown() -> bool:
        return all(panel.tiles[k].value.text() == text for k, text in texts.items())

    try:
        qtbot.waitUntil(shown, timeout=WAIT_MS)
    except AssertionError:
        got = {k: panel.tiles[k].value.text() for k in texts}
        raise AssertionError(f"tiles {got} != {texts}") from None


def alert_types(console) -> set[str]:
    return {a.get("type") for a in console.services.cache.items("alerts")}



def test_the_security_dashboard_shows_the_demo_citys_figures(console, qtbot):
    store = console.link.demo.store
    incidents = store.items("security_incidents")
    patrols = store.items("security_patrol_points")
    today = city_today()
    month = [i for i in incidents if i["date"] >= (today - timedelta(days=29)).isoformat()]
    week = [i for i in incidents if i["date"] >= (today - timedelta(days=6)).isoformat()]
    wards = Counter(i["ward"] for i in incidents if i["date"] == today.isoformat())
    panel = open_dashboard(console, qtbot, "security.dashboard")
    wait_for_tiles(panel, qtbot, {
        "security.incidents_7d": (len(week), "vụ", 0),
        "security.incidents_30d": (len(month), "vụ", 0),
        "security.handled_share": (
            100 * sum(i["state"] == "đã xử lý" for i in month) / len(month), "%", 1),
        "security.patrol_coverage": (
            100 * sum(p["done_today"] for p in patrols) / sum(p["due_now"] for p in patrols),
            "%", 1),
        "security.busiest_ward_today": (max(wards.values()), "vụ", 0),
    })
    by_type = panel.data.charts[0]
    assert by_type.keys[0] == "Trộm cắp tài sản"
    assert sum(by_type.series[0]) == len(month)
    assert len(panel.records.model.rows) == len(incidents)
    qtbot.waitUntil(
        lambda: {"security_incident_cluster", "security_patrol_overdue"} <= alert_types(console),
        timeout=WAIT_MS,
    )


def test_the_traffic_dashboard_shows_the_demo_citys_figures(console, qtbot):
    store = console.link.demo.store
    accidents = store.items("traffic_accidents")
    today = city_today()

    def totals(first: date, last: date) -> tuple[int, int]:
        rows = [a for a in accidents if first.isoformat() <= a["date"] <= last.isoformat()]
        return len(rows), sum(a["deaths"] for a in rows)

    month = totals(today.replace(day=1), today)
    now, before = totals(date(today.year, 1, 1), today), totals(
        date(today.year - 1, 1, 1), today.replace(year=today.year - 1))
    cameras = store.items("cameras")
    jams = [p for p in store.items("traffic_congestion") if p["level"] >= 2]
    panel = open_dashboard(console, qtbot, "traffic.dashboard")
    wait_for_tiles(panel, qtbot, {
        "traffic.accidents_month": (month[0], "vụ", 0),
        "traffic.deaths_month": (month[1], "người", 0),
        "traffic.accidents_change": (100 * (now[0] - before[0]) / before[0], "%", 1),
        "traffic.deaths_change": (100 * (now[1] - before[1]) / before[1], "%", 1),
        "traffic.cameras_online": (
            100 * sum(c["status"] == "online" for c in cameras) / len(cameras), "%", 1),
        "traffic.congested_now": (len(jams), "điểm", 0),
    })
    violations = store.items("traffic_violations")
    assert len(panel.records.model.rows) == min(500, len(violations))
    newest = max(violations, key=lambda v: v["detected_at"])
    assert panel.records.model.rows[0].id == newest["id"]
    posted = []
    console.services.intents.handle(ShowCamera, posted.append)
    panel.records.select_id(newest["id"])
    button = next(b for b in panel.records.action_buttons if b.text() == "Open the camera")
    button.click()
    assert [p.camera_id for p in posted] == [newest["camera_id"]]
    places = []
    console.services.intents.handle(ShowPlace, places.append)
    panel.records.map_button.click()
    assert [(p.lon, p.lat) for p in places] == [(newest["lon"], newest["lat"])]
    qtbot.waitUntil(
        lambda: {"traffic_congestion_jam", "traffic_fatal_accident"} <= alert_types(console),
        timeout=WAIT_MS,
    )
