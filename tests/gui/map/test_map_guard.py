"""What the map's web view may do: only its own page, its own scheme and the tile host."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from mapkit import js, layer, png, wait_js

SETUP = {"layers": [layer("cameras"), layer("complaints")], "options": {}}
CALLS = [
    "cameraClicked", "itemClicked", "layersChanged", "placePicked", "ready", "reportExecution",
    "viewChanged",
]


@pytest.fixture
def tile_server():
    """A tile server on loopback that answers every tile with a green PNG."""
    requests: list[str] = []
    body = png("#00aa00")

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], requests
    server.shutdown()
    server.server_close()


def test_the_page_may_call_only_the_few_channel_calls(open_map, qtbot):
    view = open_map(SETUP)
    ran = []
    view.events.executed.connect(ran.append)
    calls = [c.split("(")[0] for c in js(qtbot, view, "window.iocMap.channelCalls()") if "(" in c]
    assert calls == sorted([*CALLS, "deleteLater"])
    # QWebChannel lists QObject's deleteLater, but refuses it for a registered object
    js(
        qtbot,
        view,
        "window.iocMap.leaflet() && (function () { iocMap.bridgeForTest().deleteLater(); "
        "return true; })()",
    )
    # the channel delivers in order: the refused call was handled before this report
    js(qtbot, view, "iocReport('still there') || true")
    qtbot.waitUntil(lambda: ran == ["still there"], timeout=10_000)


def test_the_view_stays_on_the_map_page(open_map, qtbot, caplog):
    view = open_map(SETUP)
    js(qtbot, view, "(location.href = 'https://example.org/') && true")
    js(qtbot, view, "(window.location = 'file:///etc/passwd') && true")
    js(
        qtbot,
        view,
        "(function () { var a = document.createElement('a'); a.href = "
        "'https://example.org/'; document.body.appendChild(a); a.click(); "
        "return true; })()",
    )
    assert js(qtbot, view, "window.open('app://map/index.html') === null")
    assert js(qtbot, view, "window.confirm('Xóa?') === false")  # no dialog over the console
    js(qtbot, view, "window.alert('!') || true")

    def refused(what: str) -> int:
        return sum(f"refused to {what}" in r.getMessage() for r in caplog.records)

    # each attempt was refused (the file:// one by the browser itself, before asking)
    qtbot.waitUntil(lambda: refused("navigate") >= 2 and refused("show a dialog") >= 2,
                    timeout=10_000)
    assert view.url().toString() == "app://map/index.html"
    assert js(qtbot, view, "typeof window.iocMap.count") == "function"  # the page was kept


def test_local_files_and_other_hosts_are_out_of_reach(open_map, qtbot, tile_server):
    from ioc_console.gui.map.tiles import Tiles

    port, served = tile_server
    url = f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"
    view = open_map(
        SETUP | {"view": {"center": [10.46, 105.63], "zoom": 13}},
        Tiles(url, "© <a href='https://example.org'>City tiles</a>"),
    )
    qtbot.waitUntil(lambda: len(served) >= 4, timeout=20_000)  # the tile host is reached
    assert all(path.startswith("/13/") and path.endswith(".png") for path in served)
    wait_js(qtbot, view, "document.querySelectorAll('img.leaflet-tile-loaded').length > 3")
    attribution = js(
        qtbot, view, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert "© City tiles" in attribution and "<a" not in attribution
    script = """(function () {
        window.__fetched = {};
        fetch("file:///etc/hostname").then(function () { window.__fetched.file = "loaded"; },
                                          function () { window.__fetched.file = "refused"; });
        [["other", "http://127.0.0.2:PORT/1/0/0.png"], ["port", "http://127.0.0.1:1/1/0/0.png"],
         ["web", "https://example.org/logo.png"]].forEach(function (pair) {
          var img = new Image();
          img.onload = function () { window.__fetched[pair[0]] = "loaded"; };
          img.onerror = function () { window.__fetched[pair[0]] = "refused"; };
          img.src = pair[1];
        });
        return true; })()"""
    js(qtbot, view, script.replace("PORT", str(port)))
    wait_js(qtbot, view, "Object.keys(window.__fetched).length", 4)
    assert js(qtbot, view, "window.__fetched") == {
        "file": "refused",
        "other": "refused",
        "port": "refused",
        "web": "refused",
    }
    blocked = view.guard.blocked
    assert any("127.0.0.2" in u for u in blocked) and any("example.org" in u for u in blocked)
    assert any(u.startswith("http://127.0.0.1:1/") for u in blocked)
    remote = [u for u in view.guard.seen if not u.startswith(("app://map/", "data:"))]
    assert set(remote) - set(blocked) == {
        u for u in remote if u.startswith(f"http://127.0.0.1:{port}/")
    }


def test_a_tile_is_served_from_mbtiles_with_the_right_row(open_map, qtbot, tmp_path):
    import sqlite3

    from ioc_console.core.geo.mbtiles import MBTiles
    from ioc_console.gui.map.tiles import Tiles

    red, blue = png("#ff0000"), png("#0000ff")
    path = tmp_path / "city.mbtiles"
    with sqlite3.connect(path) as db:  # written as MBTiles stores rows: TMS, from the south
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)"
        )
        db.executemany(
            "INSERT INTO metadata VALUES (?, ?)",
            [("format", "png"), ("attribution", "© Bản đồ thử")],
        )
        db.execute("INSERT INTO tiles VALUES (1, 0, 1, ?)", (red,))  # XYZ row 0, the north
        db.execute("INSERT INTO tiles VALUES (1, 0, 0, ?)", (blue,))  # XYZ row 1, the south
    mbtiles = MBTiles(path)
    view = open_map(
        SETUP | {"view": {"center": [0, 0], "zoom": 1}},
        Tiles(attribution=mbtiles.attribution, mbtiles=mbtiles),
    )
    js(
        qtbot,
        view,
        """(function () {
        window.__tile = null;
        fetch('app://map/tiles/1/0/0').then(function (r) { return r.arrayBuffer(); })
          .then(function (b) { window.__tile = Array.from(new Uint8Array(b)); });
        return true; })()""",
    )
    wait_js(qtbot, view, "window.__tile !== null")
    assert bytes(js(qtbot, view, "window.__tile")) == red
    colour = """(function (row) {
        var img = Array.prototype.find.call(document.querySelectorAll('img.leaflet-tile'),
          function (i) { return /\\/tiles\\/1\\/0\\/ROW$/.test(i.src); });
        if (!img || !img.complete || !img.naturalWidth) { return null; }
        var c = document.createElement('canvas'); c.width = c.height = 1;
        var g = c.getContext('2d'); g.drawImage(img, 0, 0, 1, 1);
        return Array.prototype.slice.call(g.getImageData(0, 0, 1, 1).data, 0, 3); })()"""
    wait_js(qtbot, view, colour.replace("ROW", "0") + " !== null")
    assert js(qtbot, view, colour.replace("ROW", "0")) == [255, 0, 0]  # the north is red
    assert js(qtbot, view, colour.replace("ROW", "1")) == [0, 0, 255]
    attribution = js(
        qtbot, view, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert "© Bản đồ thử" in attribution
    assert view.guard.blocked == []
    mbtiles.close()


def test_a_tile_url_with_subdomains_takes_every_tile_from_the_one_allowed_host(
    open_map, qtbot, tile_server
):
    from ioc_console.gui.map.tiles import Tiles

    port, _served = tile_server
    url = f"http://{{s}}.localhost:{port}/{{z}}/{{x}}/{{y}}.png"  # *.localhost is loopback
    view = open_map(SETUP | {"view": {"center": [10.46, 105.63], "zoom": 13}}, Tiles(url))
    tiles = "document.querySelectorAll('img.leaflet-tile').length"
    loaded = "document.querySelectorAll('img.leaflet-tile-loaded').length"
    wait_js(qtbot, view, f"{tiles} > 3")
    wait_js(qtbot, view, f"{loaded} === {tiles}")
    assert view.guard.blocked == []
    remote = [u for u in view.guard.seen if "localhost" in u]
    assert remote and all(u.startswith(f"http://a.localhost:{port}/") for u in remote)
