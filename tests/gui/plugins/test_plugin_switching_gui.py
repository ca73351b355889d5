"""Switching a plugin off while the console runs takes away all it added, in every window;
switching it on brings it back, its docks where they were."""

from __future__ import annotations

import json

from shiboken6 import isValid

from ioc_console.core.layouts.defaults import OPERATOR
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
    assert {"event_log", "tiny.board"} <= set(neighbours)
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


def test_a_floating_dock_comes_back_floating_and_a_layout_opened_meanwhile_forgets_it(
    tiny_console, qtbot
):
    console, wm = tiny_console, tiny_console.wm
    dock = wm.open_panel("tiny.board", wm.main_window)
    wm.float_panel("tiny.board")
    qtbot.waitUntil(lambda: dock.isFloating())
    floating = dock.window()
    console.services.plugins.disable("tiny")
    flush(qtbot)
    assert not floating.isVisible()
    console.services.plugins.enable("tiny")
    flush(qtbot)
    assert wm.docks["tiny.board"] is dock and dock.isFloating() and dock.window().isVisible()

    console.services.plugins.disable("tiny")
    assert console.open_layout(OPERATOR)  # replaces the windows: the closed dock is let go
    flush(qtbot)
    assert not wm.kinds.parked
    console.services.plugins.enable("tiny")
    flush(qtbot)
    assert "tiny.board" not in wm.docks
    assert wm.open_panel("tiny.board", wm.main_window).widget().objectName() == "tiny_board"


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context><name>Plugins</name>
<message><source>Tiny board</source><translation>Bảng nhỏ</translation></message>
</context>
</TS>
"""


def test_a_plugins_translations_come_and_go_with_it(start_console, tiny_root):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    folder = tiny_root / "tiny" / "translations"
    folder.mkdir()
    (folder / "tiny_vi.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(folder / "tiny_vi.ts"), "-qm", str(folder / "tiny_vi.qm")],
        check=True,
    )
    console = start_console("--lang", "vi", "--plugins-dir", str(tiny_root))
    plugins, wm = console.services.plugins, console.wm
    try:
        dock = wm.open_panel("tiny.board", wm.main_window)
        assert dock.windowTitle() == "Bảng nhỏ"
        plugins.disable("tiny")
        assert QCoreApplication.translate("Plugins", "Tiny board") == "Tiny board"
        assert console.languages.language == "vi"  # the console's own stay
        plugins.enable("tiny")
        assert QCoreApplication.translate("Plugins", "Tiny board") == "Bảng nhỏ"
        assert wm.docks["tiny.board"].windowTitle() == "Bảng nhỏ"
    finally:
        plugins.disable("tiny")


def test_a_window_closed_while_its_plugin_is_off_does_not_come_back(tiny_console, qtbot):
    console, wm = tiny_console, tiny_console.wm
    wm.open_panel("tiny.board", wm.main_window)
    extra = wm.open_window(screen=0)
    wm.open_panel("tiny.board", extra)
    console.services.plugins.disable("tiny")
    extra.close()
    console.services.plugins.enable("tiny")  # before or after the window's deletion
    flush(qtbot)
    assert sorted(i for i in wm.docks if i.startswith("tiny.")) == ["tiny.board"]
    assert not wm.kinds.parked and extra.window_id not in wm.windows


def test_a_plugin_layer_the_operator_showed_comes_back_shown(tiny_console, qtbot):
    console = tiny_console
    dock = console.wm.open_panel("map", console.wm.main_window)
    dock.toggleView(True)
    dock.setAsCurrentTab()
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    visible = "window.iocMap.visible()"
    qtbot.waitUntil(lambda: "tiny.sites" in (js(qtbot, panel.view, visible) or []), timeout=LOAD_MS)
    console.services.plugins.disable("tiny")
    qtbot.waitUntil(
        lambda: "tiny.sites" not in (js(qtbot, panel.view, "window.iocMap.layerIds()") or ["x"]),
        timeout=LOAD_MS,
    )
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    toggle = (
        "Array.prototype.some.call(document.querySelectorAll('.leaflet-control-layers-selector'),"
        " function (box) { if (box.nextSibling.textContent.trim() === 'Complaint density') {"
        " box.click(); return true; } return false; })"
    )
    assert js(qtbot, panel.view, toggle)  # the operator changes the layers meanwhile
    qtbot.waitUntil(lambda: panel.visible is not None and "heat" in panel.visible)
    console.services.plugins.enable("tiny")
    qtbot.waitUntil(lambda: "tiny.sites" in (js(qtbot, panel.view, visible) or []), timeout=LOAD_MS)
    assert "heat" in js(qtbot, panel.view, visible)
