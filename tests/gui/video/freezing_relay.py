"""An HTTP relay of one stream that can freeze: the connection stays open, no byte comes.

A camera whose network stalls looks like this to a player: no end of stream, no error, only
no more pictures. Only the decoded-frame counters show it.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests


class FreezingRelay:
    def __init__(self, source_url: str) -> None:
        self.source_url = source_url
        self.frozen = threading.Event()
        self.closing = threading.Event()
        relay = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                with requests.get(relay.source_url, stream=True, timeout=5) as upstream:
                    self.send_response(upstream.status_code)
                    self.send_header("Content-Type", "video/mp2t")
                    self.end_headers()
                    try:
                        for chunk in upstream.iter_content(16 * 1024):
                            while relay.frozen.is_set() and not relay.closing.is_set():
                                relay.closing.wait(0.1)  # hold the connection, send nothing
                            if relay.closing.is_set():
                                return
                            self.wfile.write(chunk)
                    except OSError:
                        pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/frozen.ts"
        threading.Thread(target=self.server.serve_forever, args=(0.1,), daemon=True).start()

    def close(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()
