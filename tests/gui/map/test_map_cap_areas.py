"""A CAP alert on the map: its polygons and circles drawn under its marker, from the alert
record's ``cap`` message as the core reads it."""

from __future__ import annotations

from datetime import datetime, timedelta

from cap_samples import CITY_SQUARE, HANOI_SQUARE, area, info, message
from mapkit import js, layer, wait_js

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.geo.features import FeatureContext, alert_feature

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)
SETUP = {"layers": [layer("alerts")], "labels": {}, "options": {}}
AREAS = ("Object.values(window.iocMap.leaflet()._layers).filter(function (l) {"
         " return l instanceof L.Path && l.options.pane === 'ioc-alert-areas'; })")


def _cap_row(areas: tuple[str, ...]) -> dict:
    cap = message("m1", NOW, (info("Mưa lớn", expires=NOW + timedelta(hours=3), areas=areas),))
    return {"id": "a-1", "priority": 2, "type": "cap_warning", "title": "Mưa lớn",
            "state": "new", "cap": cap, "lat": None, "lon": None}


def test_a_cap_alert_draws_its_city_areas_and_leaves_far_ones_out(open_map, qtbot):
    row = _cap_row((area("Cao Lãnh", CITY_SQUARE), area("Cao Lãnh", circle=(10.45, 105.63, 1.5)),
                    area("Hà Nội", HANOI_SQUARE)))
    feature = alert_feature(row, FeatureContext(NOW))
    assert feature is not None
    assert [a["type"] for a in feature["areas"]] == ["Polygon", "Circle"]  # Hà Nội left out
    lon, lat = feature["geometry"]["coordinates"]  # no position of its own: its first area's
    assert 105.62 <= lon <= 105.65 and 10.44 <= lat <= 10.47

    view = open_map(SETUP)
    view.push([{"layer": "alerts", "added": [feature], "changed": [], "removed": []}])
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 1)
    assert js(qtbot, view, "window.iocMap.parts('alerts', 'a-1')") == 3
    assert js(qtbot, view, AREAS + ".map(function (l) { return l instanceof L.Circle; })") in (
        [False, True], [True, False])
    # the areas lie under the markers and take no clicks
    assert js(qtbot, view, "window.iocMap.topmost('alerts', 'a-1')") is True

    changed = dict(feature, areas=[{"type": "Circle", "center": ["x", None], "radius_m": -1},
                                   "not a shape", {"type": "Polygon", "coordinates": "bad"}])
    view.push([{"layer": "alerts", "added": [], "changed": [changed], "removed": []}])
    wait_js(qtbot, view, "window.iocMap.state.deltas", 2)
    assert js(qtbot, view, "window.iocMap.parts('alerts', 'a-1')") == 1
    view.push([{"layer": "alerts", "added": [], "changed": [], "removed": ["a-1"]}])
    wait_js(qtbot, view, AREAS + ".length", 0)
    assert js(qtbot, view, "window.iocMap.state.errors") == []
