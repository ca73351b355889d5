"""The window's link to the backend names this console position in every request: the site
profile's ``[console] position``, or the id the console made and keeps in its settings."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

import pytest

from ioc_console.core.config.profile import load_profile
from ioc_console.core.logbook import LogRing
from ioc_console.core.services import build_services
from ioc_console.gui.sync_bridge import SyncBridge


@pytest.fixture
def recorder():
    """A backend on loopback that records the ``X-Console-Id`` of each request (and refuses
    the sign-in)."""
    seen: list[str | None] = []

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            seen.append(self.headers.get("X-Console-Id"))
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(401)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = _any

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.mark.parametrize("position", ['position = "Bàn 1"', None])
def test_the_link_names_this_console_in_each_request(qtbot, tmp_path, recorder, position):
    url, seen = recorder
    profile = tmp_path / "site.toml"
    profile.write_text(f'[backend]\nurl = "{url}"\n'
                       + (f"[console]\n{position}\n" if position else ""), encoding="utf-8")
    services = build_services(load_profile(profile), LogRing())
    expected = "Bàn 1" if position else services.settings.get("console.id")
    assert services.console_id == expected and expected
    bridge = SyncBridge(services)
    try:
        bridge.start("operator", "wrong")
        qtbot.waitUntil(lambda: len(seen) > 0, timeout=10_000)
    finally:
        bridge.stop()
        services.cache.close()
    assert all(s is not None and unquote(s) == expected for s in seen)
