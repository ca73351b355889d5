"""Switching a plugin off while the console runs takes away all it added, in every window;
switching it on brings it back, its docks where they were."""

from __future__ import annotations

import json

from shiboken6 import isValid

from ioc_console.core.plugins import PluginState
from ioc_console.core.store import datasets
from ioc_console.gui.shell import layout_io

LOAD_MS = 60_000


def flush(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tiny_everything(console) -> dict[str, list[str]]:
    services = console.services
    return {
        "panels": [s.id for s in services.panels if s.plugin_id == "tiny"],
        "docks": sorted(i for i in console.wm.docks if i.startswith("tiny.")),
        "layers": [s.id for s in services.map_layers if s.plugin_id == "tiny"],
        "feeds": [d.name for d in datasets.all_datasets() if d.name.startswith("tiny_")],
        "kpis": [k for k in services.domains.kpis.ids() if k.startswith("tiny.")],
        "rules": [r for r in services.domains.rules.ids() if r.startswith("tiny.")],
    }


def js(qtbot, view, script: str):
    box = []
    view.page().runJavaScript(f"JSON.stringify({script})", 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return json.loads(box[0]) if box[0] else None


LAYER_TITLES = (
    "Array.prototype.map.call(document.querySelectorAll('.leaflet-control-layers-selector'),"
    " function (box) { return box.nextSibling.textContent.trim(); })"
)


def test_disabling_closes_docks_everywhere_and_enabling_reopens_them_where_they_were(
    tiny_console, qtbot
):
    console, wm = tiny_console, tiny_console.wm
    main = wm.main_window
    first = wm.open_panel("tiny.board", main)
    wm.detach("tiny.board")
    wm.place(first, main, "bottom", tab_with="event_log")  # a tab beside the Event log
    first.toggleView(True)
    first.widget().note = "beds in ward 1"
    second_window = wm.open_window(screen=0)
    second = wm.open_panel("tiny.board", second_window)
    assert second.objectName() == "tiny.board#2"
    area = first.dockAreaWidget()
    neighbours = sorted(d.objectName() for d in area.dockWidgets())
    assert neighbours == ["event_log", "tiny.board"]
    widgets = [first.widget(), second.widget()]
    loaded = tiny_everything(console)
    assert all(loaded.values()), loaded

    console.services.plugins.disable("tiny")
    flush(qtbot)
    assert not any(tiny_everything(console).values())
    assert not any(isValid(w) for w in widgets)  # the panels' widgets are gone
    assert not first.isVisible() and not second.isVisible()
    assert "event_log" in wm.docks and wm.docks["event_log"].dockAreaWidget() is area
    captured = layout_io.capture(wm, "check")
    assert not [p.id for w in captured.windows for p in w.panels if p.id.startswith("tiny.")]

    console.services.plugins.enable("tiny")
    flush(qtbot)
    assert tiny_everything(console) == loaded
    assert wm.docks["tiny.board"] is first and wm.docks["tiny.board#2"] is second
    assert first.dockAreaWidget() is area  # the same tab group as before
    assert sorted(d.objectName() for d in area.dockWidgets()) == neighbours
    assert wm.window_of("tiny.board#2") is second_window
    assert not first.isClosed() and not second.isClosed()
    assert first.widget().objectName() == "tiny_board" and first.widget().note == "beds in ward 1"
    captured = layout_io.capture(wm, "check")
    assert {"tiny.board", "tiny.board#2"} <= {p.id for w in captured.windows for p in w.panels}


def test_the_map_drops_and_regains_a_plugin_layer_live(tiny_console, qtbot):
    console = tiny_console
    dock = console.wm.open_panel("map", console.wm.main_window)
    dock.toggleView(True)
    dock.setAsCurrentTab()
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    qtbot.waitUntil(
        lambda: "tiny.sites" in (js(qtbot, panel.view, "window.iocMap.layerIds()") or []),
        timeout=LOAD_MS,
    )
    assert "Tiny sites" in js(qtbot, panel.view, LAYER_TITLES)

    console.services.plugins.disable("tiny")
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    qtbot.waitUntil(
        lambda: "tiny.sites" not in (js(qtbot, panel.view, "window.iocMap.layerIds()") or ["x"]),
        timeout=LOAD_MS,
    )
    titles = js(qtbot, panel.view, LAYER_TITLES)
    assert "Tiny sites" not in titles and titles  # the layer control lost only that layer

    console.services.plugins.enable("tiny")
    qtbot.waitUntil(
        lambda: "tiny.sites" in (js(qtbot, panel.view, "window.iocMap.layerIds()") or []),
        timeout=LOAD_MS,
    )
    assert "Tiny sites" in js(qtbot, panel.view, LAYER_TITLES)
    assert js(qtbot, panel.view, "window.iocMap.state.errors") == []


def test_a_plugin_disabled_at_start_is_switched_on_and_its_translations_follow(
    start_console, tiny_root, ioc_home
):
    from ioc_console.core.config.settings import Settings
    from ioc_console.core.paths import app_paths

    settings = Settings.load(app_paths().ensure().settings_file)
    settings.set("plugins.disabled", ["tiny"])
    translations = tiny_root / "tiny" / "translations"
    translations.mkdir()
    console = start_console("--lang", "en", "--plugins-dir", str(tiny_root))
    plugins = console.services.plugins
    try:
        assert plugins.record("tiny").state is PluginState.DISABLED
        assert "tiny.board" not in console.services.panels
        assert translations not in console.languages.plugin_dirs
        assert plugins.enable("tiny").state is PluginState.LOADED
        assert "tiny.board" in console.services.panels
        assert translations in console.languages.plugin_dirs
        plugins.disable("tiny")
        assert translations not in console.languages.plugin_dirs
    finally:
        plugins.disable("tiny")
