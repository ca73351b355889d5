"""The map centres on and marks a place another panel asks for (a complaint's location), and
lets the operator pick a place for another panel (the intake form)."""

from __future__ import annotations

import pytest
from mapkit import LOAD_MS, flush, js, wait_js

from ioc_console.core.intents import PickPlace, ShowPlace
from ioc_console.core.logbook import LogRing
from ioc_console.core.services import build_services

LAT, LON = 10.4646, 105.6581  # Phường Mỹ Trà


@pytest.fixture
def map_panel(qtbot, ioc_home):
    from ioc_console.gui.map.panel import MapPanel

    services = build_services(None, LogRing())
    panel = MapPanel(services)
    panel.resize(800, 600)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel, services
    panel.close()
    panel.deleteLater()
    flush()
    services.cache.close()


def test_a_place_asked_for_before_the_page_is_up_is_centred_and_marked(map_panel, qtbot):
    panel, services = map_panel
    assert services.intents.post(ShowPlace(LON, LAT, "PA-2026-000235", source="complaint_list"))
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    wait_js(qtbot, panel.view, "!!window.iocMap.state.place")
    place = js(qtbot, panel.view, "window.iocMap.state.place")
    assert place == {"lat": LAT, "lon": LON, "label": "PA-2026-000235"}
    lat, lon, zoom = js(qtbot, panel.view, "window.iocMap.view()")
    assert abs(lat - LAT) < 1e-4 and abs(lon - LON) < 1e-4 and zoom >= 16
    label = js(
        qtbot,
        panel.view,
        "document.querySelector('.ioc-place-label') && "
        "document.querySelector('.ioc-place-label').textContent",
    )
    assert label == "PA-2026-000235"


def test_a_label_with_markup_is_shown_as_text(map_panel, qtbot):
    panel, services = map_panel
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    label = "<img src=x onerror=\"iocReport('label')\">Chợ"
    services.intents.post(ShowPlace(LON, LAT, label))
    wait_js(
        qtbot,
        panel.view,
        "document.querySelector('.ioc-place-label') && "
        "document.querySelector('.ioc-place-label').textContent",
        label,
    )
    assert js(qtbot, panel.view, "document.querySelectorAll('.ioc-place-label img').length") == 0
    assert panel.executions == []


def test_the_operator_picks_a_place_for_another_panel(map_panel, qtbot):
    panel, services = map_panel
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    picked = []
    services.intents.post(
        PickPlace(
            lambda lon, lat: picked.append((lon, lat)),
            "Bấm vào nơi phản ánh",
            source="complaint_list",
        )
    )
    wait_js(qtbot, panel.view, "window.iocMap.state.picking")
    banner = js(qtbot, panel.view, "document.querySelector('.ioc-pick-banner').textContent")
    assert banner == "Bấm vào nơi phản ánh"
    js(qtbot, panel.view, f"window.iocMap.clickMapForTest({LAT}, {LON})")
    qtbot.waitUntil(lambda: picked == [(LON, LAT)], timeout=10_000)
    assert js(qtbot, panel.view, "window.iocMap.state.picking") is False
    assert js(qtbot, panel.view, "document.querySelectorAll('.ioc-pick-banner').length") == 0
    js(qtbot, panel.view, f"window.iocMap.clickMapForTest({LAT + 0.01}, {LON})")
    assert js(qtbot, panel.view, "window.iocMap.state.place.lat") == LAT  # one pick per ask
    assert picked == [(LON, LAT)]
