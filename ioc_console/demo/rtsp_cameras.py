"""The demo's RTSP cameras: cam-12 and cam-18 served as real ``rtsp://`` streams.

Where the demo RTSP server can run (:func:`ioc_console.demo.rtsp_server.available`), the demo
backend hands out those cameras' ``main`` and ``sub`` as URLs on it
(``rtsp://operator:PASSWORD@127.0.0.1:PORT/cam-12/main``) instead of the city-network
addresses of their records, so a console plays them as RTSP cameras (through its relay where
libVLC cannot open RTSP). The server starts when a camera's record is first handed out (in the
background: a viewer that comes sooner is refused and tries again), follows the cameras'
streamer (``streamer.stop()`` takes it down, ``streamer.start()`` brings it back on the same
port) and stops with the backend.

The password is the same in every run of the demo (it stands in for a camera's, to be kept out
of logs; a console's cache keeps the URL across runs); the port is a free one.
"""

from __future__ import annotations

import logging
import threading

from .data.cameras import RTSP
from .rtsp_server import DemoRtspServer, RtspServerError
from .streamer import DemoStreamer

log = logging.getLogger(__name__)

PASSWORD = "Cl-cam-2026"
STREAMS = ("main", "sub")


def mount(camera: str, stream: str) -> str:
    return f"/{camera}/{stream}"


class DemoRtspCameras:
    def __init__(self, streamer: DemoStreamer, server: DemoRtspServer | None = None) -> None:
        self.streamer = streamer
        self.server = server or DemoRtspServer(
            [mount(c, s) for c in sorted(RTSP) for s in STREAMS], password=PASSWORD
        )
        self._lock = threading.Lock()
        self._starting: threading.Thread | None = None
        self._served = False  # asked for since the backend started (or the streams came back)
        streamer.on_running.append(self._streams_running)

    def url(self, camera: str, stream: str) -> str | None:
        """The ``rtsp://`` URL of ``stream`` of ``camera`` (None: not one of the RTSP cameras'
        streams); the server is started in the background if it does not run and the
        cameras stream."""
        if camera not in RTSP or stream not in STREAMS:
            return None
        with self._lock:
            self._served = True
            if self.streamer.running and not self.server.running and self._starting is None:
                self._starting = threading.Thread(
                    target=self._start, name="demo-rtsp-start", daemon=True
                )
                self._starting.start()
        return self.server.url(mount(camera, stream))

    def stop(self) -> None:
        """The server stopped; the next :meth:`url` starts it again."""
        with self._lock:
            self._served = False
            starting = self._starting
        if starting is not None:
            starting.join()
        self.server.stop()

    def _start(self) -> None:
        try:
            self.server.start()
        except RtspServerError as exc:
            log.warning("The demo's RTSP cameras are not served: %s", exc)
        finally:
            with self._lock:
                self._starting = None

    def _streams_running(self, running: bool) -> None:
        if not running:
            self.server.stop()
            return
        with self._lock:
            served = self._served
        if served:  # viewers may be waiting: back at once, as the other cameras are
            try:
                self.server.start()
            except RtspServerError as exc:
                log.warning("The demo's RTSP cameras are not served: %s", exc)
