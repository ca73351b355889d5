"""``Players``: the libVLC players of one video worker, one per slot, on one libVLC instance.

Every player is created and asked for its figures on the worker's main thread. libVLC's own
threads run only the event callbacks, which put ``("event", slot, name)`` on the worker's
queue and nothing else. Stopping and releasing a player (``stop`` joins libVLC's threads and
can take a while on a stalled network read; then the heap's free pages go back to the system,
which glibc does not do by itself) and taking a snapshot (libVLC waits for a picture
and encodes a PNG) run on helper threads, so the main loop keeps its heartbeat; a player is
never released while a snapshot of it is being taken.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ioc_console.core.video.protocol import FrameStats
from ioc_console.memory import give_back_free_memory

log = logging.getLogger(__name__)

# --no-xlib: the console's windows belong to another process; no title, no OSD text or
# snapshot thumbnail over a camera's picture
VLC_ARGS = (
    "--no-xlib",
    "--quiet",
    "--no-video-title-show",
    "--no-snapshot-preview",
    "--no-osd",
)
EVENT_NAMES = ("playing", "ended", "error")


class LibVlcMissingError(RuntimeError):
    """libVLC cannot be loaded here (the text says why)."""


@dataclass
class _Slot:
    player: Any  # vlc.MediaPlayer (python-vlc has no type information)
    media: Any
    events: Any
    url: str
    label: str
    generation: int
    base: FrameStats = field(
        default_factory=FrameStats
    )  # counted by the players this slot had before this one
    last: FrameStats = field(default_factory=FrameStats)  # the last figures reported
    snapshots: int = 0  # snapshots being taken: a stopped player is released after them
    stopped: bool = False
    then: Callable[[], None] | None = None  # called once the player is released


class Players:
    """The worker's players by slot. ``post`` receives ``("event", slot, generation, name)``
    from libVLC threads (:meth:`current` tells whether that player still holds its slot) and
    ``("snapshot", request, ok, detail)`` when a snapshot is done."""

    def __init__(self, post: Callable[[tuple], None]) -> None:
        self._post = post
        try:
            import vlc

            self._vlc = vlc
            self._instance = vlc.Instance(*VLC_ARGS)
        except (Exception, SystemExit) as exc:  # python-vlc exits when its library will not load
            raise LibVlcMissingError(load_error_text(exc)) from None
        if self._instance is None:
            raise LibVlcMissingError("libvlc_new() returned NULL (plugins missing?)")
        self.version = vlc.libvlc_get_version().decode("utf-8", "replace")
        self._slots: dict[int, _Slot] = {}
        self._generation = 0
        self._lock = threading.Lock()  # guards _Slot.snapshots across the snapshot threads
        self._reaper: queue.SimpleQueue[_Slot | None] = queue.SimpleQueue()
        self._reaper_thread = threading.Thread(target=self._reap, name="vlc-release", daemon=True)
        self._reaper_thread.start()

    @property
    def slots(self) -> list[int]:
        return list(self._slots)

    def current(self, slot: int, generation: int) -> bool:
        found = self._slots.get(slot)
        return found is not None and found.generation == generation

    def url(self, slot: int) -> str:
        found = self._slots.get(slot)
        return found.url if found else ""

    def label(self, slot: int) -> str:
        found = self._slots.get(slot)
        return found.label if found else ""

    def play(
        self,
        slot: int,
        url: str,
        window: int,
        options: tuple[str, ...] = (),
        label: str = "",
        crop: str = "",
    ) -> None:
        """Open ``url`` into the native ``window`` as ``slot``, showing ``crop`` of it. A player
        already in ``slot`` is replaced (a relay's new local URL plays in the same slot) and
        the slot's frame counts go on from its figures: they never go back."""
        previous = self._slots.get(slot)
        base = previous.last if previous is not None else FrameStats()
        self.stop(slot)
        vlc = self._vlc
        player = self._instance.media_player_new()
        player.video_set_mouse_input(False)
        player.video_set_key_input(False)
        player.audio_set_mute(True)
        media = self._instance.media_new(url, *options)
        player.set_media(media)
        # not player.event_manager(): python-vlc memoizes it in a class-wide dict that keeps
        # every player (and its callbacks) alive for the life of the process
        events = vlc.libvlc_media_player_event_manager(player)
        self._generation += 1
        for kind, name in (
            (vlc.EventType.MediaPlayerPlaying, "playing"),
            (vlc.EventType.MediaPlayerEndReached, "ended"),
            (vlc.EventType.MediaPlayerEncounteredError, "error"),
        ):
            events.event_attach(kind, _callback(self._post, slot, self._generation, name))
        _set_window(player, window)
        if crop:
            player.video_set_crop_geometry(crop)
        self._slots[slot] = _Slot(
            player, media, events, url, label, self._generation, base=base, last=base
        )
        player.play()

    def stop(self, slot: int, then: Callable[[], None] | None = None) -> bool:
        """Stop and release ``slot`` (on the release thread), then call ``then`` there (a
        relay is stopped after the player reading it). False when there is no player (and
        ``then`` is not called)."""
        found = self._slots.pop(slot, None)
        if found is None:
            return False
        with self._lock:
            found.stopped = True
            found.then = then
            busy = found.snapshots > 0  # then the last snapshot hands it to the release thread
        if not busy:
            self._reaper.put(found)
        return True

    def crop(self, slot: int, geometry: str) -> bool:
        found = self._slots.get(slot)
        if found is None:
            return False
        found.player.video_set_crop_geometry(geometry or None)
        return True

    def snapshot(self, slot: int, path: str, request: int) -> None:
        """Write ``slot``'s picture (full size, PNG) to ``path`` on a thread of its own; the
        answer is posted as ``("snapshot", request, ok, detail)``."""
        found = self._slots.get(slot)
        if found is None:
            self._post(("snapshot", request, False, f"no player in slot {slot}"))
            return
        with self._lock:
            found.snapshots += 1
        threading.Thread(
            target=self._take_snapshot,
            args=(found, path, request),
            name="vlc-snapshot",
            daemon=True,
        ).start()

    def stats(self) -> dict[int, FrameStats]:
        """Every player's counters since its stream was opened, and its picture size."""
        out: dict[int, FrameStats] = {}
        for slot, found in self._slots.items():
            counters = self._vlc.MediaStats()
            decoded = displayed = 0
            if found.media.get_stats(counters):
                decoded, displayed = int(counters.decoded_video), int(counters.displayed_pictures)
            width, height = _size(found.player)
            base = found.base
            found.last = FrameStats(
                base.decoded + max(decoded, 0), base.displayed + max(displayed, 0), width, height
            )
            out[slot] = found.last
        return out

    def close(self, timeout: float = 3.0) -> None:
        """Release every player, then the instance (a player still held by a snapshot that
        does not finish within ``timeout`` is left to the process's exit)."""
        for slot in list(self._slots):
            self.stop(slot)
        self._reaper.put(None)
        self._reaper_thread.join(timeout)
        if not self._reaper_thread.is_alive():
            self._instance.release()

    def _take_snapshot(self, found: _Slot, path: str, request: int) -> None:
        ok, detail = False, ""
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            answer = found.player.video_take_snapshot(0, path, 0, 0)
            ok = answer == 0 and Path(path).is_file() and Path(path).stat().st_size > 0
            detail = (
                ""
                if ok
                else "libVLC wrote no picture (none shown yet, or the file cannot be written)"
            )
        except Exception as exc:  # OSError (the folder), anything python-vlc raises
            detail = f"{type(exc).__name__}: {exc}"
        finally:
            with self._lock:
                found.snapshots -= 1
                release = found.stopped and found.snapshots == 0
            if release:
                self._reaper.put(found)
        self._post(("snapshot", request, ok, detail))

    def _reap(self) -> None:
        while (found := self._reaper.get()) is not None:
            try:
                for kind in (
                    self._vlc.EventType.MediaPlayerPlaying,
                    self._vlc.EventType.MediaPlayerEndReached,
                    self._vlc.EventType.MediaPlayerEncounteredError,
                ):
                    found.events.event_detach(kind)
                found.player.stop()
                found.player.release()
                found.media.release()
            except Exception:  # a player that cannot be released is logged, never fatal
                log.exception("releasing the player of %s failed", found.label or "a camera")
            if found.then is not None:
                found.then()
            if self._reaper.empty():  # after a burst of releases, not within it
                give_back_free_memory()


def load_error_text(exc: BaseException) -> str:
    """Why libVLC could not be loaded, in words (python-vlc's own exit says nothing)."""
    if isinstance(exc, SystemExit):
        where = os.environ.get("PYTHON_VLC_LIB_PATH", "")
        return "the libVLC library cannot be loaded" + (f" from {where}" if where else "")
    return f"{type(exc).__name__}: {exc}"


def _callback(
    post: Callable[[tuple], None], slot: int, generation: int, name: str
) -> Callable[[Any], None]:
    def on_event(_event: Any) -> None:  # a libVLC thread: post, nothing else
        post(("event", slot, generation, name))

    return on_event


def _set_window(player: Any, window: int) -> None:
    if sys.platform.startswith("win"):
        player.set_hwnd(window)
    elif sys.platform == "darwin":
        player.set_nsobject(window)
    else:
        player.set_xwindow(window)


def _size(player: Any) -> tuple[int, int]:
    try:
        size = player.video_get_size(0)
    except Exception:  # python-vlc raises when there is no video track yet
        return (0, 0)
    return (int(size[0]), int(size[1])) if size else (0, 0)
