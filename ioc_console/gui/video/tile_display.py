"""What a tile shows the operator: its header (name, ward, stream, zoom, badge), the message
in place of the video when there is no picture, and the selection border."""

from __future__ import annotations

import time

from PySide6.QtGui import QColor, QPainter, QPalette

from ioc_console.core.clock import city_today
from ioc_console.core.video.streams import needs_rtsp, redacted
from ioc_console.core.video.watchdog import WAITING, TileState
from ioc_console.gui.video import tile_texts as texts
from ioc_console.gui.video.tile_host import TileHost
from ioc_console.gui.widgets.plain_text import plain_tooltip


class TileDisplay(TileHost):
    """Mixed into :class:`VideoTile` (which provides ``header``, ``message``, ``surface``,
    ``_stack``, ``_watchdog``, ``_zoom``, ``_player`` and the tile's state)."""

    def _set_state(self, state: TileState) -> None:
        changed = state is not self.state
        self.state = state
        self._show_state()
        if changed:
            self.stateChanged.emit(state)

    def _on_clock(self, _text: str) -> None:
        if self.state in WAITING:
            self._show_state()

    def _ward_name(self) -> str:
        camera = self.camera or {}
        if camera.get("ward_name"):
            return str(camera["ward_name"])
        code = str(camera.get("ward") or "")
        if self.ward_lookup is not None:
            return self.ward_lookup(code) or code
        return _ward_name(code)

    def _show_state(self) -> None:
        seconds = self._watchdog.seconds_left(time.monotonic())
        camera = self.camera or {}
        header = self.header
        header.name.setText(str(camera.get("name") or self.missing or ""))
        streams = camera.get("streams")
        rtsp_missing = (
            isinstance(streams, dict) and needs_rtsp(streams) and self._rtsp_ok() is False
        )
        via_relay = self._player.relayed
        parts = [self._ward_name(), texts.stream_text(self.variant, rtsp_missing, via_relay)]
        if self._zoom.zoomed:
            parts.append(f"×{self._zoom.factor:.1f}")
        header.details.setText(" · ".join(p for p in parts if p))
        header.details.setToolTip(plain_tooltip(redacted(self.url or "")))
        header.set_badge(self.state, texts.badge_text(self.state, seconds))
        status = str(camera.get("status") or "")
        reason = (self.missing or "") if self.state is TileState.EMPTY else self._reason
        self.message.setText(texts.message_text(self.state, seconds, status, reason))
        self._stack.setCurrentWidget(self.surface if self.state is TileState.LIVE else self.message)
        header.update()

    def _apply_zoom(self) -> None:
        width, height = self._player.video_size()
        self._player.set_crop(self._zoom.crop(width, height))
        self._show_state()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Highlight) if self._selected else "#222"
        painter.fillRect(self.rect(), QColor(colour))


def _ward_name(code: str) -> str:
    from ioc_console.core.domain.admin_units import find_unit

    try:
        unit = find_unit(code, city_today()) if code else None
    except OSError:
        unit = None
    return unit.name if unit is not None else code
