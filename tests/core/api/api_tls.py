"""An HTTPS server on loopback with its own self-signed certificate (made with openssl)."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer

import pytest
from api_loopback import Handler, send_json


class _OkHandler(Handler):
    def _dispatch(self) -> None:
        send_json(self, {"status": "ok"})

    do_GET = _dispatch


@contextmanager
def tls_server(folder):
    """Yields ``(url, ca_file)``: the server's certificate is its own CA."""
    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make a test certificate (make setup installs it)")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OkHandler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", str(cert)
    finally:
        server.shutdown()
        server.server_close()
