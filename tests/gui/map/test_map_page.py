"""The map page in a real QtWebEngine: it loads offline, applies deltas by id, reaches Python
on a click and never runs text from outside as code."""

from __future__ import annotations

import json

import pytest
from mapkit import after_commands, js, layer, next_frames, point, wait_js

SETUP = {
    "layers": [layer("cameras"), layer("complaints"), layer("alerts")],
    "labels": {"status": "Status"},
    "options": {},
}


def test_page_loads_offline_with_only_local_requests(open_map, qtbot):
    view = open_map(SETUP)
    assert js(qtbot, view, "typeof L.markerClusterGroup") == "function"
    assert js(qtbot, view, "L.version") == "1.9.4"
    assert js(qtbot, view, "typeof L.heatLayer") == "function"
    assert js(qtbot, view, "window.iocMap.layerIds()") == ["cameras", "complaints", "alerts"]
    seen = view.guard.seen
    assert any(url.endswith("/web/leaflet/leaflet.js") for url in seen)
    assert any(url.endswith("/web/leaflet.markercluster/leaflet.markercluster.js") for url in seen)
    assert [u for u in seen if not u.startswith("app://map/") and not u.startswith("data:")] == []
    assert view.guard.blocked == []


def test_a_delta_adds_moves_and_removes_markers(open_map, qtbot):
    view = open_map(SETUP)
    complaints = [
        point(
            f"c-{i}", 105.60 + i * 0.001, 10.45, kind="complaint", title=f"C{i}", state_class="open"
        )
        for i in range(30)
    ]
    view.push([{"layer": "complaints", "added": complaints, "changed": [], "removed": []}])
    wait_js(qtbot, view, "window.iocMap.count('complaints')", 30)

    moved = point("c-3", 105.7, 10.5, kind="complaint", title="C3", state_class="overdue")
    view.push(
        [
            {
                "layer": "complaints",
                "added": [point("c-99", 105.61, 10.46, kind="complaint", state_class="closed")],
                "changed": [moved],
                "removed": ["c-0", "c-1"],
            }
        ]
    )
    wait_js(qtbot, view, "window.iocMap.count('complaints')", 29)
    assert js(qtbot, view, "window.iocMap.latlng('complaints', 'c-3')") == [10.5, 105.7]
    assert not js(qtbot, view, "window.iocMap.has('complaints', 'c-0')")
    assert js(qtbot, view, "window.iocMap.has('complaints', 'c-99')")
    # the same feature added twice is held once (a snapshot after a delta)
    view.push([{"layer": "complaints", "added": [moved], "changed": [], "removed": []}])
    wait_js(qtbot, view, "window.iocMap.state.deltas", 3)
    assert js(qtbot, view, "window.iocMap.count('complaints')") == 29
    assert js(qtbot, view, "window.iocMap.state.errors") == []


def test_a_real_click_on_a_camera_reaches_python(open_map, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    view = open_map(SETUP)
    camera = point(
        "cam-01",
        105.633,
        10.4599,
        kind="camera",
        name="Cổng chợ",
        status="online",
        direction_deg=90,
        fov_deg=70,
    )
    view.push([{"layer": "cameras", "added": [camera], "changed": [], "removed": []}])
    wait_js(qtbot, view, "window.iocMap.count('cameras')", 1)
    x, y = js(qtbot, view, "window.iocMap.screenPoint('cameras', 'cam-01')")
    target = view.focusProxy()
    with qtbot.waitSignal(view.events.cameraClicked, timeout=10_000) as blocker:
        QTest.mouseMove(target, QPoint(round(x), round(y)))
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert blocker.args == ["cam-01"]
    # the field-of-view wedge is drawn when the direction is known
    assert js(qtbot, view, "window.iocMap.parts('cameras', 'cam-01')") == 2


PAYLOADS = {
    "img": "<img src=x onerror=\"iocReport('img')\">",
    "script": "<script>iocReport('script')</script>",
    "link": '<a href="javascript:iocReport(\'link\')" id="evil">xem</a>',
    "svg": "<svg onload=\"iocReport('svg')\"></svg>",
}


@pytest.mark.parametrize("layer_id", ["complaints", "alerts"])
def test_text_from_outside_is_shown_literally_and_never_runs(open_map, qtbot, layer_id):
    view = open_map(SETUP)
    ran = []
    view.events.executed.connect(ran.append)
    kind = layer_id[:-1]
    features = [
        point(
            f"x-{name}",
            105.62 + i * 0.01,
            10.46,
            kind=kind,
            title=f"{payload} tiêu đề",
            text=f"Nội dung {payload}",
            status="received",
            state_class="overdue",
            ward_name=payload,
            priority=1,
            is_new=True,
        )
        for i, (name, payload) in enumerate(PAYLOADS.items())
    ]
    view.push([{"layer": layer_id, "added": features, "changed": [], "removed": []}])
    wait_js(qtbot, view, f"window.iocMap.count('{layer_id}')", len(PAYLOADS))
    for name, payload in PAYLOADS.items():
        assert js(qtbot, view, f"window.iocMap.clickForTest('{layer_id}', 'x-{name}')")
        text = js(qtbot, view, "window.iocMap.cardText()")
        assert f"{payload} tiêu đề" in text and f"Nội dung {payload}" in text
        # the markup is text: no element came from it
        assert (
            js(
                qtbot,
                view,
                "document.querySelectorAll('.ioc-card img, .ioc-card script, "
                ".ioc-card a, .ioc-card svg').length",
            )
            == 0
        )
    # a click on what looks like a link, had it been one, would run it
    js(qtbot, view, "document.querySelector('.ioc-card__text').click() || true")
    assert js(qtbot, view, "document.querySelectorAll('img[src=x], #evil').length") == 0
    # the check is live: a deliberate call, queued after anything the click queued, arrives
    # alone
    with qtbot.waitSignal(view.events.executed, timeout=10_000):
        js(qtbot, view, "setTimeout(function () { iocReport('control'); }, 0) || true")
    assert ran == ["control"]


def test_markup_that_reached_the_page_by_mistake_would_not_run_either(open_map, qtbot):
    view = open_map(SETUP)
    ran = []
    view.events.executed.connect(ran.append)
    js(
        qtbot,
        view,
        "(window.__violations = []) && document.addEventListener('securitypolicyviolation',"
        " function (e) { window.__violations.push(e.violatedDirective); }) || true",
    )
    markup = (
        '<img src=x onerror="iocReport(1)"><a id=evil href="javascript:iocReport(2)">x</a>'
        "<script>iocReport(3)</script>"
    )
    js(qtbot, view, f"document.body.insertAdjacentHTML('beforeend', {json.dumps(markup)}) || 1")
    js(qtbot, view, "document.getElementById('evil').click() || true")
    wait_js(qtbot, view, "window.__violations.length >= 2")
    with qtbot.waitSignal(view.events.executed, timeout=10_000):
        js(qtbot, view, "setTimeout(function () { iocReport('control'); }, 0) || true")
    assert ran == ["control"]  # the page's Content-Security-Policy refused both


def test_the_density_layer_waits_while_the_map_has_no_size(open_map, qtbot):
    setup = {"layers": [layer("complaints"), layer("heat", visible=True)], "options": {}}
    view = open_map(setup)
    points = [[10.45 + i * 0.001, 105.62, 1.0] for i in range(50)]
    box = "document.querySelector('.folium-map').style"
    # a map in a tab behind another panel, never shown yet: no size
    js(qtbot, view, f"({box}.height = '0px') && window.iocMap.leaflet().invalidateSize() && 1")
    wait_js(qtbot, view, "window.iocMap.leaflet().getSize().y", 0)
    view.command("heat", points=points)
    wait_js(qtbot, view, "window.iocMap.state.heatPoints", 50)
    next_frames(qtbot, view)  # a redraw it would have tried has run
    js(qtbot, view, f"({box}.height = '100%') && window.iocMap.leaflet().invalidateSize() && 1")
    wait_js(qtbot, view, "window.iocMap.leaflet().getSize().y > 0")
    painted = (
        "(function () { var c = document.querySelector('canvas.leaflet-heatmap-layer');"
        " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { return true; } }"
        " return false; })()"
    )
    wait_js(qtbot, view, painted)
    assert js(qtbot, view, "window.iocMap.state.errors") == []


def test_the_selected_item_stays_ringed_and_its_details_follow_its_changes(open_map, qtbot):
    """Selected in another panel, then acted on (its state changes): the map keeps it ringed
    where it now is and its open details show the change."""
    view = open_map({"layers": [layer("alerts"), layer("complaints")], "options": {}})

    def alert(state: str, lon: float) -> dict:
        return point("a-1", lon, 10.46, kind="alert", title="Ngập", state=state, priority=2)

    empty = {"added": [], "changed": [], "removed": []}
    view.push([{"layer": "alerts", **empty, "added": [alert("new", 105.63)]}])
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 1)
    view.command("focus", layer="alerts", id="a-1")
    wait_js(qtbot, view, "window.iocMap.highlighted()", "alerts/a-1")
    assert "new" in js(qtbot, view, "window.iocMap.cardText()")

    view.push([{"layer": "alerts", **empty, "changed": [alert("acknowledged", 105.64)]}])
    wait_js(qtbot, view, "window.iocMap.state.deltas", 2)
    assert js(qtbot, view, "window.iocMap.highlighted()") == "alerts/a-1"
    ring = "window.iocMap.leaflet().getPane('ioc-highlight').querySelectorAll('path').length"
    assert js(qtbot, view, ring) == 1
    assert "acknowledged" in js(qtbot, view, "window.iocMap.cardText()")

    view.push([{"layer": "alerts", **empty, "removed": ["a-1"]}])  # gone: ring and details go
    wait_js(qtbot, view, "window.iocMap.highlighted()", None)
    assert js(qtbot, view, ring) == 0
    wait_js(qtbot, view, "window.iocMap.cardText()", None)  # after its fade


def test_a_long_title_wraps_inside_its_details_clear_of_the_close_button(open_map, qtbot):
    view = open_map({"layers": [layer("alerts")], "options": {}})
    title = "Tai nạn giao thông trên Quốc lộ 30 " + "Ư" * 80  # a word too long for a line
    feature = point("a-1", 105.63, 10.46, kind="alert", title=title, priority=1)
    view.push([{"layer": "alerts", "added": [feature], "changed": [], "removed": []}])
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 1)
    view.command("focus", layer="alerts", id="a-1")
    wait_js(qtbot, view, "window.iocMap.cardText() !== null")
    fits = """(function () {
        var title = document.querySelector('.leaflet-popup .ioc-card__title');
        var close = document.querySelector('.leaflet-popup-close-button').getBoundingClientRect();
        var card = document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect();
        var range = document.createRange();
        range.selectNodeContents(title);
        var lines = Array.prototype.slice.call(range.getClientRects());
        return lines.every(function (r) { return r.right <= card.right; }) &&
          lines.every(function (r) { return r.bottom <= close.top || r.right <= close.left ||
                                            r.top >= close.bottom; }); })()"""
    assert js(qtbot, view, fits)


def test_a_map_without_size_fits_the_ward_once_it_is_shown(open_map, qtbot):
    view = open_map(
        {"layers": [layer("units")], "options": {}, "view": {"center": [10.46, 105.63], "zoom": 12}}
    )
    box = "document.querySelector('.folium-map').style"
    js(qtbot, view, f"({box}.height = '0px') && window.iocMap.leaflet().invalidateSize() && 1")
    wait_js(qtbot, view, "window.iocMap.leaflet().getSize().y", 0)
    ring = [[105.64, 10.47], [105.66, 10.47], [105.66, 10.49], [105.64, 10.49], [105.64, 10.47]]
    ward = {
        "type": "Feature",
        "id": "u-1",
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {"kind": "unit", "name": "Phường Mỹ Trà"},
    }
    view.push([{"layer": "units", "added": [ward], "changed": [], "removed": []}])
    wait_js(qtbot, view, "window.iocMap.count('units')", 1)
    view.command("fit", layer="units")
    after_commands(qtbot, view)
    assert js(qtbot, view, "window.iocMap.view()[2]") == 12  # nothing to fit into yet
    for height in ("40px", "100%"):  # shown, its dock then given its room
        js(qtbot, view, f"({box}.height = '{height}') && window.iocMap.leaflet().invalidateSize()")
    inside = "window.iocMap.leaflet().getBounds().contains([[10.47, 105.64], [10.49, 105.66]])"
    wait_js(qtbot, view, f"window.iocMap.view()[2] > 13 && {inside}")


def test_a_plugin_style_the_page_cannot_use_falls_back_to_the_default_badge(open_map, qtbot):
    layers = [
        layer("p.bad_hex", "facility", color="#12345", symbol="a🏥x"),
        layer("p.bad_name", "facility", color="notacolour", symbol="🏥"),
        layer("p.good", "facility", color="#0969da", symbol="✚"),
    ]
    view = open_map({"layers": layers, "options": {}})
    for n, spec in enumerate(layers):
        feature = point(f"f-{n}", 105.63 + n / 100, 10.46, kind="facility", name="Trạm")
        view.push([{"layer": spec["id"], "added": [feature], "changed": [], "removed": []}])
    wait_js(qtbot, view, "document.querySelectorAll('.ioc-facility__symbol').length", 3)
    badges = js(
        qtbot,
        view,
        "Array.prototype.map.call(document.querySelectorAll('.ioc-facility__symbol'),"
        " function (b) { return [b.textContent, getComputedStyle(b).backgroundColor]; })",
    )
    assert badges == [
        ["a🏥", "rgb(108, 92, 231)"],  # two letters, never half of one; the default colour
        ["🏥", "rgb(108, 92, 231)"],
        ["✚", "rgb(9, 105, 218)"],
    ]


def test_an_item_selected_before_it_reaches_the_map_is_ringed_when_it_arrives(open_map, qtbot):
    """Selected in the alert queue the moment it was synced, before the map had it: the map
    rings it when it arrives instead of ignoring the selection."""
    view = open_map({"layers": [layer("alerts")], "options": {}})
    empty = {"added": [], "changed": [], "removed": []}
    view.push([{"layer": "alerts", **empty, "added": [point("a-0", 105.62, 10.45, kind="alert",
                                                         title="Cũ", priority=3)]}])
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 1)
    view.command("focus", layer="alerts", id="a-0")
    wait_js(qtbot, view, "window.iocMap.highlighted()", "alerts/a-0")
    view.command("focus", layer="alerts", id="a-1")
    wait_js(qtbot, view, "window.iocMap.state.lastFocus", False)
    assert js(qtbot, view, "window.iocMap.highlighted()") is None  # a-0 is no longer selected
    feature = point("a-1", 105.63, 10.46, kind="alert", title="Ngập", state="new", priority=2)
    view.push([{"layer": "alerts", **empty, "added": [feature]}])
    wait_js(qtbot, view, "window.iocMap.highlighted()", "alerts/a-1")
    assert "Ngập" in js(qtbot, view, "window.iocMap.cardText()")

    # a selection still on its way gives way to the operator's own click meanwhile
    view.command("focus", layer="alerts", id="a-2")
    wait_js(qtbot, view, "window.iocMap.state.lastFocus", False)
    assert js(qtbot, view, "window.iocMap.clickForTest('alerts', 'a-0')")
    later = point("a-2", 105.64, 10.47, kind="alert", title="Cháy", state="new", priority=1)
    view.push([{"layer": "alerts", **empty, "added": [later]}])
    wait_js(qtbot, view, "window.iocMap.count('alerts')", 3)
    assert js(qtbot, view, "window.iocMap.highlighted()") != "alerts/a-2"
    assert "Cháy" not in (js(qtbot, view, "window.iocMap.cardText()") or "")
