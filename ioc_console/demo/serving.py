"""werkzeug's threaded server with what the demo backend adds: every open connection is known
(so that stopping cuts them, event streams included) and request lines are logged at DEBUG
through this package's logger instead of werkzeug's stderr handler."""

from __future__ import annotations

import logging
import socket
import threading

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

log = logging.getLogger(__name__)
_LEVELS = {"error": logging.WARNING, "warning": logging.WARNING}


class Connections:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()

    def add(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.add(connection)

    def discard(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.discard(connection)

    def cut_all(self) -> int:
        """Shut every open connection down (the handler threads then close them)."""
        with self._lock:
            connections, self._open = list(self._open), set()
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        return len(connections)


def _handler_class(connections: Connections) -> type[WSGIRequestHandler]:
    class Handler(WSGIRequestHandler):
        def setup(self) -> None:
            super().setup()
            connections.add(self.connection)

        def finish(self) -> None:
            try:
                super().finish()
            except OSError:
                pass
            finally:
                connections.discard(self.connection)

        def log(self, type: str, message: str, *args) -> None:
            log.log(_LEVELS.get(type, logging.DEBUG), "%s " + message, self.address_string(),
                    *args)

    return Handler


def serve(port: int, app, connections: Connections) -> BaseWSGIServer:
    """A threaded server listening on 127.0.0.1:``port`` (0: any free port); not yet serving.
    Raises OSError when the port cannot be had."""
    try:
        server = make_server(
            "127.0.0.1", port, app, threaded=True, request_handler=_handler_class(connections)
        )
    except SystemExit as exc:  # werkzeug prints the cause and exits when it cannot bind
        raise OSError(f"cannot listen on 127.0.0.1:{port}") from exc

    def quiet_log(type: str, message: str, *args) -> None:
        log.log(_LEVELS.get(type, logging.DEBUG), message, *args)

    def quiet_error(request, client_address) -> None:
        log.debug("Connection from %s ended with an error", client_address, exc_info=True)

    server.log = quiet_log
    server.handle_error = quiet_error
    return server
