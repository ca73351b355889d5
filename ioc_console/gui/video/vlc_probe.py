"""Can this libVLC play video, and can it open ``rtsp://``?

Debian's libVLC has no live555, so ``rtsp://`` does not open there. We find out by asking a
player to open an RTSP address on a loopback listener of our own: a real RTSP client sends
OPTIONS/DESCRIBE (live555 does); other modules that claim ``rtsp://`` (SAT>IP, RealRTSP) do
not get that far. The player is created and released on the GUI thread.
"""

from __future__ import annotations

import logging
import socket
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from ioc_console.gui.video.vlc_instance import load_error, shared_instance, version

log = logging.getLogger(__name__)
PROBE_SECONDS = 4.0


@dataclass(frozen=True)
class VlcReport:
    version: str | None
    error: str
    rtsp: bool | None
    rtsp_detail: str


class _FakeRtspServer:
    """Answers OPTIONS and waits for DESCRIBE from one client."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.sock.settimeout(PROBE_SECONDS)
        self.port = self.sock.getsockname()[1]
        self.requests: list[str] = []
        self.done = threading.Event()
        threading.Thread(target=self._serve, name="rtsp-probe", daemon=True).start()

    @property
    def described(self) -> bool:
        return any(r.startswith("DESCRIBE ") and "RealMedia" not in r for r in self.requests)

    def _serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
            with conn:
                conn.settimeout(PROBE_SECONDS)
                for _ in range(3):
                    request = conn.recv(4096).decode("latin-1")
                    if not request:
                        break
                    self.requests.append(request)
                    if not request.startswith("OPTIONS "):
                        break
                    cseq = next(
                        (
                            line.split(":", 1)[1].strip()
                            for line in request.splitlines()
                            if line.lower().startswith("cseq:")
                        ),
                        "1",
                    )
                    conn.sendall(
                        f"RTSP/1.0 200 OK\r\nCSeq: {cseq}\r\n"
                        "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n\r\n".encode()
                    )
        except OSError:
            pass
        finally:
            self.sock.close()
            self.done.set()


class VlcProbe(QObject):
    finished = Signal(object)
    """Emitted once with a :class:`VlcReport`."""

    def start(self) -> None:
        instance = shared_instance()
        if instance is None:
            self.finished.emit(VlcReport(None, load_error(), None, ""))
            return
        self._version = version()
        self._server = _FakeRtspServer()
        self._player = instance.media_player_new()
        self._player.audio_set_mute(True)
        self._player.set_media(instance.media_new(f"rtsp://127.0.0.1:{self._server.port}/probe"))
        self._player.play()
        self._elapsed = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._poll)
        self._timer.start(100)

    def _poll(self) -> None:
        self._elapsed += 100
        if not (
            self._server.described
            or self._server.done.is_set()
            or self._elapsed >= PROBE_SECONDS * 1000
        ):
            return
        self._timer.stop()
        self._player.stop()
        self._player.release()
        rtsp = self._server.described
        first = self._server.requests[0].split(" ", 1)[0] if self._server.requests else "nothing"
        detail = "live555" if rtsp else f"client sent {first}"
        log.info(
            "libVLC %s; RTSP %s (%s)", self._version, "available" if rtsp else "unavailable", detail
        )
        self.finished.emit(VlcReport(self._version, "", rtsp, detail))
