"""The console's player before video workers (issue 17), kept for the benchmarks' "before":
one libVLC media player of the console's own process, on the GUI thread. ``video_child.py
inprocess`` puts it in the tiles in place of the worker proxy.

Every call into libVLC happens on the GUI thread. libVLC's own threads only run the event
callbacks here, and those do nothing but emit a signal that is delivered queued to the GUI
thread. The video goes into a native window given by its id; libVLC takes no mouse or key input
from it, so clicks, wheel and drags reach the Qt widget.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ioc_console.core.video.playback import MEDIA_OPTIONS
from ioc_console.core.video.streams import redacted
from ioc_console.gui.video.vlc_instance import shared_instance

log = logging.getLogger(__name__)


class _Relay(QObject):
    vlcEvent = Signal(int, str)
    """Emitted from a libVLC thread with (player generation, event name)."""


class InProcessPlayer(QObject):
    playerEvent = Signal(str)
    """Emitted on the GUI thread with ``"playing"``, ``"ended"`` or ``"error"`` from libVLC."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.vlcEvent.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._player: Any = None  # a vlc.MediaPlayer (python-vlc has no type information)
        self._media: Any = None
        self._events: Any = None  # the player's event manager, holding our callbacks
        self._window_id = 0
        self._url = ""
        self._generation = 0  # events of a released player are dropped
        self.lost = ""  # the worker proxy's API: no worker to lose here
        self.relayed = False

    @property
    def active(self) -> bool:
        return self._player is not None

    @property
    def url(self) -> str:
        return self._url

    def play(self, url: str, window_id: int, label: str = "", relay: bool = False) -> bool:
        """Open ``url`` into the native window ``window_id``; False when libVLC is missing."""
        self.stop_and_release()
        instance = shared_instance()
        if instance is None:
            return False
        import vlc

        player = instance.media_player_new()
        player.video_set_mouse_input(False)
        player.video_set_key_input(False)
        player.audio_set_mute(True)
        media = instance.media_new(url, *MEDIA_OPTIONS)
        player.set_media(media)
        # not player.event_manager(): python-vlc memoizes it in a class-wide dict that keeps
        # every player (and its callbacks) alive for the life of the process
        events = vlc.libvlc_media_player_event_manager(player)
        relay = self._relay
        self._generation += 1
        for kind, name in (
            (vlc.EventType.MediaPlayerPlaying, "playing"),
            (vlc.EventType.MediaPlayerEndReached, "ended"),
            (vlc.EventType.MediaPlayerEncounteredError, "error"),
        ):
            events.event_attach(kind, _callback(relay, self._generation, name))
        self._player, self._media, self._events, self._url = player, media, events, url
        self._set_window(window_id)
        player.play()
        return True

    def attach(self, window_id: int) -> None:
        """The native window changed (reparented, floated): play into the new one. libVLC 3
        cannot move a running video output, so the stream is opened again there."""
        if self._player is None or window_id == self._window_id:
            return
        log.debug("re-attaching %s to window %#x", redacted(self._url), window_id)
        self.play(self._url, window_id)

    def stop_and_release(self) -> None:
        player, self._player = self._player, None
        media, self._media = self._media, None
        events, self._events = self._events, None
        if player is None:
            return
        import vlc

        for kind in (
            vlc.EventType.MediaPlayerPlaying,
            vlc.EventType.MediaPlayerEndReached,
            vlc.EventType.MediaPlayerEncounteredError,
        ):
            events.event_detach(kind)
        player.stop()
        player.release()
        if media is not None:
            media.release()
        self._window_id = 0

    def stats(self) -> tuple[int, int]:
        """(decoded, displayed) video frames since this stream was opened."""
        if self._media is None:
            return (0, 0)
        import vlc

        stats = vlc.MediaStats()
        if not self._media.get_stats(stats):
            return (0, 0)
        return (int(stats.decoded_video), int(stats.displayed_pictures))

    def video_size(self) -> tuple[int, int]:
        """The video's pixel size ((0, 0) before the first frame)."""
        if self._player is None:
            return (0, 0)
        try:
            size = self._player.video_get_size(0)
        except Exception:  # python-vlc raises when there is no video track yet
            return (0, 0)
        return (int(size[0]), int(size[1])) if size else (0, 0)

    def snapshot(self, path: Path, done: Callable[[bool], None]) -> None:
        """Write the current picture (full video size) to ``path`` (PNG)."""
        done(self._player is not None and self._player.video_take_snapshot(0, str(path), 0, 0) == 0)

    def set_crop(self, geometry: str) -> None:
        """Show only ``"WxH+X+Y"`` of the video (pixels of the picture); ``""`` shows it all."""
        if self._player is not None:
            self._player.video_set_crop_geometry(geometry or None)

    def _set_window(self, window_id: int) -> None:
        self._window_id = window_id
        if sys.platform.startswith("win"):
            self._player.set_hwnd(window_id)
        elif sys.platform == "darwin":
            self._player.set_nsobject(window_id)
        else:
            self._player.set_xwindow(window_id)

    def _deliver(self, generation: int, name: str) -> None:
        if self._player is not None and generation == self._generation:
            self.playerEvent.emit(name)


def _callback(relay: _Relay, generation: int, name: str):
    def on_event(_event) -> None:  # a libVLC thread: post, nothing else
        try:
            relay.vlcEvent.emit(generation, name)
        except RuntimeError:  # the relay is gone (the tile was destroyed)
            pass

    return on_event
