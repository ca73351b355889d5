"""The banner over the queue in flood mode: the rate that set it off and how the queue is
folded, with a button to open or fold the low priorities."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ioc_console.gui.theme import state_colour


class FloodBanner(QFrame):
    toggleLow = Signal()
    """The operator asked to open (or fold again) the low-priority summary row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertFloodBanner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.toggleLow.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_load(self, flood: bool, rate: int, expanded: bool) -> None:
        self.setVisible(flood)
        if not flood:
            return
        colour = state_colour("error").name()
        self.setStyleSheet(
            f"QFrame#alertFloodBanner {{ background: {colour}; border-radius: 3px; }}"
            " QFrame#alertFloodBanner QLabel { color: white; font-weight: bold; }"
        )
        self.label.setText(
            self.tr(
                "Alarm flood: %1 alerts in the last 10 minutes (more than 10). Repeats are "
                "shown once per source; priorities 3 and 4 are folded into one row. The queue "
                "returns to normal below 5 in 10 minutes."
            ).replace("%1", str(rate))
        )
        self.button.setText(
            self.tr("Fold priorities 3–4") if expanded else self.tr("Show priorities 3–4")
        )
