"""Text the console receives from outside (camera names, complaints, alerts, log lines) is shown
as the text it is wherever it appears: the camera list, the wall's tiles, the event log, their
tooltips, and the map's cards and tooltips. Markup in it is shown literally and runs nothing.
(Here beside the map tests, whose page helpers it uses.)"""

from __future__ import annotations

import json
import logging

from mapkit import LOAD_MS, js, wait_js
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

from ioc_console.core.status import ConnectionState

FLAG = "window.__iocRan"  # set by any payload that runs
PAYLOADS = [
    f'<img src=x onerror="{FLAG}=1;iocReport(1)">',
    f"<script>{FLAG}=2;iocReport(2)</script>",
    '"><b>đậm</b><i>',
    f'<a id=evil href="javascript:{FLAG}=3">liên kết</a>',
    "&lt;b&gt; &amp; &#60;i&#62; &nbsp;",
    f"<svg onload={FLAG}=4><p style=color:red>đỏ",
]


def shown(text: str) -> str:
    """What a person reads in a tooltip: Qt reads what looks like markup as rich text."""
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("\xa0", " ").replace("\u2028", "\n")


def poison(backend) -> dict[str, dict[str, str]]:
    """Outside text in the demo backend's cameras, complaints and alerts: {dataset: {id: text}}."""
    store, made = backend.store, {"cameras": {}, "complaints": {}, "alerts": {}}
    cameras = [c for c in store.items("cameras") if c["status"] == "online"]
    for n, camera in enumerate(cameras):
        name = f"Cam {n} {PAYLOADS[n % len(PAYLOADS)]}"
        store.put("cameras", {**camera, "name": name})
        made["cameras"][camera["id"]] = name
    complaints = [c for c in store.items("complaints") if c["status"] != "closed"][-12:]
    for n, complaint in enumerate(complaints):
        payload = PAYLOADS[n % len(PAYLOADS)]
        store.put("complaints", {**complaint, "service_name": f"Loại {payload}",
                                 "description": f"Nội dung {payload}", "address": payload})
        made["complaints"][complaint["id"]] = payload
    alerts = [a for a in store.items("alerts") if a["state"] not in ("closed", "resolved")][-12:]
    for n, alert in enumerate(alerts):
        payload = PAYLOADS[n % len(PAYLOADS)]
        store.put("alerts", {**alert, "title": f"Cảnh báo {payload}",
                             "description": f"Mô tả {payload}"})
        made["alerts"][alert["id"]] = payload
    return made


def test_outside_text_is_shown_literally_and_runs_nothing(start_console, backend, tmp_path,
                                                          qtbot, monkeypatch):
    from ioc_console.core.config.profile import load_profile

    made = poison(backend)
    (tmp_path / "site.toml").write_text(
        f'[backend]\nurl = "{backend.url}"\ntimeout_s = 2\n', encoding="utf-8")
    monkeypatch.setenv("IOC_CONSOLE_PASSWORD", "operator-demo")
    console = start_console("--lang", "en", "--user", "operator",
                            profile=load_profile(tmp_path / "site.toml"), link=True)
    status, cache = console.services.status, console.services.cache
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=30_000)
    qtbot.waitUntil(lambda: all(
        (cache.get(dataset, item_id) or {}).get("updated_at")
        == backend.store.get(dataset, item_id)["updated_at"]
        for dataset, items in made.items() for item_id in items), timeout=30_000)

    # the camera list: names as they are, in the rows and their tooltips
    cameras = console.wm.docks["camera_list"].widget()
    model = cameras.model
    qtbot.waitUntil(lambda: model.rowCount() >= len(made["cameras"]), timeout=10_000)
    seen = {}
    for row in range(model.rowCount()):
        name = model.index(row, model.NAME)
        seen[model.data(name)] = shown(model.data(name, Qt.ItemDataRole.ToolTipRole))
    for name in made["cameras"].values():
        assert name in seen and seen[name].startswith(name + "\n"), (name, seen.get(name))

    # the wall's tiles: the name in the header and the tile's tooltip
    wall = console.wm.docks["video_wall"].widget()
    for index, camera_id in enumerate(list(made["cameras"])[:len(wall.tiles)]):
        wall.set_tile_camera(index, camera_id)  # what dropping a camera on a tile does
    for tile in wall.tiles:
        name = made["cameras"][tile.camera_id]
        assert tile.header.name.text() == name
        assert tile.header.name.textFormat() == Qt.TextFormat.PlainText
        assert shown(tile.toolTip()) == name

    # the event log: a line quoting outside text, and its tooltip
    log = console.wm.docks["event_log"].widget()
    for payload in PAYLOADS:
        logging.getLogger("ioc_console.sync").warning("the backend said %s", payload)
    qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=5_000)
    tips = [shown(log.model.data(log.model.index(row, 3), Qt.ItemDataRole.ToolTipRole) or "")
            for row in range(log.model.rowCount())]
    for payload in PAYLOADS:
        assert f"the backend said {payload}" in tips

    # the map: details cards and tooltips hold the text, no element came from it, nothing ran
    dock = console.wm.docks["map"]
    dock.toggleView(True)
    dock.setAsCurrentTab()
    view = dock.widget().view
    qtbot.waitUntil(lambda: view.ready, timeout=LOAD_MS)
    ran = []
    view.events.executed.connect(ran.append)
    checked = {"complaints": 0, "alerts": 0}
    for layer, items in (("complaints", made["complaints"]), ("alerts", made["alerts"])):
        wait_js(qtbot, view, f"window.iocMap.count({json.dumps(layer)}) > 0")
        for item_id, payload in items.items():
            args = f"{json.dumps(layer)}, {json.dumps(item_id)}"
            if not js(qtbot, view, f"window.iocMap.has({args})"):
                continue  # not on the map (no place, or a state the map leaves out)
            assert js(qtbot, view, f"window.iocMap.clickForTest({args})")
            wait_js(qtbot, view, "window.iocMap.cardText() !== null && "
                                 "document.querySelector('.leaflet-popup .ioc-card')"
                                 f".getAttribute('data-id') === {json.dumps(item_id)}")
            assert payload in js(qtbot, view, "window.iocMap.cardText()")
            checked[layer] += 1
    assert all(checked.values()), checked
    tooltips = js(qtbot, view, """(function () {
        var out = [];
        window.iocMap.leaflet().eachLayer(function (l) {
          var t = l.getTooltip && l.getTooltip();
          if (t) { var c = t.getContent(); out.push(c && c.nodeType ? c.textContent : null); }
        });
        return out; })()""")
    cameras_on_map = [name for name in made["cameras"].values() if name in tooltips]
    assert cameras_on_map, "no camera's tooltip holds its name"
    assert None not in tooltips  # every tooltip is a text node, never a string of markup
    injected = ("img[src=x], #evil, svg[onload], .leaflet-pane b, .leaflet-pane i, "
                ".leaflet-popup script, .leaflet-pane p[style]")
    assert js(qtbot, view, f"document.querySelectorAll({json.dumps(injected)}).length") == 0
    with qtbot.waitSignal(view.events.executed, timeout=10_000):
        js(qtbot, view, "setTimeout(function () { iocReport('control'); }, 0) || true")
    assert ran == ["control"]
    assert js(qtbot, view, f"typeof {FLAG}") == "undefined"
