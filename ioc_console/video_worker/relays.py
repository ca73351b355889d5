"""The RTSP relays of a worker's players (``Play(relay=True)``), one per slot.

A relay (``ioc_console.core.video.relay.RtspRelay``) starts an ffmpeg that re-muxes the
camera's RTSP stream to a local URL libVLC can open. Starting and stopping take time (a
process to start or end), so they run on threads of their own and their outcome is posted to
the worker's queue: ``("relay-url", slot, generation, url)`` when a (new) local URL is ready to
play, ``("relay-state", slot, generation, state, detail)`` when the relay's state changes. The
main loop calls :meth:`Relays.poll` a few times a second (the relay restarts a dead ffmpeg with
back-off and hands over its new URL there).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ioc_console.core.video.streams import redacted

log = logging.getLogger(__name__)


@dataclass
class _Entry:
    relay: Any  # RtspRelay
    generation: int
    url: str
    started: bool = False
    starter: threading.Thread | None = None


class Relays:
    def __init__(self, post: Callable[[tuple], None]) -> None:
        self._post = post
        self._relays: dict[int, _Entry] = {}
        self._generation = 0
        self._stoppers: list[threading.Thread] = []

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
        entry.starter = threading.Thread(
            target=self._start, args=(slot, entry), name="relay-start", daemon=True
        )
        self._relays[slot] = entry
        entry.starter.start()

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
        """Stop ``slot``'s relay (on a thread, after its start); False when it has none."""
        entry = self._relays.pop(slot, None)
        if entry is None:
            return False

        def stop() -> None:
            if entry.starter is not None:
                entry.starter.join()
            try:
                entry.relay.stop()
            except Exception as exc:
                log.warning("stopping a relay failed: %s", _scrub(_describe(exc), entry.url))

        stopper = threading.Thread(target=stop, name="relay-stop", daemon=True)
        self._stoppers = [t for t in self._stoppers if t.is_alive()] + [stopper]
        stopper.start()
        return True

    def close(self, timeout: float = 3.0) -> None:
        for slot in list(self._relays):
            self.stop(slot)
        for stopper in self._stoppers:
            stopper.join(timeout)

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
