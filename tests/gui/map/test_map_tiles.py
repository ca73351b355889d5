"""The site profile's offline tiles in the console's map: an MBTiles file, or a notice."""

from __future__ import annotations

import math

from mapkit import LOAD_MS, js, png, wait_js

from ioc_console.core.config.profile import load_profile
from ioc_console.core.geo.mbtiles import make_mbtiles
from ioc_console.gui.map.page import CAO_LANH


def tile_of(lat: float, lon: float, z: int) -> tuple[int, int, int]:
    """The XYZ tile (rows from the north) holding a point."""
    n = 1 << z
    rad = math.radians(lat)
    y = (1 - math.log(math.tan(rad) + 1 / math.cos(rad)) / math.pi) / 2 * n
    return z, int((lon + 180) / 360 * n), int(y)


TILE = tile_of(*CAO_LANH, 13)  # the map opens there


def mbtiles_profile(tmp_path, backend, name: str):
    """A site profile on the demo backend whose offline tiles are ``name``."""
    (tmp_path / "site.toml").write_text(
        f'[backend]\nurl = "{backend.url}"\n[map]\nmbtiles = "{name}"\n', encoding="utf-8"
    )
    return load_profile(tmp_path / "site.toml")


def open_map(start_console, qtbot, profile):
    console = start_console("--lang", "en", profile=profile)
    dock = console.wm.docks["map"]
    dock.toggleView(True)
    dock.setAsCurrentTab()
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.view.ready, timeout=LOAD_MS)
    return console, panel


def test_a_site_profile_s_mbtiles_file_draws_the_map(start_console, qtbot, tmp_path, backend):
    z, x, y = TILE
    tiles = {
        (z, x + dx, y + dy): png("#ff0000" if dy < 0 else "#0000ff")
        for dx in (-1, 0, 1)
        for dy in (-1, 0, 1)
    }
    make_mbtiles(
        tmp_path / "caolanh.mbtiles",
        tiles,
        {"format": "png", "attribution": "© Sở TN&MT Đồng Tháp"},
    )
    profile = mbtiles_profile(tmp_path, backend, "caolanh.mbtiles")
    _console, panel = open_map(start_console, qtbot, profile)
    loaded = f"document.querySelectorAll('img.leaflet-tile-loaded[src*=\"/tiles/{z}/\"]').length"
    wait_js(qtbot, panel.view, f"{loaded} >= 4", timeout=30_000)
    attribution = js(
        qtbot, panel.view, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert "© Sở TN&MT Đồng Tháp" in attribution
    assert any(p.startswith(f"/tiles/{z}/") for p in panel.view.scheme.served)
    assert panel.view.guard.blocked == []
    assert not js(qtbot, panel.view, "document.body.classList.contains('ioc-no-tiles')")


def test_an_unreadable_mbtiles_file_is_said_and_the_map_still_shows(
    start_console, qtbot, tmp_path, backend
):
    (tmp_path / "broken.mbtiles").write_bytes(b"not a database at all" * 100)
    profile = mbtiles_profile(tmp_path, backend, "broken.mbtiles")
    console, panel = open_map(start_console, qtbot, profile)
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert any("Offline map tiles cannot be used" in text for text in notices), notices
    assert js(qtbot, panel.view, "document.body.classList.contains('ioc-no-tiles')")
    assert js(qtbot, panel.view, "window.iocMap.layerIds().length") >= 5


def test_an_mbtiles_file_of_vector_tiles_is_said_and_the_plain_background_shows(
    start_console, qtbot, tmp_path, backend
):
    make_mbtiles(tmp_path / "vector.mbtiles", {TILE: b"\x1f\x8b\x08\x00pbf"}, {"format": "pbf"})
    profile = mbtiles_profile(tmp_path, backend, "vector.mbtiles")
    console, panel = open_map(start_console, qtbot, profile)
    notices = [n.label.text() for n in console.wm.main_window.notifications.notices()]
    assert any("vector tiles (pbf) cannot be drawn" in text for text in notices), notices
    assert js(qtbot, panel.view, "document.body.classList.contains('ioc-no-tiles')")
    assert js(qtbot, panel.view, "document.querySelectorAll('img.leaflet-tile').length") == 0
