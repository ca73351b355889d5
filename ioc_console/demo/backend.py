"""``DemoBackend``: the demo world served over HTTP on loopback, in threads of this process.

    backend = DemoBackend(seed=1, rate=0)
    url = backend.start()          # http://127.0.0.1:PORT
    ...
    backend.stop()                 # listener and every open connection closed; state kept
    backend.start()                # the same port again, the same state

Test hooks: ``touch(dataset, n)``, ``emit_event()``, ``store`` (``store.put``/``delete``),
``faults`` (see faults.py), ``applied_actions``, ``mix`` (the live feed's mix of events,
see live_mix.py), ``streamer`` (the cameras' video:
``streamer.stop()`` takes every camera's stream down, ``streamer.start()`` brings them back;
see streamer.py), ``rtsp`` (cam-12 and cam-18 as RTSP cameras, following the streamer; None
where the demo RTSP server cannot run; see rtsp_cameras.py).
"""

from __future__ import annotations

import logging
import math
import random
import threading
from collections.abc import Callable
from datetime import datetime

from . import rtsp_server
from .app import DemoApp
from .context import Context
from .faults import Faults
from .live import LiveFeed, emit_live_event, live_functions
from .live_mix import LiveMix
from .rtsp_cameras import DemoRtspCameras
from .serving import Connections, serve
from .store import DATASETS, Change, Store, items_of
from .streamer import DemoStreamer
from .timeutil import StampClock, parse

log = logging.getLogger(__name__)


def _latest_stamp(world) -> datetime | None:
    stamps = [
        parse(item["updated_at"]) for name in DATASETS for item in items_of(world, name)
    ]
    return max(stamps, default=None)


class DemoBackend:
    def __init__(
        self,
        seed: int = 1,
        rate: float = 6.0,
        complaints: int = 1000,
        heartbeat_s: float = 15.0,
        now: datetime | None = None,
        *,
        world=None,
        live: dict[str, Callable] | None = None,
        streamer: DemoStreamer | None = None,
        rtsp: bool | None = None,
    ) -> None:
        """``world`` replaces ``build_world(seed, now, complaints)`` and ``live`` the data
        module's live-event functions (by name), for tests; ``streamer`` the cameras' own
        (whose streams start on their first request). ``rtsp``: serve cam-12 and cam-18 over
        RTSP (see rtsp_cameras.py); None: where the demo RTSP server can run. ``heartbeat_s``
        must be more than 0 (ValueError otherwise)."""
        if not (heartbeat_s > 0 and math.isfinite(heartbeat_s)):
            raise ValueError(f"heartbeat_s must be more than 0 seconds, not {heartbeat_s!r}")
        if world is None:
            from .data import build_world

            world = build_world(seed=seed, now=now, complaints=complaints)
        self.seed, self.rate, self.heartbeat_s = seed, rate, heartbeat_s
        start = getattr(world, "now", None) or now
        clock = StampClock(start=start, floor=_latest_stamp(world))
        self.store = Store(world, clock)
        self.faults = Faults()
        self._live_functions = live
        self._own_live = live is None  # the data module's functions: the feed mixes them
        self._rng = random.Random(seed)
        self.mix = LiveMix(self.store, random.Random(f"{seed}:mix"), self.emit_event)
        self.streamer = streamer or DemoStreamer()
        if rtsp is None:
            rtsp = rtsp_server.available()
            if not rtsp:
                log.info("Demo RTSP cameras not served: %s", rtsp_server.availability()[1])
        self.rtsp = DemoRtspCameras(self.streamer) if rtsp else None
        self._ctx = Context(self.store, lambda: self.url or "", heartbeat_s, self.faults,
                            streamer=self.streamer, rtsp=self.rtsp.url if self.rtsp else None)
        self._app = DemoApp(self._ctx)
        self._connections = Connections()
        self._lock = threading.Lock()
        self._server = None
        self._thread: threading.Thread | None = None
        self._feed: LiveFeed | None = None
        self._port: int | None = None

    @property
    def port(self) -> int | None:
        return self._port

    @property
    def url(self) -> str | None:
        return f"http://127.0.0.1:{self._port}" if self._port else None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def applied_actions(self) -> list[tuple[str, str, str]]:
        """(idempotency_key, alert_id, action) of every applied action, in order."""
        with self.store.lock:
            return list(self.store.applied_actions)

    def announce_client(self, version: str, download_url: str, notes: str = "") -> None:
        """Have ``GET /api/v1/client-version`` offer this console release from now on."""
        self._ctx.client_release = {
            "version": version, "download_url": download_url, "notes": notes,
        }

    def start(self, port: int = 0) -> str:
        """Listen on 127.0.0.1 (``port`` 0: a free port the first time, the same one after a
        stop) and serve in threads; the base URL."""
        with self._lock:
            if self._server is not None:
                return self.url or ""
            self._ctx.stopping = threading.Event()
            self.faults.stopping = threading.Event()
            server = serve(port or self._port or 0, self._app, self._connections)
            self._server, self._port = server, server.port
            self._thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.1},
                name=f"demo-backend-{server.port}", daemon=True,
            )
            self._thread.start()
            if self._feed is None:
                self._feed = LiveFeed(self.store, self.rate, self.live_tick, self.mix.run_due)
                self._feed.start()
        log.info("Demo backend serving on %s", self.url)
        return self.url or ""

    def stop(self, keep_live: bool = False) -> None:
        """Close the listener and every open connection (event streams and video too); keep
        the state. ``keep_live``: the city goes on changing meanwhile and its cameras go on
        streaming (a cut link, not a server down); without it the streamer releases libVLC."""
        with self._lock:
            if self._feed is not None and not keep_live:
                self._feed.stop()
                self._feed = None
            if not keep_live:
                self.streamer.close()
                if self.rtsp is not None:
                    self.rtsp.stop()
            server, self._server = self._server, None
            if server is None:
                return
            self._ctx.stopping.set()
            self.faults.stopping.set()
            server.shutdown()
            server.server_close()
            cut = self._connections.cut_all()
            with self.store.changed:
                self.store.changed.notify_all()
            if self._thread is not None:
                self._thread.join(timeout=5)
        log.info("Demo backend on port %s stopped (%d connections cut)", self._port, cut)

    def touch(self, dataset: str, n: int) -> list[Change]:
        """Change ``n`` items of ``dataset`` now (the least recently changed ones)."""
        return self.store.touch(dataset, n)

    def emit_event(self) -> list[Change]:
        """One live event now (what the live feed does ``rate`` times a minute)."""
        if self._live_functions is None:
            self._live_functions = live_functions()
        return emit_live_event(self.store, self._rng, self._live_functions)

    def set_rate(self, rate: float) -> None:
        """``rate`` live events a minute from now on (0: none), also while running."""
        if not (rate >= 0 and math.isfinite(rate)):
            raise ValueError(f"rate must be 0 or more events a minute, not {rate!r}")
        with self._lock:
            self.rate = rate
            if self._feed is not None:
                self._feed.set_rate(rate)
        log.info("Demo backend: %g live events a minute", rate)

    def live_tick(self) -> list[Change]:
        """One event of the live feed: with the data module's own functions, a live event of
        the mix of live_mix.py; with functions given for a test, one of theirs."""
        if not self._own_live:
            return self.emit_event()
        return self.mix.tick()

    def __enter__(self) -> DemoBackend:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()
