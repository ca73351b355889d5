"""A tile's header strip: camera name, ward, stream, zoom, the city clock and the state badge.

It sits above the video, outside it: on X11 a native video window covers any Qt widget drawn
over it. All tiles share one clock that ticks on the second.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from ioc_console.core.clock import city_now
from ioc_console.core.video.watchdog import TileState
from ioc_console.gui.video.app_single import one_per_app

BADGE_COLOURS = {
    TileState.LIVE: "#1f9d55",
    TileState.CONNECTING: "#c98a00",
    TileState.RECONNECTING: "#c98a00",
    TileState.STALLED: "#c0392b",
    TileState.UNSUPPORTED: "#c0392b",
    TileState.OFFLINE: "#6b6b6b",
    TileState.EMPTY: "#3a3a3a",
}


class ClockTick(QObject):
    tick = Signal(str)
    """Emitted just after each second with the city's time as ``HH:MM:SS``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._schedule()

    def now_text(self) -> str:
        return city_now().strftime("%H:%M:%S")

    def _fire(self) -> None:
        self.tick.emit(self.now_text())
        self._schedule()

    def _schedule(self) -> None:
        ms = city_now().microsecond // 1000
        self._timer.start(1000 - ms + 5)


def clock_tick() -> ClockTick:
    """The one second-ticker all tiles share."""
    return one_per_app(ClockTick)


class ElidedLabel(QLabel):
    """A label that shortens its text with "…" instead of widening the tile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a camera's name is text, never markup
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(20)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(self.alignment()), text)


class TileHeader(QWidget):
    """Two lines: name … clock; ward · stream · zoom … badge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tileHeader")
        self.setAutoFillBackground(True)
        self.name = ElidedLabel(self)
        self.name.setObjectName("tileName")
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.details = ElidedLabel(self)
        self.details.setObjectName("tileDetails")
        self.clock = QLabel(clock_tick().now_text(), self)
        self.clock.setObjectName("tileClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.badge = QLabel(self)
        self.badge.setObjectName("tileBadge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 6, 3)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.clock, 0, 1)
        grid.addWidget(self.details, 1, 0)
        grid.addWidget(self.badge, 1, 1)
        grid.setColumnStretch(0, 1)
        clock_tick().tick.connect(self.clock.setText)

    def set_badge(self, state: TileState, text: str) -> None:
        colour = BADGE_COLOURS[state]
        self.badge.setText(text)
        self.badge.setVisible(bool(text))
        self.badge.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 3px;"
            " padding: 0px 6px; font-weight: bold; }"
        )
