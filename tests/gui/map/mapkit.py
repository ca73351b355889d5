"""Helpers of the map tests: run JavaScript in the page, make GeoJSON by hand."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent

LOAD_MS = 60_000  # QtWebEngine's first start on a busy two-core machine


def js(qtbot, view, script: str, timeout: int = 20_000):
    """Run ``script`` in the map page and return its value."""
    box = []
    wrapped = f"JSON.stringify((function () {{ return ({script}); }})())"
    view.page().runJavaScript(wrapped, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return None if box[0] in (None, "") else json.loads(box[0])


def wait_js(qtbot, view, script: str, expected=True, timeout: int = 20_000) -> None:
    """Wait until ``script`` gives ``expected`` in the page."""
    qtbot.waitUntil(lambda: js(qtbot, view, script) == expected, timeout=timeout)


def point(fid: str, lon: float, lat: float, **properties) -> dict:
    return {
        "type": "Feature",
        "id": fid,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


def layer(layer_id: str, render: str | None = None, visible: bool = True, **style) -> dict:
    return {
        "id": layer_id,
        "title": layer_id.title(),
        "render": render or layer_id,
        "style": style,
        "visible": visible,
    }


def flush() -> None:
    """Let deleted widgets go (a web page before its profile)."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def toggle_layer(qtbot, view, title: str) -> None:
    """Tick or untick a layer in the page's layer control, as the operator does."""
    js(
        qtbot,
        view,
        "Array.prototype.some.call(document.querySelectorAll('.leaflet-control-layers-selector'),"
        f" function (box) {{ if (box.nextSibling.textContent.trim() === {json.dumps(title)}) {{"
        " box.click(); return true; } return false; })",
    )


def png(colour: str) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def next_frames(qtbot, view, count: int = 2) -> None:
    """Wait until the page has drawn ``count`` more frames: whatever it had queued by now
    (a repaint, a deferred redraw) has run."""
    js(
        qtbot,
        view,
        "(function () { window.__frames = 0; function tick() { window.__frames += 1; "
        f"if (window.__frames < {count}) {{ requestAnimationFrame(tick); }} }} "
        "requestAnimationFrame(tick); return 1; })()",
    )
    wait_js(qtbot, view, f"window.__frames >= {count}")


def after_commands(qtbot, view) -> None:
    """Wait until the page has handled every command sent before: commands arrive in order,
    so a marker command sent last has been handled when its mark shows."""
    js(qtbot, view, "(window.iocMap.state.lastFocus = 'waiting') && 1")
    view.command("focus", layer="no such layer", id="none")
    wait_js(qtbot, view, "window.iocMap.state.lastFocus", False)
