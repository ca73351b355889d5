"""``VideoTile``: one camera on a wall — a native video surface, a header, and a watchdog.

Public API (the wall codes against it):

* signals ``stateChanged(TileState)``, ``streamChanged(variant, url)``, ``activated()`` (a
  click), ``doubleClicked()``, ``cameraDropped(camera_id)``, ``tileDropped(index)``,
  ``snapshotTaken(path or None)``, ``contextMenuAboutToShow(QMenu)`` (add wall items to the
  tile's menu before it opens);
* ``set_camera(record or None, missing=id)``, ``camera``, ``missing``, ``camera_id``,
  ``state``, ``variant``, ``url``, ``index``, ``set_override(StreamChoice)``, ``override``,
  ``set_selected(bool)``, ``snapshot(folder)`` (asynchronous: ``snapshotTaken`` follows),
  ``reset_zoom()``, ``zoom_factor``,
  ``decoding()``, ``stats()``,
  ``context_menu()`` (the menu the tile opens: Stream Auto/Low/High, Snapshot, Reset zoom);
  ``header.name``/``header.details``/``header.badge``/``header.clock`` and ``message`` are the
  labels the operator reads;
* input: click, double-click, wheel zoom around the pointer, drag to pan when zoomed, drag
  (the header, or the video when not zoomed) to move the tile, ``+``/``-``/``0`` on the
  focused tile;
* attributes the wall may set: ``ward_lookup(code) -> name`` (used when the record has no
  ``ward_name``) and ``snapshot_folder() -> Path`` (the context menu's Snapshot; default: the
  ``video.snapshot_dir`` default folder).

The tile plays only while it can be seen: hidden (a tab not current, a closed panel), its window
minimised or the widget destroyed, the player is released; shown again, it opens the stream
again, into whatever native window it has now (floated, moved to another window or screen).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.video.reachability import stream_answers
from ioc_console.core.video.snapshots import free_path, snapshot_dir, snapshot_name
from ioc_console.core.video.streams import (
    RELAY,
    SUB,
    StreamChoice,
    StreamSelector,
    candidate_urls,
    is_rtsp,
    needs_rtsp,
    redacted,
)
from ioc_console.core.video.watchdog import WAITING, Step, TileState, Watchdog
from ioc_console.core.video.zoom import Zoom
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.video import tile_texts as texts
from ioc_console.gui.video.capabilities import libvlc_missing, rtsp_native
from ioc_console.gui.video.player import VideoPlayer
from ioc_console.gui.video.tile_display import TileDisplay
from ioc_console.gui.video.tile_header import TileHeader, clock_tick
from ioc_console.gui.video.tile_input import TileInput
from ioc_console.gui.video.tile_visibility import TileVisibility

log = logging.getLogger(__name__)
POLL_MS = 400
NOT_PLAYING = (TileState.EMPTY, TileState.OFFLINE, TileState.UNSUPPORTED)
OFFLINE_STATUSES = ("offline", "maintenance")
WINDOWLESS_PLATFORMS = ("offscreen", "minimal")


def can_embed() -> bool:
    """Does this Qt platform give widgets native windows libVLC can draw into? The offscreen
    and minimal platforms do not (and their clean-up crashes on native child widgets)."""
    return QGuiApplication.platformName() not in WINDOWLESS_PLATFORMS


class VideoSurface(QWidget):
    """The native window libVLC draws into (black until the first picture)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if can_embed():
            self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
            self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setStyleSheet("background: black;")
        self.setAutoFillBackground(True)


class VideoTile(TileInput, TileVisibility, TileDisplay, QWidget):
    stateChanged = Signal(object)
    """Emitted with the new :class:`TileState` whenever it changes."""
    streamChanged = Signal(str, str)
    """Emitted with (variant ``"main"``/``"sub"``/``"relay"``, URL) when a stream starts."""
    activated = Signal()
    """Emitted when the tile is clicked: the wall makes it the selected tile."""
    doubleClicked = Signal()
    """Emitted on a double click: the wall toggles this tile full screen."""
    cameraDropped = Signal(str)
    """Emitted with a camera id dropped on the tile (mime ``application/x-ioc-camera``)."""
    tileDropped = Signal(int)
    """Emitted with another tile's index dropped here (mime ``application/x-ioc-tile``)."""
    snapshotTaken = Signal(object)
    """Emitted after a snapshot (:meth:`snapshot`, the menu) with the PNG's path, or None
    when it failed."""
    contextMenuAboutToShow = Signal(object)
    """Emitted with the tile's QMenu before it opens: the wall adds its own actions."""

    def __init__(
        self, index: int, rtsp_ok: Callable[[], bool | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.index = index
        self._rtsp_ok = rtsp_ok
        self.camera: dict | None = None
        self.missing: str | None = None  # a camera id the tile was given but the cache lacks
        self.state = TileState.EMPTY
        self.variant: str | None = None
        self.url: str | None = None
        self.ward_lookup: Callable[[str], str] | None = None
        self.snapshot_folder: Callable[[], Path] = snapshot_dir
        self.unwritable: Path | None = None  # the folder the last snapshot could not go to
        self._selector = StreamSelector()
        self._watchdog = Watchdog()
        self._zoom = Zoom()
        self._candidates: list[tuple[str, str]] = []
        self._attempt = 0
        self._live_attempt: int | None = None  # the candidate that last gave pictures
        self._reason = ""
        self._selected = False
        self._awaiting_probe = False
        self._checking = False
        self._generation = 0  # which camera/attempt a background check belongs to
        self._window: QWidget | None = None
        self._player = VideoPlayer(self)  # deleted with the tile, on the GUI thread
        self._player.playerEvent.connect(self._on_player_event)
        player = self._player
        self.destroyed.connect(lambda *_: player.stop_and_release())

        self.header = TileHeader(self)
        self.surface = VideoSurface()
        self.surface.installEventFilter(self)
        self.message = QLabel()
        self.message.setObjectName("tileMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("QLabel { background: #111; color: #eee; padding: 12px; }")
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.message.setFont(font)
        self.body = QWidget(self)
        self._stack = QStackedLayout(self.body)
        self._stack.addWidget(self.surface)
        self._stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        self.setMinimumSize(160, 120)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._tick)
        clock_tick().tick.connect(self._on_clock)
        self._show_state()

    # --- public API -------------------------------------------------------------------------

    @property
    def camera_id(self) -> str | None:
        return self.camera.get("id") if self.camera else None

    @property
    def override(self) -> StreamChoice:
        return self._selector.override

    def set_camera(self, camera: dict | None, missing: str | None = None) -> None:
        """Show ``camera`` (a cameras record: id, name, ward, ward_name?, status, streams).
        The same camera again with the same streams and status (a cache update) only
        refreshes the header: the stream plays on. No record but ``missing``: the tile holds
        that camera id, which the cache does not know (removed, or not loaded yet)."""
        self.missing = None if camera else missing
        if camera and self.camera and _same_stream(camera, self.camera):
            self.camera = dict(camera)
            self._show_state()
            return
        self._stop_player()
        self.camera = dict(camera) if camera else None
        self._selector.current = None
        self._watchdog = Watchdog()
        self._zoom.reset()
        self.variant = self.url = None
        self._begin()

    def set_override(self, choice: StreamChoice) -> None:
        """Auto (by size), Low (sub-stream) or High (main stream), at once."""
        before = self._selector.current
        variant = self._selector.set_override(choice, time.monotonic(), *self._video_px())
        if self.camera is not None and variant != before:
            self._begin()
        self._show_state()

    def set_selected(self, selected: bool) -> None:
        self._selected = selected
        self.update()

    @property
    def selected(self) -> bool:
        return self._selected

    def decoding(self) -> bool:
        """A player exists and is running."""
        return self._player.active

    def stats(self) -> tuple[int, int]:
        """(decoded, displayed) frames of the current player ((0, 0) without one)."""
        return self._player.stats()

    @property
    def zoom_factor(self) -> float:
        return self._zoom.factor

    def reset_zoom(self) -> None:
        self._zoom.reset()
        self._apply_zoom()

    def snapshot(self, folder: Path) -> None:
        """Save the picture as ``<camera name> <yyyy-mm-dd HH-MM-SS>.png`` in ``folder``; the
        video worker writes it and ``snapshotTaken`` tells the path (None when there is no
        picture, or ``folder`` cannot be written: then ``unwritable`` names it)."""
        self.unwritable = None
        if self.camera is None or self.state is not TileState.LIVE:
            self.snapshotTaken.emit(None)
            return
        name = snapshot_name(str(self.camera.get("name") or self.camera_id), datetime.now(CITY_TZ))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = free_path(folder, name)
        except OSError as exc:
            log.warning("cannot write snapshots to %s: %s", folder, exc)
            self.unwritable = folder
            self.snapshotTaken.emit(None)
            return
        camera_id = self.camera_id

        def done(ok: bool) -> None:
            written = ok and path.exists() and path.stat().st_size > 0
            if written:
                log.info("snapshot of %s: %s", camera_id, path)
            else:
                log.warning("snapshot of %s failed", camera_id)
            try:
                self.snapshotTaken.emit(path if written else None)
            except RuntimeError:  # the tile is gone meanwhile
                pass

        self._player.snapshot(path, done)

    # --- playing ----------------------------------------------------------------------------

    def _video_px(self) -> tuple[int, int]:
        ratio = self.devicePixelRatioF()
        return (round(self.body.width() * ratio), round(self.body.height() * ratio))

    def _begin(self) -> None:
        """Work out what to play for the camera, and play it if the tile can be seen."""
        self._stop_player()
        self._awaiting_probe = False
        self._generation += 1
        camera = self.camera
        if camera is None:
            return self._hold(TileState.EMPTY)
        if camera.get("status") in OFFLINE_STATUSES:
            return self._hold(TileState.OFFLINE)
        streams = camera.get("streams")
        if not isinstance(streams, dict):  # a malformed record: nothing to play, no crash
            streams = {}
        rtsp = self._rtsp_ok()
        if rtsp is None and needs_rtsp(streams):
            self._awaiting_probe = True  # a few seconds at start-up; _tick looks again
            self._set_state(TileState.CONNECTING)
            self._poll.start()
            return None
        seen = self._seen()
        if seen:  # the size decides only once the tile is on the screen
            self._selector.update(time.monotonic(), *self._video_px())
        variant = self._selector.current or SUB
        self._candidates = candidate_urls(streams, variant, bool(rtsp))
        self._attempt = 0
        self._live_attempt = None
        if not self._candidates:
            self._reason = texts.NO_RTSP if needs_rtsp(streams) else texts.NO_URL
            return self._hold(TileState.UNSUPPORTED)
        if not can_embed():
            self._reason = texts.NO_EMBEDDING
            return self._hold(TileState.UNSUPPORTED)
        if libvlc_missing():
            self._reason = texts.NO_LIBVLC
            return self._hold(TileState.UNSUPPORTED)
        self._reason = ""
        self._watchdog.hold(TileState.CONNECTING)
        self._set_state(TileState.CONNECTING)
        if seen:
            self._start_player()
        return None

    def _hold(self, state: TileState) -> None:
        self._poll.stop()
        self._watchdog.hold(state)
        self._set_state(state)

    def _start_player(self) -> None:
        variant, url = self._candidates[self._attempt % len(self._candidates)]
        label = str((self.camera or {}).get("name") or self.camera_id or "")
        relay = is_rtsp(url) and not rtsp_native()
        if not self._player.play(url, int(self.surface.winId()), label, relay):
            self._reason = texts.NO_LIBVLC
            return self._hold(TileState.UNSUPPORTED)
        self._watchdog.start(time.monotonic())
        self._set_state(TileState.CONNECTING)
        self._poll.start()
        if (variant, url) != (self.variant, self.url):
            self.variant, self.url = variant, url
            log.info("%s plays %s %s", self.camera_id, variant, redacted(url))
            self.streamChanged.emit(variant, url)
        return None

    def _stop_player(self) -> None:
        self._poll.stop()
        self._player.stop_and_release()

    def _tick(self) -> None:
        now = time.monotonic()
        if self._awaiting_probe:
            if self._rtsp_ok() is not None:
                self._begin()
            return
        decoded = self._player.stats()[0] if self._player.active else None
        self._follow(self._watchdog.tick(now, decoded))
        if self.state in WAITING:
            self._check_early(now)
        if self.state in (TileState.LIVE, TileState.CONNECTING):
            wanted = self._selector.current
            if self._selector.update(now, *self._video_px()) != wanted:
                log.info("%s switches to %s", self.camera_id, self._selector.current)
                self._begin()

    def _check_early(self, now: float) -> None:
        """During a long wait, ask in the background whether the URL that played before
        answers again (else the next one to try), and go back to it at once if it does."""
        if self._checking or not self._candidates or not self._watchdog.check_due(now):
            return
        count = len(self._candidates)
        attempt = self._attempt if self._live_attempt is None else self._live_attempt
        url = self._candidates[attempt % count][1]
        self._checking = True
        generation = self._generation

        def answered(ok: bool) -> None:
            try:
                self._checking = False
                if ok and generation == self._generation and self.state in WAITING:
                    log.info("%s answers again: reconnecting now", self.camera_id)
                    self._attempt = attempt  # not a fallback the rotation reached meanwhile
                    now = time.monotonic()
                    self._watchdog.retry_now(now)
                    if self._poll.isActive():  # seen: now, not at the next poll
                        self._follow(self._watchdog.tick(now, None))
            except RuntimeError:  # the tile was deleted meanwhile
                pass

        run_in_background(lambda: stream_answers(url), answered, lambda _exc: answered(False))

    def _on_player_event(self, kind: str) -> None:
        if kind == "error" and self._player.lost:
            return self._worker_lost()
        self._follow(self._watchdog.event(time.monotonic(), kind))
        return None

    def _worker_lost(self) -> None:
        """The video worker playing this tile died: reconnecting at once (into another
        worker), on the same stream — the camera is not at fault."""
        now = time.monotonic()
        self._player.stop_and_release()
        if self._watchdog.state not in (TileState.CONNECTING, TileState.LIVE):
            return
        self._watchdog.fail(now)
        self._watchdog.state = TileState.RECONNECTING
        self._watchdog.retry_now(now)
        log.info("%s: its video worker was lost, reconnecting", self.camera_id)
        self._reason = texts.WORKER_LOST
        self._set_state(TileState.RECONNECTING)
        self._poll.start()

    def _follow(self, step: Step) -> None:
        if step is not Step.KEEP and self._reason == texts.WORKER_LOST:
            self._reason = ""
        if step is Step.LIVE:
            self._live_attempt = self._attempt % len(self._candidates)
            self._set_state(TileState.LIVE)
            self._apply_zoom()
        elif step is Step.STOP:
            self._player.stop_and_release()
            self._attempt += 1
            log.info(
                "%s: %s, next attempt in %d s",
                self.camera_id,
                self._watchdog.state.value,
                self._watchdog.seconds_left(time.monotonic()),
            )
            self._set_state(self._watchdog.state)
        elif step is Step.RECONNECT:
            self._start_player()

    def _resume(self) -> None:
        """Seen again: play (a fresh attempt) if the tile has something to play."""
        if self._player.active or self.camera is None or self.state in NOT_PLAYING:
            return
        if self.state in WAITING and self._candidates:
            self._poll.start()  # the wait goes on; _tick reconnects when it is over
        else:
            self._begin()

    def _pause(self) -> None:
        """Unseen: stop decoding; a missing picture while unseen is no stall."""
        if self._player.active:
            self._stop_player()
            self._watchdog.hold(TileState.CONNECTING)
            self._set_state(TileState.CONNECTING)
        self._poll.stop()


def _same_stream(new: dict, old: dict) -> bool:
    return all(new.get(key) == old.get(key) for key in ("id", "streams", "status"))


__all__ = ["RELAY", "StreamChoice", "TileState", "VideoTile"]
