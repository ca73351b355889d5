"""A stand-in for the demo backend's streamer: live MPEG-TS over HTTP on loopback.

It serves ``/streams/<camera>/{main,sub,relay}.ts`` from clips made with ffmpeg (a keyframe
every second), paced to real time, each client joining where the "live" clip is now.
``stop()`` closes every connection and the listener; ``start()`` serves again on the same port.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TS = 188
SIZES = {"main": "960x540", "sub": "480x270", "relay": "640x360"}
SECONDS = 20


def make_clips(folder: Path) -> dict[str, Path]:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise RuntimeError("ffmpeg is needed to make the stand-in streams (apt-get install ffmpeg)")
    clips = {}
    for variant, size in SIZES.items():
        path = folder / f"{variant}.ts"
        if not path.exists():
            subprocess.run(
                [
                    ffmpeg,
                    "-y",
                    "-loglevel",
                    "error",
                    "-f",
                    "lavfi",
                    "-i",
                    f"testsrc2=size={size}:rate=25",
                    "-t",
                    str(SECONDS),
                    "-c:v",
                    "libx264",
                    "-preset",
                    "veryfast",
                    "-g",
                    "25",
                    "-pix_fmt",
                    "yuv420p",
                    "-f",
                    "mpegts",
                    str(path),
                ],
                check=True,
            )
        clips[variant] = path
    return clips


class StandInStreamer:
    def __init__(self, clips: dict[str, Path]) -> None:
        self.data = {k: p.read_bytes() for k, p in clips.items()}
        self.t0 = time.monotonic()
        self.port = 0
        self._server: ThreadingHTTPServer | None = None
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._server is not None

    def url(self, camera: str, variant: str) -> str:
        return f"http://127.0.0.1:{self.port}/streams/{camera}/{variant}.ts"

    def start(self) -> None:
        if self._server is not None:
            return
        streamer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                variant = self.path.rsplit("/", 1)[-1].removesuffix(".ts")
                if variant not in streamer.data:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "video/mp2t")
                self.end_headers()
                with streamer._lock:
                    streamer._conns.add(self.connection)
                try:
                    streamer._pace(self.wfile, streamer.data[variant])
                except OSError:
                    pass
                finally:
                    with streamer._lock:
                        streamer._conns.discard(self.connection)

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, args=(0.1,), daemon=True).start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with self._lock:
            for conn in list(self._conns):
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _pace(self, out, data: bytes) -> None:
        rate = len(data) / SECONDS
        pos = int((time.monotonic() - self.t0) * rate) % len(data) // TS * TS
        sent, began = 0, time.monotonic()
        chunk = TS * 64
        while self._server is not None:
            piece = data[pos : pos + chunk]
            out.write(piece)
            pos = (pos + len(piece)) % len(data)
            sent += len(piece)
            ahead = sent / rate - (time.monotonic() - began) - 0.5  # half a second of lead
            if ahead > 0:
                time.sleep(ahead)
