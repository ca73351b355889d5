"""The status-bar badge of a console window: unacknowledged alerts per priority, and the mute
(visible while it lasts, a click lifts it; a click when not muted mutes for the site's length)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from ioc_console.core.clock import CITY_TZ
from ioc_console.gui.alerts.attention.controller import Attention
from ioc_console.gui.alerts.attention.counts import badge_text, badge_tooltip
from ioc_console.gui.theme import state_colour


class AlertBadge(QWidget):
    def __init__(self, attention: Attention, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alert_badge")
        self.attention = attention
        self.counts_label = QLabel()
        self.counts_label.setObjectName("alert_counts")
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mute_button = QToolButton()
        self.mute_button.setObjectName("alert_mute")
        self.mute_button.setAutoRaise(True)
        self.mute_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.mute_button.clicked.connect(self._toggle_mute)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.mute_button)
        attention.countsChanged.connect(self.show_counts)
        attention.muteChanged.connect(self.show_mute)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_counts(self.attention.counts)
        self.show_mute(self.attention.muted_until)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_counts(self, counts: Mapping[int, int]) -> None:
        text = badge_text(counts)
        self.counts_label.setText(
            QCoreApplication.translate("Alerts", "Unacknowledged: %1").replace("%1", text)
            if text
            else QCoreApplication.translate("Alerts", "No unacknowledged alerts")
        )
        self.counts_label.setToolTip(badge_tooltip(counts))
        level = "error" if counts.get(1) else "warning" if counts.get(2) else "muted"
        self.counts_label.setStyleSheet(f"color: {state_colour(level).name()};")

    def show_mute(self, until: datetime | None) -> None:
        if until is None:
            self.mute_button.setIcon(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume)
            )
            self.mute_button.setText(
                QCoreApplication.translate("Alerts", "Sound on")
                if self.attention.sounds.check()
                else QCoreApplication.translate("Alerts", "No audio device")
            )
            self.mute_button.setToolTip(
                QCoreApplication.translate(
                    "Alerts", "Mute the alert sounds for %1 minutes"
                ).replace("%1", f"{self.attention.policy.mute_minutes:g}")
            )
            self.mute_button.setStyleSheet("")
        else:
            self.mute_button.setIcon(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolumeMuted)
            )
            self.mute_button.setText(
                QCoreApplication.translate("Alerts", "Muted until %1").replace(
                    "%1", until.astimezone(CITY_TZ).strftime("%H:%M")
                )
            )
            self.mute_button.setToolTip(
                QCoreApplication.translate("Alerts", "Click to turn the alert sounds on again")
            )
            self.mute_button.setStyleSheet(
                f"color: {state_colour('warning').name()}; font-weight: bold;"
            )
        # the style sheet changes the font: the button's size follows only when asked
        self.mute_button.ensurePolished()
        self.mute_button.setMinimumWidth(self.mute_button.sizeHint().width())
        self.mute_button.updateGeometry()

    def _toggle_mute(self) -> None:
        if self.attention.muted_until is None:
            self.attention.mute()
        else:
            self.attention.unmute()
