"""A small GeoReport v2 server on loopback that behaves as real Open311 servers do.

Each route is ``answer(query, form) -> (status, content type, body)`` or with headers as a
fourth item; :attr:`seen` records ``(method, path, query, form)`` of every request.
Real servers' habits are plain route functions in the tests: the whole list for
``requests/<id>``, a single object, pages capped below ``page_size``, tokens.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

from ioc_console.demo.open311_format import to_xml

TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
Answer = tuple  # (status, content type, body[, headers])
Route = Callable[[dict[str, str], list[tuple[str, str]]], Answer]


def document(fmt: str, root: str, value: Any, status: int = 200) -> Answer:
    """``value`` as a GeoReport JSON or XML answer (``root`` names the XML root)."""
    if fmt == "xml":
        return status, TYPES["xml"], to_xml(root, value)
    return status, TYPES["json"], json.dumps(value).encode()


class GeoReportServer:
    """A loopback HTTP server at :attr:`url` (``http://127.0.0.1:PORT/open311/v2``)."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.seen: list[tuple[str, str, dict[str, str], list[tuple[str, str]]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                form = parse_qsl(raw, keep_blank_values=True)
                outer.seen.append((self.command, parts.path, query, form))
                route = outer.routes.get((self.command, parts.path))
                answer = route(query, form) if route else (404, "text/plain", b"no")
                status, kind, body, *rest = answer
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (rest[0] if rest else {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/open311/v2"

    def serve(self, path: str, answer: Route | Answer, method: str = "GET") -> None:
        route = answer if callable(answer) else (lambda query, form: answer)
        self.routes[(method, f"/open311/v2/{path}")] = route

    def asked(self, method: str = "GET") -> list[tuple[str, dict[str, str]]]:
        return [(path, query) for m, path, query, _ in self.seen if m == method]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
