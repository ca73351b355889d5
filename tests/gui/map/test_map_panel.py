"""The Map panel in a running console on the demo backend: it shows what the cache holds,
follows its changes live, links to the other panels and keeps its state."""

from __future__ import annotations

import json
import os
import signal
from datetime import date

import pytest
from mapkit import LOAD_MS, js, next_frames, toggle_layer, wait_js
from window_size import set_window_size

from ioc_console.core.geo.features import FeatureContext, layer_features
from ioc_console.core.intents import SelectItem, ShowCamera
from ioc_console.core.status import ConnectionState
from ioc_console.core.store.datasets import DATASETS, all_datasets

OWN = {d.name for d in DATASETS}  # the console's own datasets


def feature_layers(console) -> list[str]:
    """Every layer built from features: the console's and the plugins' (facilities)."""
    return [spec.id for spec in console.services.map_layers if spec.feature is not None]


def expected_counts(console, as_of=None) -> dict[str, int]:
    cache = console.services.cache
    ctx = FeatureContext.from_cache(cache, as_of=as_of)
    layers = console.services.map_layers
    return {
        layer_id: len(layer_features(layers.get(layer_id), cache, ctx))
        for layer_id in feature_layers(console)
    }


def page_counts(qtbot, panel) -> dict[str, int]:
    ids = json.dumps(feature_layers_of(panel))
    count = "(function (ids) { var out = {}; ids.forEach(function (id) {"
    count += " out[id] = window.iocMap.count(id); }); return out; })"
    return js(qtbot, panel.view, f"{count}({ids})")


def feature_layers_of(panel) -> list[str]:
    return [spec.id for spec in panel.layers if spec.feature is not None]


def online_map(start_console, qtbot, *argv: str, profile=None):
    console = start_console("--lang", "en", *argv, profile=profile, link=True)
    status = console.services.status
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=30_000)
    # every dataset read once: the console's own hold rows (a plugin's feed may have none in
    # a ward)
    qtbot.waitUntil(lambda: len(status.datasets) == len(all_datasets()), timeout=30_000)
    qtbot.waitUntil(lambda: all(d.refreshed_at for d in status.datasets), timeout=30_000)
    qtbot.waitUntil(lambda: all(d.rows > 0 for d in status.datasets if d.name in OWN),
                    timeout=30_000)
    dock = console.wm.docks["map"]
    dock.toggleView(True)
    dock.setAsCurrentTab()
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    return console, panel


def test_the_map_shows_the_cache_and_follows_it_live(start_console, qtbot):
    console, panel = online_map(start_console, qtbot)
    qtbot.waitUntil(lambda: page_counts(qtbot, panel) == expected_counts(console), timeout=30_000)
    counts = page_counts(qtbot, panel)
    assert counts["cameras"] > 10 and counts["complaints"] > 500 and counts["units"] >= 3
    facilities = [i for i in counts if "." in i]  # the City facilities plugin's layers
    assert facilities and sum(counts[i] for i in facilities) > 10
    assert sorted(js(qtbot, panel.view, "window.iocMap.layerIds()")) == sorted(
        spec.id for spec in console.services.map_layers
    )
    demo = console.link.demo
    before = panel.pump.pushes
    for _ in range(15):
        demo.emit_event()
    qtbot.waitUntil(lambda: panel.pump.pushes > before, timeout=30_000)
    qtbot.waitUntil(lambda: page_counts(qtbot, panel) == expected_counts(console), timeout=30_000)
    assert js(qtbot, panel.view, "window.iocMap.state.errors") == []
    assert panel.executions == []


def test_clicks_reach_the_other_panels_and_their_selection_reaches_the_map(start_console, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    console, panel = online_map(start_console, qtbot)
    intents = console.services.intents
    shown, selected = [], []
    remove = [
        intents.handle(ShowCamera, lambda i: shown.append(i) and False),  # only looks
        intents.handle(SelectItem, lambda i: selected.append(i) or False),
    ]
    try:
        wait_js(qtbot, panel.view, "window.iocMap.count('cameras') > 0")
        wall = console.wm.docks["video_wall"].widget()
        on_wall = lambda: {t.camera_id for t in wall.tiles}  # noqa: E731
        # a camera not on the wall yet, that no other marker covers
        for record in console.services.cache.items("cameras"):
            camera = record["id"]
            if camera in on_wall():
                continue
            panel.view.command("focus", layer="cameras", id=camera)
            wait_js(qtbot, panel.view, "window.iocMap.highlighted()", f"cameras/{camera}")
            next_frames(qtbot, panel.view)  # the map is drawn where it moved
            if js(qtbot, panel.view, f"window.iocMap.topmost('cameras', '{camera}')"):
                break
        else:
            raise AssertionError("every camera is on the wall or covered")
        x, y = js(qtbot, panel.view, f"window.iocMap.screenPoint('cameras', '{camera}')")
        where = QPoint(round(x), round(y))
        QTest.mouseMove(panel.view.focusProxy(), where)
        QTest.mouseClick(panel.view.focusProxy(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        assert shown[0].camera_id == camera and shown[0].source == panel.instance_id
        qtbot.waitUntil(lambda: camera in on_wall(), timeout=10_000)  # the wall plays it

        complaint = console.services.cache.items("complaints")[0]
        assert js(
            qtbot, panel.view, f"window.iocMap.clickForTest('complaints', '{complaint['id']}')"
        )
        qtbot.waitUntil(lambda: bool(selected), timeout=10_000)
        assert selected[0] == SelectItem("complaints", complaint["id"], panel.instance_id)
        assert complaint["description"][:20] in js(qtbot, panel.view, "window.iocMap.cardText()")

        # selected in another panel: the map pans to it, rings it and shows its details
        alert = console.services.cache.items("alerts")[-1]
        complaint = console.services.cache.items("complaints")[-1]
        titles = {"alerts": alert["title"], "complaints": complaint["service_name"]}
        for layer_id, item in (("alerts", alert), ("complaints", complaint)):
            intents.post(SelectItem(layer_id, item["id"], source=f"{layer_id}_panel"))
            wait_js(qtbot, panel.view, "window.iocMap.highlighted()", f"{layer_id}/{item['id']}")
            lat, lon, _zoom = js(qtbot, panel.view, "window.iocMap.view()")
            i_lat, i_lon = js(
                qtbot, panel.view, f"window.iocMap.latlng('{layer_id}', '{item['id']}')"
            )
            assert abs(lat - i_lat) < 0.005 and abs(lon - i_lon) < 0.005
            assert titles[layer_id] in js(qtbot, panel.view, "window.iocMap.cardText()")
    finally:
        for call in remove:
            call()


def test_a_killed_renderer_is_recovered_with_its_layers(start_console, qtbot):
    console, panel = online_map(start_console, qtbot)
    qtbot.waitUntil(lambda: page_counts(qtbot, panel) == expected_counts(console), timeout=30_000)
    counts = page_counts(qtbot, panel)
    pid = panel.view.page().renderProcessPid()
    assert pid > 0
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not panel.view.ready, timeout=10_000)
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    assert panel.view.page().renderProcessPid() not in (0, pid)
    # what the cache holds now: it may have changed meanwhile (a rule's alert, a live event)
    qtbot.waitUntil(lambda: page_counts(qtbot, panel) == expected_counts(console), timeout=30_000)
    assert all(page_counts(qtbot, panel)[layer] > 0 for layer, n in counts.items() if n)
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert any("map" in text.lower() and "reloaded" in text for text in notices), notices


def test_centre_zoom_and_layers_are_part_of_the_layout(start_console, qtbot):
    from ioc_console.gui.map.panel import MapPanel

    console, panel = online_map(start_console, qtbot)
    toggle_layer(qtbot, panel.view, "Alerts")
    toggle_layer(qtbot, panel.view, "Complaint density")
    qtbot.waitUntil(lambda: panel.visible is not None and "heat" in panel.visible, timeout=10_000)
    assert "alerts" not in panel.visible
    js(qtbot, panel.view, "window.iocMap.leaflet().setView([10.47, 105.65], 15) && true")
    qtbot.waitUntil(lambda: panel.zoom == 15, timeout=10_000)
    wait_js(qtbot, panel.view, "window.iocMap.state.heatPoints > 0")
    state = panel.save_state()
    assert state["zoom"] == 15 and abs(state["centre"][0] - 10.47) < 1e-4
    assert abs(state["centre"][1] - 105.65) < 1e-4

    # the layout's saved state opens a new map panel just as it was
    again = MapPanel(console.services, "map")
    again.restore_state(state)
    again.resize(800, 600)
    again.show()
    qtbot.waitUntil(lambda: again.view.ready, timeout=LOAD_MS)
    wait_js(qtbot, again.view, "window.iocMap.view()[2]", 15)
    lat, lon, _zoom = js(qtbot, again.view, "window.iocMap.view()")
    assert abs(lat - 10.47) < 1e-4 and abs(lon - 105.65) < 1e-4
    assert sorted(js(qtbot, again.view, "window.iocMap.visible()")) == sorted(panel.visible)
    assert again.save_state() == state
    again.close()
    again.deleteLater()

    # a damaged layout: what can be read is kept, the rest stays as it was
    again = MapPanel(console.services, "map")
    again.restore_state(state | {"centre": ["10.47", None], "zoom": True})
    assert again.save_state() == state | {"centre": [10.4599, 105.633], "zoom": 13}
    again.restore_state({"centre": [float("nan"), 105.6], "zoom": float("nan"), "layers": ["x"]})
    assert again.save_state()["centre"] == [10.4599, 105.633]
    assert again.save_state()["zoom"] == 13 and again.save_state()["layers"] == ["x"]
    again.deleteLater()


@pytest.mark.parametrize("size", [(1280, 800), (1600, 900)], ids=lambda s: "x".join(map(str, s)))
def test_a_ward_clerk_s_map_shows_the_ward_s_data_on_the_ward(
    start_console, backend, tmp_path, qtbot, monkeypatch, size
):
    from ioc_console.core.config.profile import load_profile

    (tmp_path / "site.toml").write_text(
        f'[backend]\nurl = "{backend.url}"\ntimeout_s = 2\n[scope]\nward = "29888"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("IOC_CONSOLE_PASSWORD", "clerk.mytra-demo")
    profile = load_profile(tmp_path / "site.toml")
    console, panel = online_map(start_console, qtbot, "--user", "clerk.mytra", profile=profile)
    set_window_size(qtbot, console.wm.main_window, *size)  # the clerk's monitor
    qtbot.waitUntil(lambda: page_counts(qtbot, panel) == expected_counts(console), timeout=30_000)
    assert page_counts(qtbot, panel)["units"] == 1  # only the ward
    # the map is on the ward: all of it in view, centred (to a pixel), and it fills the view
    fits = """(function () {
        var map = window.iocMap.leaflet(), ward = null;
        map.eachLayer(function (l) { if (l.feature && !ward && l.getBounds) {
          ward = l.getBounds(); } });
        var view = map.getBounds(), size = map.getSize();
        var off = map.latLngToContainerPoint(ward.getCenter()).distanceTo(size.divideBy(2));
        return view.contains(ward) && off < 1.5 &&
          (ward.getEast() - ward.getWest() > (view.getEast() - view.getWest()) / 2 ||
           ward.getNorth() - ward.getSouth() > (view.getNorth() - view.getSouth()) / 2); })()"""
    wait_js(qtbot, panel.view, fits)
    lat, lon, zoom = js(qtbot, panel.view, "window.iocMap.view()")
    # the layout keeps that view (reported a moment after the map stops moving)
    qtbot.waitUntil(
        lambda: panel.zoom == zoom
        and abs(panel.centre[0] - lat) < 1e-4
        and abs(panel.centre[1] - lon) < 1e-4,
        timeout=10_000,
    )


def test_units_as_of_a_date_and_the_complaint_density(start_console, qtbot):
    from PySide6.QtCore import QDate

    console, panel = online_map(start_console, qtbot)
    qtbot.waitUntil(lambda: page_counts(qtbot, panel) == expected_counts(console), timeout=30_000)
    today_units = page_counts(qtbot, panel)["units"]
    before = date(2024, 6, 1)  # before the 2025 reorganisations: more, smaller units
    panel.as_of.setDate(QDate(2024, 6, 1))
    expected = expected_counts(console, as_of=before)["units"]
    assert expected > today_units
    wait_js(qtbot, panel.view, "window.iocMap.count('units')", expected)
    assert panel.save_state()["as_of"] == "2024-06-01"

    assert js(qtbot, panel.view, "window.iocMap.state.heatPoints") == 0  # hidden: not computed
    toggle_layer(qtbot, panel.view, "Complaint density")
    wait_js(qtbot, panel.view, "window.iocMap.state.heatPoints > 0")
    month = js(qtbot, panel.view, "window.iocMap.state.heatPoints")
    panel.heat_period.setCurrentIndex(panel.heat_period.findData(90))
    wait_js(qtbot, panel.view, f"window.iocMap.state.heatPoints > {month}")


def test_the_details_read_codes_in_the_operator_s_language(start_console, qtbot):
    console, panel = online_map(start_console, qtbot, "--lang", "vi")
    values = panel._values()
    cache = console.services.cache
    qtbot.waitUntil(lambda: page_counts(qtbot, panel) == expected_counts(console), timeout=30_000)
    on_map = lambda layer_id, item: js(  # noqa: E731
        qtbot, panel.view, f"window.iocMap.has('{layer_id}', '{item['id']}')"
    )
    alert = next(a for a in cache.items("alerts") if a["type"] == "manual" and on_map("alerts", a))
    complaint = next(c for c in cache.items("complaints") if c.get("channel") == "phone")
    expected = {
        "alerts": (alert, [values["state"][alert["state"]], values["type"][alert["type"]]]),
        "complaints": (complaint, [values["channel"]["phone"]]),
    }
    assert values["state"][alert["state"]] != alert["state"]  # in Vietnamese
    for dataset, (item, titles) in expected.items():
        console.services.intents.post(SelectItem(dataset, item["id"], source="elsewhere"))
        wait_js(qtbot, panel.view, "window.iocMap.highlighted()", f"{dataset}/{item['id']}")
        fields = "Array.prototype.map.call(document.querySelectorAll('.leaflet-popup dd'),"
        shown = js(qtbot, panel.view, fields + " function (n) { return n.textContent; })")
        assert all(title in shown for title in titles), (titles, shown)
