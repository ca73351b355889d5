"""What a tile says in each state: the badge in its header and the message over its video area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.video.watchdog import TileState

# why a tile cannot play (UNSUPPORTED)
NO_RTSP = "no-rtsp"
NO_URL = "no-url"
NO_LIBVLC = "no-libvlc"
NO_EMBEDDING = "no-embedding"
WORKER_LOST = "worker-lost"  # not a reason it cannot play: why it reconnects

BADGES = {
    TileState.CONNECTING: QT_TRANSLATE_NOOP("VideoTile", "Connecting…"),
    TileState.LIVE: QT_TRANSLATE_NOOP("VideoTile", "Live"),
    TileState.STALLED: QT_TRANSLATE_NOOP("VideoTile", "Stalled — retry in %n s"),
    TileState.RECONNECTING: QT_TRANSLATE_NOOP("VideoTile", "Reconnecting in %n s"),
    TileState.OFFLINE: QT_TRANSLATE_NOOP("VideoTile", "Offline"),
    TileState.UNSUPPORTED: QT_TRANSLATE_NOOP("VideoTile", "Cannot play"),
}
MESSAGES = {
    TileState.EMPTY: QT_TRANSLATE_NOOP("VideoTile", "Drop a camera here"),
    TileState.CONNECTING: QT_TRANSLATE_NOOP("VideoTile", "Connecting to the camera…"),
    TileState.STALLED: QT_TRANSLATE_NOOP("VideoTile", "Stream stalled — reconnecting in %n s"),
    TileState.RECONNECTING: QT_TRANSLATE_NOOP(
        "VideoTile", "No picture from the camera — reconnecting in %n s"
    ),
    TileState.OFFLINE: QT_TRANSLATE_NOOP("VideoTile", "Camera offline"),
}
MAINTENANCE = QT_TRANSLATE_NOOP("VideoTile", "Camera under maintenance")
RESTARTED = QT_TRANSLATE_NOOP("VideoTile", "The video process stopped — reconnecting…")
MISSING = QT_TRANSLATE_NOOP(
    "VideoTile", "Camera %1 is not in the camera list (removed, or not loaded yet)"
)
CANNOT_PLAY = {
    NO_RTSP: QT_TRANSLATE_NOOP(
        "VideoTile",
        "This player cannot open rtsp:// — ask for the camera's HTTP relay URL, "
        "or install a VLC build with RTSP",
    ),
    NO_URL: QT_TRANSLATE_NOOP("VideoTile", "This camera has no stream address"),
    NO_LIBVLC: QT_TRANSLATE_NOOP(
        "VideoTile", "Video cannot play: libVLC is not available — install VLC (libVLC 3)"
    ),
    NO_EMBEDDING: QT_TRANSLATE_NOOP(
        "VideoTile",
        "Video cannot be shown on this display (no windows to draw into): run the console on "
        "a desktop or under Xvfb",
    ),
}
STREAMS = {
    "main": QT_TRANSLATE_NOOP("VideoTile", "main"),
    "sub": QT_TRANSLATE_NOOP("VideoTile", "sub"),
    "relay": QT_TRANSLATE_NOOP("VideoTile", "relay"),
}
RELAY_NO_RTSP = QT_TRANSLATE_NOOP("VideoTile", "relay (this player cannot open rtsp://)")
RTSP_VIA_RELAY = QT_TRANSLATE_NOOP("VideoTile", "RTSP via relay")


def _tr(text: TrText | None, n: int = -1) -> str:
    return QCoreApplication.translate(text.context, text, None, n) if text else ""


def badge_text(state: TileState, seconds: int) -> str:
    return _tr(BADGES.get(state), seconds)


def message_text(state: TileState, seconds: int, status: str = "", reason: str = "") -> str:
    """The large text the video area shows when there is no picture; ``reason`` is why a
    tile cannot play (UNSUPPORTED), or the id of an EMPTY tile's camera the cache lacks."""
    if state is TileState.EMPTY and reason:
        return _tr(MISSING).replace("%1", reason)
    if state is TileState.RECONNECTING and reason == WORKER_LOST:
        return _tr(RESTARTED)
    if state is TileState.OFFLINE and status == "maintenance":
        return _tr(MAINTENANCE)
    if state is TileState.UNSUPPORTED:
        return _tr(CANNOT_PLAY.get(reason, CANNOT_PLAY[NO_RTSP]))
    return _tr(MESSAGES.get(state), seconds)


def stream_text(variant: str | None, rtsp_missing: bool, via_relay: bool = False) -> str:
    """How the header names the stream that plays (``via_relay``: an ``rtsp://`` stream
    through the local re-muxing relay)."""
    if variant == "relay" and rtsp_missing:
        return _tr(RELAY_NO_RTSP)
    name = _tr(STREAMS.get(variant or "")) or (variant or "")
    return f"{name} · {_tr(RTSP_VIA_RELAY)}" if via_relay and name else name
