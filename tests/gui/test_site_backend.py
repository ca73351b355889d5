"""With a site profile, the console says whether the backend answers: a real HTTP server on
loopback, then the same address with nothing listening."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ioc_console.core.config.profile import load_profile
from ioc_console.core.status import ConnectionState


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"service": "ioc"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def backend():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_online_then_offline(start_console, backend, tmp_path, qtbot):
    port = backend.server_address[1]
    profile_path = tmp_path / "site.toml"
    profile_path.write_text(
        f'[site]\nname = "UBND Phường Mỹ Trà"\n[backend]\nurl = "http://127.0.0.1:{port}/api/v1"\n'
        'timeout_s = 2\n[scope]\nward = "29888"\n',
        encoding="utf-8",
    )
    console = start_console("--lang", "en", profile=load_profile(profile_path))
    assert console.layout_name == "Ward office"  # a ward clerk's profile opens its layout
    window = console.wm.main_window
    assert "UBND Phường Mỹ Trà" in window.windowTitle()

    console.checks.check_backend()
    status = console.services.status
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=10_000)
    assert "Online" in window.connection_label.text()
    assert status.backend.last_contact is not None

    backend.shutdown()
    backend.server_close()
    console.checks.check_backend()
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.OFFLINE, timeout=10_000)
    assert "Offline" in window.connection_label.text()
    assert "cannot connect" in status.backend.last_error
    tree = console.wm.docks["system_status"].widget().tree
    backend_rows = tree.topLevelItem(1)
    texts = {
        backend_rows.child(i).text(0): backend_rows.child(i).text(1)
        for i in range(backend_rows.childCount())
    }
    assert texts["Ward scope"] == "29888 (Phường Mỹ Trà)"
    assert texts["Connection"].startswith("Offline")
    assert "cannot connect" in texts["Last error"]
