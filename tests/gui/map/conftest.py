"""Map tests: a real QtWebEngine map page under Xvfb, fed hand-made GeoJSON or the cache."""

from __future__ import annotations

import pytest
from mapkit import LOAD_MS, flush, wait_js


@pytest.fixture
def open_map(qtbot):
    """``open_map(setup, tiles=None)`` shows a MapView and waits for its page to be ready."""
    from ioc_console.gui.map.view import MapView

    views = []

    def _open(setup: dict, tiles=None, size=(900, 700)):
        view = MapView(tiles)
        views.append(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        view.start(setup)
        qtbot.waitUntil(lambda: view.ready, timeout=LOAD_MS)
        wait_js(qtbot, view, "window.iocMap.state.setUp")
        return view

    yield _open
    for view in views:
        view.close()
        view.deleteLater()
    flush()
