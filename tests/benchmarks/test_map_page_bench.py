"""The map with 10,000 complaint markers beside folium's usual way, measured in the same run:

- first render: the console's page loads, receives its set-up and the 10,000 features through
  the channel and has placed them (clustered, canvas circles), against a folium page with the
  same 10,000 features written into it, loaded until it has placed them (the baseline);
- a 500-feature delta (moved, state changed) applied in the page through the channel, against
  rebuilding the folium page with the changed data and loading it again (the baseline).

    make bench
"""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from ioc_console.core.clock import city_now
from ioc_console.core.geo.features import FeatureContext, complaint_feature

COMPLAINTS = 10_000
DELTA = 500
RUNS = 3
TIMEOUT_MS = 180_000
SETUP = {
    "layers": [
        {
            "id": "complaints",
            "title": "Complaints",
            "render": "complaints",
            "style": {},
            "visible": True,
        }
    ],
    "view": {"center": [10.4599, 105.633], "zoom": 13},
    "options": {},
    "labels": {},
}


@pytest.fixture(scope="module")
def features():
    from ioc_console.demo.data import build_world

    world = build_world(seed=3, complaints=COMPLAINTS)
    ctx = FeatureContext(city_now())
    out = [f for f in (complaint_feature(row, ctx) for row in world.complaints) if f]
    assert len(out) > 9_500
    return out


def js(qtbot, view, script: str):
    box = []
    view.page().runJavaScript(f"JSON.stringify({script})", 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT_MS)
    return json.loads(box[0]) if box[0] else None


def placed(qtbot, view, count: int, deltas: int | None = None) -> bool:
    state = js(
        qtbot,
        view,
        "window.iocMap && window.iocMap.state.ready && "
        "[window.iocMap.count('complaints'), window.iocMap.idle(), window.iocMap.state.deltas]",
    )
    return bool(state) and state[0] == count and state[1] and (deltas is None or state[2] >= deltas)


def changed(features: list[dict]) -> list[dict]:
    out = []
    for feature in features[:DELTA]:
        lon, lat = feature["geometry"]["coordinates"]
        properties = dict(feature["properties"], state_class="overdue")
        out.append(
            dict(
                feature,
                geometry={"type": "Point", "coordinates": [lon + 0.001, lat]},
                properties=properties,
            )
        )
    return out


def new_view(page=None):
    from ioc_console.gui.map.view import MapView

    view = MapView() if page is None else MapView(page=page)
    view.resize(1200, 800)
    view.show()
    return view


def drop(view) -> None:
    view.close()
    view.deleteLater()
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def channel_run(qtbot, features, moved):
    view = new_view()
    qtbot.waitExposed(view)
    start = time.perf_counter()
    view.pageReady.connect(
        lambda: view.push(
            [{"layer": "complaints", "added": features, "changed": [], "removed": []}]
        )
    )
    view.start(SETUP)
    qtbot.waitUntil(lambda: placed(qtbot, view, len(features), 1), timeout=TIMEOUT_MS)
    first = time.perf_counter() - start
    start = time.perf_counter()
    view.push([{"layer": "complaints", "added": [], "changed": moved, "removed": []}])
    qtbot.waitUntil(lambda: placed(qtbot, view, len(features), 2), timeout=TIMEOUT_MS)
    delta = time.perf_counter() - start
    drop(view)
    return first, delta


def folium_run(qtbot, features, moved):
    from ioc_console.gui.map.page import build_html

    def embedded(data):
        delta = {"layer": "complaints", "added": data, "changed": [], "removed": []}
        return {"setup": SETUP, "deltas": [delta]}

    html = {}
    view = new_view(page=lambda: html["page"])
    qtbot.waitExposed(view)
    start = time.perf_counter()
    html["page"] = build_html(embedded(features))
    view.load(view.url().fromUserInput("app://map/index.html"))
    qtbot.waitUntil(lambda: placed(qtbot, view, len(features)), timeout=TIMEOUT_MS)
    first = time.perf_counter() - start
    by_id = {f["id"]: f for f in moved}
    start = time.perf_counter()
    html["page"] = build_html(embedded([by_id.get(f["id"], f) for f in features]))
    view.reload()
    qtbot.waitUntil(
        lambda: (
            placed(qtbot, view, len(features))
            and (
                js(qtbot, view, f"window.iocMap.latlng('complaints', '{moved[0]['id']}')") or [0, 0]
            )[1]
            == moved[0]["geometry"]["coordinates"][0]
        ),
        timeout=TIMEOUT_MS,
    )
    delta = time.perf_counter() - start
    drop(view)
    return first, delta, len(html["page"])


def line(label, seconds, base):
    print(f"  {label:<52}{seconds * 1000:9.0f} ms   ratio {seconds / base:5.2f}")


def test_map_channel_against_rebuilding_the_folium_page(qtbot, features):
    moved = changed(features)
    ours = [channel_run(qtbot, features, moved) for _ in range(RUNS)]
    base = [folium_run(qtbot, features, moved) for _ in range(RUNS)]
    first, delta = (min(r[0] for r in ours), min(r[1] for r in ours))
    base_first, base_delta = (min(r[0] for r in base), min(r[1] for r in base))
    print()
    print(
        f"map with {len(features)} complaint markers, best of {RUNS} runs "
        f"(the folium page with its data: {base[0][2] / 1e6:.1f} MB)"
    )
    print("first render")
    line("folium page with the data written in (baseline)", base_first, base_first)
    line("page, then features through the channel", first, base_first)
    print(f"a {DELTA}-feature delta")
    line("folium page rebuilt and reloaded (baseline)", base_delta, base_delta)
    line("delta through the channel", delta, base_delta)
    print(f"  the delta is {base_delta / delta:.1f}x faster than rebuilding the page")
