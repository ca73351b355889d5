"""The RTSP relays of a worker's players (``Play(relay=True)``), one per slot.

A relay (``ioc_console.core.video.relay.RtspRelay``) starts an ffmpeg that re-muxes the
camera's RTSP stream to a local URL libVLC can open. Starting and stopping take time (a
process to start or end), so they run on a few threads that live as long as the worker (a
child process tied to the thread that started it, as with Linux's parent-death signal, is not
ended when a short-lived thread ends) and their outcome is posted to
the worker's queue: ``("relay-url", slot, generation, url)`` when a (new) local URL is ready to
play, ``("relay-state", slot, generation, state, detail)`` when the relay's state changes. The
main loop calls :meth:`Relays.poll` a few times a second (the relay restarts a dead ffmpeg with
back-off and hands over its new URL there).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from ioc_console.core.video.streams import redacted

log = logging.getLogger(__name__)
THREADS = 4  # relays started or stopped at the same time


@dataclass
class _Entry:
    relay: Any  # RtspRelay
    generation: int
    url: str
    started: bool = False
    starting: Future[None] | None = None


class Relays:
    def __init__(self, post: Callable[[tuple], None]) -> None:
        self._post = post
        self._relays: dict[int, _Entry] = {}
        self._generation = 0
        self._pool = ThreadPoolExecutor(THREADS, thread_name_prefix="relay")
        self._stopping: list[Future[None]] = []

    def start(self, slot: int, url: str) -> None:
        """Start a relay for ``url`` as ``slot`` (on a thread); its local URL is posted."""
        self.stop(slot)
        self._generation += 1
        generation, post = self._generation, self._post
        try:
            from ioc_console.core.video.relay import RtspRelay
        except ImportError:
            post(("relay-state", slot, generation, "failed", "this build has no RTSP relay"))
            return

        def on_state(state: str, detail: str) -> None:
            post(("relay-state", slot, generation, state, _scrub(detail, url)))

        try:
            entry = _Entry(RtspRelay(url, on_state), generation, url)
        except Exception as exc:  # a URL the relay refuses
            post(("relay-state", slot, generation, "failed", _scrub(_describe(exc), url)))
            return
        self._relays[slot] = entry
        entry.starting = self._pool.submit(self._start, slot, entry)

    def started(self, slot: int, generation: int) -> bool:
        """The main loop got the first local URL of ``slot``'s relay: :meth:`poll` it from
        now on. False when that relay is no longer the slot's."""
        entry = self._relays.get(slot)
        if entry is None or entry.generation != generation:
            return False
        entry.started = True
        return True

    def current(self, slot: int, generation: int) -> bool:
        entry = self._relays.get(slot)
        return entry is not None and entry.generation == generation

    def poll(self) -> list[tuple[int, str]]:
        """``(slot, new local URL)`` for every relay that restarted its ffmpeg."""
        renewed: list[tuple[int, str]] = []
        for slot, entry in list(self._relays.items()):
            if not entry.started:
                continue
            try:
                url = entry.relay.poll()
            except Exception as exc:
                detail = _scrub(_describe(exc), entry.url)
                log.warning("the relay of slot %d failed: %s", slot, detail)
                continue
            if url:
                renewed.append((slot, url))
        return renewed

    def stop(self, slot: int) -> bool:
        """Stop ``slot``'s relay (on a relay thread, once its start is over); False when it
        has none."""
        entry = self._relays.pop(slot, None)
        if entry is None:
            return False
        stopped: Future[None] = Future()
        self._stopping = [f for f in self._stopping if not f.done()] + [stopped]

        def stop() -> None:
            try:
                entry.relay.stop()
            except Exception as exc:
                log.warning("stopping a relay failed: %s", _scrub(_describe(exc), entry.url))
            finally:
                stopped.set_result(None)

        if entry.starting is None:
            self._pool.submit(stop)
        else:  # never wait on a relay thread for another job: chain it
            entry.starting.add_done_callback(lambda _f: self._pool.submit(stop))
        return True

    def close(self, timeout: float = 3.0) -> None:
        """Stop every relay, waiting at most ``timeout`` for their ffmpeg to end."""
        for slot in list(self._relays):
            self.stop(slot)
        wait(self._stopping, timeout)

    def _start(self, slot: int, entry: _Entry) -> None:
        try:
            local = entry.relay.start()
        except Exception as exc:
            detail = _scrub(_describe(exc), entry.url)
            self._post(("relay-state", slot, entry.generation, "failed", detail))
            return
        self._post(("relay-url", slot, entry.generation, local))


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _scrub(text: str, url: str) -> str:
    """``text`` with ``url`` (and its credentials) replaced by its redacted form."""
    return text.replace(url, redacted(url)) if url else text
