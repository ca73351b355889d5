"""``--probe``: what this machine's libVLC can play, as one JSON object on stdout.

    {"version": "3.0.24 Vetinari", "error": "", "rtsp": false, "rtsp_detail": "client sent
     nothing", "relay": true, "relay_detail": "ffmpeg 5.1.6"}

``version`` is None and ``error`` says why when libVLC cannot be loaded (then ``rtsp`` is None).
``rtsp``: can libVLC open ``rtsp://`` itself? Debian's libVLC has no live555, so it cannot. A
player is asked to open an RTSP address on a loopback listener of our own: a real RTSP client
sends OPTIONS then DESCRIBE (live555 does); other modules that claim ``rtsp://`` (SAT>IP,
RealRTSP) do not get that far. ``relay``: can an RTSP camera be played through the local
re-muxing relay instead (an ffmpeg with the RTSP demuxer and the MPEG-TS muxer)?

It runs in a short-lived worker process, so the console never loads libVLC to find out.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import threading
import time
from typing import Any

from .players import VLC_ARGS, load_error_text

log = logging.getLogger(__name__)
PROBE_SECONDS = 4.0


class FakeRtspServer:
    """Answers OPTIONS and waits for DESCRIBE from one client, on a loopback port."""

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
                    conn.sendall(
                        f"RTSP/1.0 200 OK\r\nCSeq: {_cseq(request)}\r\n"
                        "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n\r\n".encode()
                    )
        except OSError:
            pass
        finally:
            self.sock.close()
            self.done.set()


def _cseq(request: str) -> str:
    for line in request.splitlines():
        if line.lower().startswith("cseq:"):
            return line.split(":", 1)[1].strip()
    return "1"


def probe_libvlc() -> dict[str, Any]:
    """``version``, ``error``, ``rtsp`` and ``rtsp_detail`` of this machine's libVLC."""
    try:
        import vlc

        instance = vlc.Instance(*VLC_ARGS, "--vout=dummy", "--aout=dummy")
        if instance is None:
            raise RuntimeError("libvlc_new() returned NULL (plugins missing?)")
        version = vlc.libvlc_get_version().decode("utf-8", "replace")
    except (Exception, SystemExit) as exc:  # python-vlc exits when its library will not load
        return {
            "version": None,
            "error": load_error_text(exc),
            "rtsp": None,
            "rtsp_detail": "",
        }
    server = FakeRtspServer()
    player = instance.media_player_new()
    player.audio_set_mute(True)
    player.set_media(instance.media_new(f"rtsp://127.0.0.1:{server.port}/probe"))
    player.play()
    deadline = time.monotonic() + PROBE_SECONDS
    while not (server.described or server.done.is_set()) and time.monotonic() < deadline:
        time.sleep(0.05)
    player.stop()
    player.release()
    instance.release()
    rtsp = server.described
    first = server.requests[0].split(" ", 1)[0] if server.requests else "nothing"
    return {
        "version": version,
        "error": "",
        "rtsp": rtsp,
        "rtsp_detail": "live555" if rtsp else f"client sent {first}",
    }


def probe_relay() -> dict[str, Any]:
    """``relay`` and ``relay_detail``: can RTSP be played through the local relay?"""
    try:
        from ioc_console.core.video.relay import relay_available
    except ImportError:
        return {"relay": False, "relay_detail": "this build has no RTSP relay"}
    try:
        available, detail = relay_available()
    except Exception as exc:  # a broken ffmpeg must not break the probe
        available, detail = False, f"{type(exc).__name__}: {exc}"
    return {"relay": bool(available), "relay_detail": str(detail)}


def main() -> int:
    """Print the probe's JSON object on stdout (libVLC's own output goes to stderr).

    Written to a copy of fd 1, not ``sys.stdout``: the Windows bundle's windowed executable
    has no ``sys.stdout`` object (it is None), but its fd 1 is the console's pipe all the same.
    """
    if sys.stdout is not None:
        sys.stdout.flush()
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    report = {**probe_libvlc(), **probe_relay()}
    out.write(json.dumps(report, ensure_ascii=False) + "\n")
    out.flush()
    return 0
