"""The RTSP relays of a worker's players (``Play(relay=True)``), one per slot.

A relay (``ioc_console.core.video.relay.RtspRelay``) runs an ffmpeg that re-muxes the camera's
RTSP stream into a local URL libVLC can open. A relay is driven from one thread only, and ending
its ffmpeg can take a moment, so every relay of the worker lives on one thread of its own here,
which starts, polls (a few times a second: the relay restarts a dead ffmpeg with back-off) and
stops them; the worker's main loop only hands it jobs and never waits for one. What happens is
posted to the worker's queue: ``("relay-url", slot, generation, url)`` when a (new) local URL
is ready to play in the slot, ``("relay-state", slot, generation, state, detail)`` when the
relay's state changes. A relay is stopped only after the player that reads it is released.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from ioc_console.core.video.streams import redacted

log = logging.getLogger(__name__)
POLL_S = 0.25
NO_RELAY = "this build has no RTSP relay"


class Relays:
    def __init__(self, post: Callable[[tuple], None]) -> None:
        self._post = post
        self._generation = 0
        self._current: dict[int, int] = {}  # slot → generation of its relay (main thread)
        self._jobs: queue.SimpleQueue[tuple] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._media_options: Callable[[str, Iterable[str]], tuple[str, ...]] | None = None

    def start(self, slot: int, url: str) -> int:
        """Start a relay for ``url`` as ``slot``; its generation (its reports carry it)."""
        self._generation += 1
        generation = self._generation
        self._current[slot] = generation
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="relays", daemon=True)
            self._thread.start()
        self._jobs.put(("start", slot, generation, url))
        return generation

    def current(self, slot: int, generation: int) -> bool:
        return self._current.get(slot) == generation

    def has(self, slot: int) -> bool:
        return slot in self._current

    def forget(self, slot: int) -> Callable[[], None] | None:
        """``slot`` is no longer relayed (its reports are dropped from now on). The relay's
        stop, to be called once its player is released (None: it had no relay)."""
        generation = self._current.pop(slot, None)
        if generation is None:
            return None
        return lambda: self._jobs.put(("stop", generation))

    def media_options(self, url: str, options: tuple[str, ...]) -> tuple[str, ...]:
        """The libVLC options for playing a relay's local ``url`` (a pipe is read with
        ``file-caching``)."""
        if self._media_options is None:
            try:
                from ioc_console.core.video.relay import media_options
            except ImportError:
                return options
            self._media_options = media_options
        return self._media_options(url, options)

    def close(self, timeout: float = 3.0) -> None:
        """Stop every relay (their players released first), waiting at most ``timeout``."""
        if self._thread is None:
            return
        self._jobs.put(("close",))
        self._thread.join(timeout)

    # --- the relays' thread -----------------------------------------------------------------

    def _run(self) -> None:
        relays: dict[int, tuple[int, Any]] = {}  # generation → (slot, RtspRelay)
        next_poll = time.monotonic() + POLL_S
        while True:
            try:
                job = self._jobs.get(timeout=max(0.0, next_poll - time.monotonic()))
            except queue.Empty:
                job = None
            if job is not None and job[0] == "close":
                for _slot, relay in relays.values():
                    _stop(relay)
                return
            if job is not None and job[0] == "start":
                _, slot, generation, url = job
                relay = self._start(slot, generation, url)
                if relay is not None:
                    relays[generation] = (slot, relay)
            elif job is not None and job[0] == "stop":
                slot_relay = relays.pop(job[1], None)
                if slot_relay is not None:
                    _stop(slot_relay[1])
            if time.monotonic() >= next_poll:
                next_poll = time.monotonic() + POLL_S
                for generation, (slot, relay) in list(relays.items()):
                    self._poll(slot, generation, relay)

    def _start(self, slot: int, generation: int, url: str) -> Any:
        post = self._post

        def on_state(state: str, detail: str) -> None:
            post(("relay-state", slot, generation, state, _scrub(detail, url)))

        try:
            from ioc_console.core.video.relay import RtspRelay
        except ImportError:
            on_state("failed", NO_RELAY)
            return None
        try:
            relay = RtspRelay(url, on_state)
            local = relay.start()
        except Exception as exc:  # a URL the relay refuses, an ffmpeg that cannot start
            on_state("failed", _describe(exc))
            return None
        post(("relay-url", slot, generation, local))
        return relay

    def _poll(self, slot: int, generation: int, relay: Any) -> None:
        try:
            url = relay.poll()
        except Exception as exc:
            log.warning("the relay of slot %d failed: %s", slot, _scrub(_describe(exc), relay.url))
            return
        if url:
            self._post(("relay-url", slot, generation, url))


def _stop(relay: Any) -> None:
    try:
        relay.stop()
    except Exception as exc:
        log.warning("stopping a relay failed: %s", _scrub(_describe(exc), relay.url))


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _scrub(text: str, url: str) -> str:
    """``text`` with ``url`` (and its credentials) replaced by its redacted form."""
    return text.replace(url, redacted(url)) if url else text
