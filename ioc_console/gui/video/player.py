"""``VideoPlayer``: a tile's player, a proxy to a libVLC player in a video worker process.

The console does not load libVLC to play: :class:`VideoPlayer` asks the application's
:class:`~ioc_console.gui.video.worker_pool.WorkerPool` to play a URL into a native window, and
the pool routes the worker's reports back here (on the GUI thread): events become
``playerEvent``, the frame counters and the picture size are kept for :meth:`stats` and
:meth:`video_size`. Nothing here blocks: a snapshot is answered later through a callback.
libVLC takes no mouse or key input from the window, so clicks, wheel and drags reach Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ioc_console.core.video.playback import MEDIA_OPTIONS
from ioc_console.core.video.streams import redacted

log = logging.getLogger(__name__)


class VideoPlayer(QObject):
    playerEvent = Signal(str)
    """Emitted on the GUI thread with ``"playing"``, ``"ended"`` or ``"error"`` (its worker
    reported it, or the worker died: then :attr:`lost` holds ``"worker-lost"``)."""
    relayChanged = Signal(str)
    """Emitted with the state of the stream's RTSP relay (protocol ``RELAY_STATES``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active = False
        self._url = ""
        self._window_id = 0
        self._label = ""
        self._relay = False
        self._stats = (0, 0)
        self._size = (0, 0)
        self.lost = ""  # why the last stream ended without an event of its own
        self.relay_state = ""

    @property
    def active(self) -> bool:
        return self._active

    @property
    def url(self) -> str:
        return self._url

    @property
    def relayed(self) -> bool:
        """The stream plays through the RTSP relay."""
        return self._active and self._relay

    def play(self, url: str, window_id: int, label: str = "", relay: bool = False) -> bool:
        """Open ``url`` into the native window ``window_id`` (in a worker); False when the
        capability probe said libVLC cannot be loaded."""
        from ioc_console.gui.video.capabilities import libvlc_missing
        from ioc_console.gui.video.worker_pool import worker_pool

        self.stop_and_release()
        if libvlc_missing():
            return False
        self._active, self._url, self._window_id = True, url, window_id
        self._label, self._relay = label, relay
        self._stats, self._size, self.lost, self.relay_state = (0, 0), (0, 0), "", ""
        worker_pool().open(self, url, window_id, tuple(MEDIA_OPTIONS), relay, label)
        return True

    def attach(self, window_id: int) -> None:
        """The native window changed (reparented, floated): play into the new one. libVLC 3
        cannot move a running video output, so the stream is opened again there."""
        if not self._active or window_id == self._window_id:
            return
        log.debug("re-attaching %s to window %#x", redacted(self._url), window_id)
        self.play(self._url, window_id, self._label, self._relay)

    def stop_and_release(self) -> None:
        if not self._active:
            return
        from ioc_console.gui.video.worker_pool import worker_pool

        self._active = False
        self._window_id = 0
        worker_pool().close(self)

    def stats(self) -> tuple[int, int]:
        """(decoded, displayed) video frames since this stream was opened (as last reported;
        the count goes on when the stream moves to another worker)."""
        return self._stats if self._active else (0, 0)

    def video_size(self) -> tuple[int, int]:
        """The video's pixel size ((0, 0) before the first frame)."""
        return self._size if self._active else (0, 0)

    def snapshot(self, path: Path, done: Callable[[bool], None]) -> None:
        """Write the current picture (full video size) to ``path`` (PNG); ``done(ok)`` later."""
        if not self._active:
            done(False)
            return
        from ioc_console.gui.video.worker_pool import worker_pool

        worker_pool().snapshot(self, str(path), done)

    def set_crop(self, geometry: str) -> None:
        """Show only ``"WxH+X+Y"`` of the video (pixels of the picture); ``""`` shows it all."""
        if self._active:
            from ioc_console.gui.video.worker_pool import worker_pool

            worker_pool().crop(self, geometry)

    # -- called by the pool ------------------------------------------------------------------
    def _frames(self, decoded: int, displayed: int, width: int, height: int) -> None:
        if self._active:
            self._stats = (decoded, displayed)
            if width and height:
                self._size = (width, height)

    def _event(self, name: str) -> None:
        if self._active:
            self.playerEvent.emit(name)

    def _worker_lost(self, reason: str) -> None:
        if self._active:
            self.lost = reason
            self.playerEvent.emit("error")

    def _relay_state(self, state: str, detail: str) -> None:
        if self._active:
            self.relay_state = state
            if state == "failed":
                log.warning("%s: RTSP relay failed: %s", self._label, detail)
            self.relayChanged.emit(state)
