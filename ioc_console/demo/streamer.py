"""``DemoStreamer``: the demo cameras' live video, as the cameras of the city would send it.

Each (camera, stream) is a libVLC media player of this process that loops the camera's clip
from ``resources/demo/`` (``cam-01-main.mp4``, ``cam-01-sub.mp4``; a ``relay`` plays the
camera's main clip) into libVLC's stream output, MPEG-TS over HTTP on a private loopback port::

    #std{access=http,mux=ts,dst=127.0.0.1:PORT/cam-01/sub.ts}

A stream starts on its first request and then runs until :meth:`DemoStreamer.stop`. The demo
backend does not hand that port out: :meth:`DemoStreamer.open` reads the stream and the
backend passes the bytes on, so the cameras' URLs stay on the backend's address and stopping
the backend cuts the video with everything else.

    streamer.stop()     # the cameras go dark: every stream ends, open() says unavailable
    streamer.start()    # back: the next open() starts the stream again
    streamer.close()    # libVLC released (players and instance); running is kept

``on_running`` listeners hear start (True), stop and close (False): the demo's RTSP cameras
(rtsp_cameras.py) go dark and come back with the others.

Qt-free; its libVLC instance is its own (the console's player instance is another one: this
one stands in for the cameras, which are other machines). Thread-safe.
"""

from __future__ import annotations

import atexit
import logging
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ioc_console.core.paths import resources_dir

log = logging.getLogger(__name__)

# the clip each stream of a camera plays: a relay passes the camera's main stream on
CLIP_OF = {"main": "main", "sub": "sub", "relay": "main"}
VLC_OPTIONS = (
    "--no-xlib",
    "--quiet",
    "--ignore-config",
    "--no-video-title-show",
    "--vout=dummy",
    "--aout=dummy",
)
# ``input-repeat``: the clip again and again in the same input, so the stream output and its
# HTTP listeners stay open; a short ``file-caching`` keeps the timestamps continuous across
# the loop point (with the default 1 s the new round starts 0.8 s in the past and a watching
# player drops most of a second of pictures on every loop)
MEDIA_OPTIONS = (":sout-keep", ":no-sout-all", ":input-repeat=65535", ":file-caching=50")
READ_TIMEOUT_S = 0.5  # how soon an open stream notices a stop
CHUNK = 64 * 1024
_HEAD_LIMIT = 16 * 1024


def clips_dir() -> Path:
    return resources_dir() / "demo"


def sout_chain(host: str, port: int, path: str) -> str:
    """The stream output of one stream: MPEG-TS served over HTTP at ``host:port/path``."""
    return f"#std{{access=http,mux=ts,dst={host}:{port}{path}}}"


class StreamUnavailableError(Exception):
    """The stream cannot be served now: the streamer is stopped, libVLC or the clip is
    missing, or libVLC could not stream it. The message says which."""


class DemoStreamer:
    def __init__(
        self, clips: Path | None = None, *, host: str = "127.0.0.1", startup_timeout_s: float = 15.0
    ) -> None:
        """``clips``: the folder of the clips (default ``resources/demo``);
        ``startup_timeout_s``: how long :meth:`open` waits for a new stream to come up."""
        self.clips = clips or clips_dir()
        self.host = host
        self.startup_timeout_s = startup_timeout_s
        self._lock = threading.Lock()
        self._running = True
        self._vlc = None
        self._instance = None
        self._players: dict[tuple[str, str], object] = {}
        self._port: int | None = None
        self._epoch = threading.Event()  # set when the streams of this round are gone
        self._relays: set[_Relay] = set()
        # told True on start(), False on stop() and close(): the demo's RTSP cameras follow
        self.on_running: list[Callable[[bool], None]] = []
        _LIVE.add(self)

    @property
    def running(self) -> bool:
        """False after :meth:`stop` (until :meth:`start`): every stream is unavailable."""
        return self._running

    @property
    def streaming(self) -> list[tuple[str, str]]:
        """The (camera, stream) pairs whose player runs now."""
        with self._lock:
            return sorted(self._players)

    @property
    def viewers(self) -> int:
        """How many connections read a stream now (iterables of :meth:`open` not closed)."""
        with self._lock:
            return len(self._relays)

    def clip(self, camera: str, stream: str) -> Path:
        """The clip ``stream`` (main, sub or relay) of ``camera`` plays."""
        return self.clips / f"{camera}-{CLIP_OF[stream]}.mp4"

    def start(self) -> None:
        """Serve streams again (each starts on its next request)."""
        with self._lock:
            self._running = True
        log.info("Demo camera streams available")
        self._tell(True)

    def stop(self) -> None:
        """Stop every stream: watching players lose it at once, and :meth:`open` raises
        :class:`StreamUnavailableError` until :meth:`start`."""
        with self._lock:
            self._running = False
        count = self._stop_players(release_instance=False)
        log.info("Demo camera streams stopped (%d were running)", count)
        self._tell(False)

    def close(self) -> None:
        """Stop every stream and release libVLC; ``running`` is kept, so a later request
        starts libVLC again."""
        self._stop_players(release_instance=True)
        self._tell(False)

    def _tell(self, running: bool) -> None:
        for listener in list(self.on_running):
            try:
                listener(running)
            except Exception:  # one listener's failure stops neither the streams nor others
                log.exception("a listener of the demo camera streams failed")

    def open(
        self, camera: str, stream: str, cancelled: threading.Event | None = None
    ) -> Iterable[bytes]:
        """Start ``stream`` of ``camera`` if it does not run yet and connect to it: an
        iterable of MPEG-TS bytes that ends when the streamer stops or closes, when the
        stream's output ends, or when ``cancelled`` is set. Close it to let go earlier.
        Raises :class:`StreamUnavailableError` (before any byte) when the stream cannot be had."""
        key = (camera, stream)
        player, port, epoch = self._ensure_player(key)
        path = _path(key)
        deadline = time.monotonic() + self.startup_timeout_s
        while True:
            self._check_alive(key, player, epoch)
            connection, first = _request(self.host, port, path)
            if connection is not None:
                relay = _Relay(connection, first, epoch, cancelled or threading.Event())
                relay.closed = self._forget
                with self._lock:
                    self._relays.add(relay)
                return relay
            if time.monotonic() > deadline:
                raise StreamUnavailableError(
                    f"The {stream} stream of {camera} did not come up within "
                    f"{self.startup_timeout_s:g} s."
                )
            if epoch.wait(0.1):
                raise StreamUnavailableError(_stopped_text(self._running))

    def _forget(self, relay: _Relay) -> None:
        with self._lock:
            self._relays.discard(relay)

    # -- players -------------------------------------------------------------------------

    def _ensure_player(self, key: tuple[str, str]):
        camera, stream = key
        with self._lock:
            if not self._running:
                raise StreamUnavailableError(_stopped_text(False))
            player = self._players.get(key)
            if player is not None and player.get_state() not in self._finished_states():
                return player, self._port, self._epoch
            clip = self.clip(camera, stream)
            if not clip.is_file():
                raise StreamUnavailableError(
                    f"There is no demo clip for the {stream} stream of {camera} ({clip})."
                )
            instance = self._libvlc()
            if player is not None:
                player.release()
            if self._port is None or not self._players:
                self._port = _free_port(self.host)
            player = instance.media_player_new()
            media = instance.media_new_path(str(clip))
            media.add_option(f":sout={sout_chain(self.host, self._port, _path(key))}")
            for option in MEDIA_OPTIONS:
                media.add_option(option)
            player.set_media(media)
            media.release()
            if player.play() != 0:
                player.release()
                raise StreamUnavailableError(f"libVLC could not play {clip.name}.")
            self._players[key] = player
            log.info(
                "Demo stream %s/%s: %s looped to http://%s:%d%s",
                camera,
                stream,
                clip.name,
                self.host,
                self._port,
                _path(key),
            )
            return player, self._port, self._epoch

    def _check_alive(self, key: tuple[str, str], player, epoch: threading.Event) -> None:
        """Raise when the player has gone (stopped, closed) or failed."""
        with self._lock:
            if epoch.is_set() or self._players.get(key) is not player:
                raise StreamUnavailableError(_stopped_text(self._running))
            if player.get_state() in self._finished_states():
                del self._players[key]
                player.release()
                raise StreamUnavailableError(
                    f"libVLC could not stream the {key[1]} stream of {key[0]} "
                    f"(stream output on {self.host}:{self._port})."
                )

    def _finished_states(self) -> tuple:
        state = self._vlc.State
        return (state.Ended, state.Error, state.Stopped)

    def _libvlc(self):
        if self._instance is None:
            try:
                import vlc
            except Exception as exc:  # python-vlc raises more than ImportError without libVLC
                raise StreamUnavailableError(f"libVLC is not available: {exc}") from exc
            instance = vlc.Instance(*VLC_OPTIONS)
            if instance is None:
                raise StreamUnavailableError("libVLC did not start (see its messages on stderr).")
            self._vlc, self._instance = vlc, instance
        return self._instance

    def _stop_players(self, release_instance: bool) -> int:
        with self._lock:
            players, self._players = list(self._players.values()), {}
            self._epoch.set()
            self._epoch = threading.Event()
            instance = self._instance if release_instance else None
            if release_instance:
                self._instance = None
        for player in players:  # viewers' connections end with the stream outputs
            player.stop()
            player.release()
        if instance is not None:
            instance.release()
        return len(players)


_LIVE: weakref.WeakSet[DemoStreamer] = weakref.WeakSet()


@atexit.register
def _release_all() -> None:
    """No libVLC thread outlives the interpreter, even for a streamer nobody closed."""
    for streamer in list(_LIVE):
        streamer.close()


def _path(key: tuple[str, str]) -> str:
    return f"/{key[0]}/{key[1]}.ts"


def _stopped_text(running: bool) -> str:
    if running:
        return "The demo camera streams were reset; ask again."
    return "The demo cameras are not streaming (the streamer is stopped)."


def _free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _request(host: str, port: int, path: str) -> tuple[socket.socket | None, bytes]:
    """GET ``path`` from the stream output: the connection past the answer's head and the
    bytes already read after it, or (None, b"") while the stream is not there (yet)."""
    try:
        connection = socket.create_connection((host, port), timeout=2.0)
    except OSError:
        return None, b""
    try:
        connection.sendall(f"GET {path} HTTP/1.0\r\nHost: {host}:{port}\r\n\r\n".encode())
        head = b""
        while b"\r\n\r\n" not in head and len(head) < _HEAD_LIMIT:
            data = connection.recv(4096)
            if not data:
                break
            head += data
        head, _, rest = head.partition(b"\r\n\r\n")
        status = head.split(b"\r\n", 1)[0].split()
        if len(status) >= 2 and status[1] == b"200":
            connection.settimeout(READ_TIMEOUT_S)
            return connection, rest
    except OSError:
        pass
    connection.close()
    return None, b""


class _Relay:
    """The bytes of one open stream; ``close()`` lets go of the stream output."""

    def __init__(
        self,
        connection: socket.socket,
        first: bytes,
        epoch: threading.Event,
        cancelled: threading.Event,
    ) -> None:
        self._connection, self._first = connection, first
        self._epoch, self._cancelled = epoch, cancelled
        self.closed: Callable[[_Relay], None] | None = None  # told once, on close

    def __iter__(self) -> Iterator[bytes]:
        try:
            if self._first:
                yield self._first
            while not (self._epoch.is_set() or self._cancelled.is_set()):
                try:
                    data = self._connection.recv(CHUNK)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not data:
                    return
                yield data
        finally:
            self.close()

    def close(self) -> None:
        self._connection.close()
        told, self.closed = self.closed, None
        if told is not None:
            told(self)
