"""Cache changes reach the map page in batches: however many arrive at once, one push."""

from __future__ import annotations

from datetime import timedelta

from mapkit import js, layer, point, wait_js

from ioc_console.core.clock import city_now
from ioc_console.core.geo.features import FeatureContext, complaint_feature
from ioc_console.core.geo.layers import MapLayerRegistry


def test_a_burst_of_cache_changes_is_one_push(qtbot, cache):
    from ioc_console.demo.data import build_world
    from ioc_console.gui.map.feed import FeedPump

    complaints = build_world(seed=5, complaints=300).complaints
    cache.apply_items("complaints", complaints[:100]).result()
    pump = FeedPump(cache, MapLayerRegistry())
    batches = []
    pump.deltasReady.connect(batches.append)
    (snapshot,) = [d for d in pump.snapshot(["complaints"]) if d["layer"] == "complaints"]
    assert len(snapshot["added"]) == 100
    stamp = (city_now() + timedelta(minutes=1)).isoformat()
    for item in complaints[100:300]:  # two hundred writes, each announced on its own
        cache.apply_items("complaints", [dict(item, updated_at=stamp)])
    cache.writer.submit(lambda c: None).result()
    qtbot.waitUntil(lambda: bool(batches), timeout=10_000)
    assert not pump._timer.isActive()  # nothing is pending: no second batch comes
    assert pump.pushes == 1 and len(batches) == 1
    (delta,) = batches[0]
    ctx = FeatureContext(city_now())
    placed = [c["id"] for c in complaints[100:300] if complaint_feature(c, ctx)]
    assert delta["layer"] == "complaints" and len(placed) > 150  # some have no place
    assert sorted(f["id"] for f in delta["added"]) == sorted(placed)
    pump.deleteLater()


def test_a_new_urgent_alert_centres_the_map_when_asked(open_map, qtbot):
    setup = {"layers": [layer("alerts")], "options": {"autoCentre": False}}
    view = open_map(setup | {"view": {"center": [10.46, 105.63], "zoom": 14}})

    def alert(fid, lon, lat, priority):
        return point(fid, lon, lat, kind="alert", title=fid, priority=priority, is_new=True)

    view.push(
        [
            {
                "layer": "alerts",
                "added": [alert("a-1", 105.70, 10.50, 1)],
                "changed": [],
                "removed": [],
            }
        ]
    )
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 1)
    lat, lon, _ = js(qtbot, view, "window.iocMap.view()")
    assert abs(lat - 10.46) < 1e-3 and abs(lon - 105.63) < 1e-3  # off: the map stays
    assert js(qtbot, view, "document.querySelectorAll('.ioc-alert--new').length") == 1

    view.command("options", autoCentre=True)
    view.push(
        [
            {
                "layer": "alerts",
                "added": [alert("a-3", 105.60, 10.40, 3)],
                "changed": [],
                "removed": [],
            }
        ]
    )
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 2)
    lat, lon, _ = js(qtbot, view, "window.iocMap.view()")
    assert abs(lat - 10.46) < 1e-3  # priority 3 is not urgent
    view.push(
        [
            {
                "layer": "alerts",
                "added": [alert("a-2", 105.66, 10.44, 2)],
                "changed": [],
                "removed": [],
            }
        ]
    )
    qtbot.waitUntil(
        lambda: abs(js(qtbot, view, "window.iocMap.view()")[0] - 10.44) < 1e-3, timeout=10_000
    )


def test_only_an_alert_that_arrives_centres_the_map_not_the_map_s_filling(open_map, qtbot):
    """The page loading its alerts (start, reload after a crash, language) or an update to an
    alert it shows keeps the operator's view; a new urgent alert arriving moves it."""
    setup = {"layers": [layer("alerts")], "options": {"autoCentre": True}}
    view = open_map(setup | {"view": {"center": [10.46, 105.63], "zoom": 14}})

    def push(key: str, fid: str, lat: float, title: str) -> None:
        feature = point(fid, 105.70, lat, kind="alert", title=title, priority=1, is_new=True)
        empty = {"added": [], "changed": [], "removed": []}
        view.push([{"layer": "alerts", **empty, key: [feature]}])

    def centre_lat() -> float:
        return js(qtbot, view, "window.iocMap.view()")[0]

    push("added", "a-1", 10.50, "first")  # what the cache held when the page loaded
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 1)
    push("changed", "a-1", 10.50, "first, commented")
    wait_js(qtbot, view, "window.iocMap.state.deltas", 2)
    assert abs(centre_lat() - 10.46) < 1e-3
    push("added", "a-2", 10.40, "second")
    qtbot.waitUntil(lambda: abs(centre_lat() - 10.40) < 1e-3, timeout=10_000)
