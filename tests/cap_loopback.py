"""A CAP feed server on loopback: serves the documents a test puts in :attr:`documents` and
records every path asked for in :attr:`seen` (to prove what was, or was not, fetched)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ATOM = "application/atom+xml; charset=utf-8"


class CapFeedServer:
    def __init__(self) -> None:
        self.documents: dict[str, tuple[int, str, bytes]] = {}
        self.seen: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.seen.append(self.path)
                status, kind, body = outer.documents.get(
                    self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def put(self, path: str, body: str | bytes, kind: str = ATOM, status: int = 200) -> str:
        """Serve ``body`` at ``path``; returns its address."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.documents[path] = (status, kind, data)
        return self.url + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)
