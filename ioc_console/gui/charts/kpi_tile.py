"""A KPI tile: the figure, its target, its state (colour and word) and the change against the
previous period; a click asks for the records behind it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ioc_console.core.config.targets import KpiState, Target
from ioc_console.gui.theme import state_colour

STATE_COLOURS = {KpiState.MET: "ok", KpiState.BELOW: "muted", KpiState.AMBER: "warning",
                  KpiState.RED: "error", KpiState.NONE: "muted"}


def state_word(state: KpiState) -> str:
    words = {
        KpiState.MET: QCoreApplication.translate("KpiTile", "target met"),
        KpiState.BELOW: QCoreApplication.translate("KpiTile", "below target"),
        KpiState.AMBER: QCoreApplication.translate("KpiTile", "warning"),
        KpiState.RED: QCoreApplication.translate("KpiTile", "alarm"),
        KpiState.NONE: "",
    }
    return words[state]


def format_value(value: float | None, unit: str) -> str:
    """A figure as the operator reads it in the current language ("91,8 %", "24,5 giờ")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    locale = QLocale()
    if unit == "%":
        return f"{locale.toString(float(value), 'f', 1)} %"
    if unit == "h":
        hours = locale.toString(float(value), "f", 1)
        return QCoreApplication.translate("KpiTile", "%1 h").replace("%1", hours)
    return locale.toString(round(value))


def format_change(value: float | None, previous: float | None, unit: str) -> str:
    """The change against the previous period: "▲ 2,1 điểm %", "▼ 3", "= 0"."""
    if value is None or previous is None:
        return ""
    delta = value - previous
    arrow = "▲" if delta > 0 else "▼" if delta < 0 else "="
    locale = QLocale()
    if unit == "%":
        text = QCoreApplication.translate("KpiTile", "%1 pts").replace(
            "%1", locale.toString(abs(delta), "f", 1))
    elif unit == "h":
        text = format_value(abs(delta), "h")
    else:
        text = locale.toString(round(abs(delta)))
    return f"{arrow} {text}"


class KpiTile(QFrame):
    """One KPI. ``clicked`` asks for the records behind the figure."""

    clicked = Signal()
    """The operator clicked the tile (or pressed Enter/Space on it)."""

    def __init__(self, kpi_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi_id = kpi_id
        self.setObjectName(f"kpi-{kpi_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(150)
        self.title = QLabel(self)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.target = QLabel(self)
        self.change = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.target, self.change):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.state = KpiState.NONE

    def show_figure(self, title: str, value: float | None, unit: str, target: Target | None,
                    previous: float | None, hint: str = "") -> None:
        self.title.setText(title)
        self.value.setText(format_value(value, unit))
        self.state = target.state(value) if target else KpiState.NONE
        if target is None:
            self.target.setText("")
        else:
            goal = format_value(target.target, unit)
            word = state_word(self.state)
            self.target.setText(QCoreApplication.translate("KpiTile", "target %1").replace(
                "%1", goal) + (f" · {word}" if word else ""))
        change = format_change(value, previous, unit)
        self.change.setText(change)
        self.change.setToolTip(QCoreApplication.translate(
            "KpiTile", "Change against the previous period of the same length"))
        self.setToolTip(hint)
        colour = state_colour(STATE_COLOURS[self.state]).name()
        self.setStyleSheet(f"KpiTile {{ border-left: 5px solid {colour}; }}")
        self.value.setStyleSheet(f"color: {colour};" if self.state is not KpiState.NONE else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: object) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):  # type: ignore[attr-defined]
            self.clicked.emit()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
