"""Small real HTTP servers on loopback for the client tests, each route a plain function.

A route gets the request handler (``h``) and answers with the helpers below, or misbehaves on
purpose (hangs, resets, streams forever) — the faults a real backend or a network can produce.
"""

from __future__ import annotations

import gzip
import json
import socket
import struct
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _dispatch(self) -> None:
        split = urlsplit(self.path)
        self.route_path = split.path
        self.query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length else b""
        loopback = self.server.loopback
        with loopback.lock:
            loopback.requests.append((self.command, self.path, dict(self.headers), self.body))
        route = loopback.routes.get((self.command, self.route_path))
        if route is None:
            send_problem(self, 404, "not_found", "Not Found", f"no route {self.route_path}")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away: part of several tests

    do_GET = do_POST = do_HEAD = _dispatch

    def json_body(self) -> Any:
        return json.loads(self.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    loopback: Loopback


class Loopback:
    """An HTTP server on 127.0.0.1 in a thread; :attr:`requests` records what arrived."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.lock = threading.Lock()
        self.closing = threading.Event()
        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.loopback = self
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def route(self, method: str, path: str, fn: Route) -> None:
        self.routes[(method, path)] = fn

    def hits(self, path: str) -> list[tuple[str, str, dict[str, str], bytes]]:
        with self.lock:
            return [r for r in self.requests if urlsplit(r[1]).path == path]

    def close(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()


def send(
    h: Handler,
    status: int,
    body: bytes = b"",
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    h.end_headers()
    if h.command != "HEAD":
        h.wfile.write(body)


def send_json(h: Handler, obj: Any, status: int = 200, headers: dict[str, str] | None = None):
    body = json.dumps(obj).encode()
    extra = dict(headers or {})
    if "gzip" in h.headers.get("Accept-Encoding", "") and len(body) > 200:
        body = gzip.compress(body)
        extra["Content-Encoding"] = "gzip"
    send(h, status, body, headers=extra)


def send_problem(
    h: Handler,
    status: int,
    code: str,
    title: str,
    detail: str = "",
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> None:
    problem = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    problem.update(code=code, **extra)
    send(h, status, json.dumps(problem).encode(), "application/problem+json", headers)


def reset_connection(h: Handler) -> None:
    """Close with an RST instead of a FIN (a connection reset as the client sees it)."""
    h.wfile.flush()
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()
    h.close_connection = True


class SilentListener:
    """Accepts TCP connections and never answers (a hung server)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.accepted: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def free_port() -> int:
    """A port on loopback that nothing listens on (at the time of asking)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
