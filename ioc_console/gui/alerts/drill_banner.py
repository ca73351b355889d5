"""The queue's drill-down banner: which alerts another panel asked to see (the open items of a
shift handover, the alerts behind a figure), in words, with a way back to the whole queue."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DrillBanner(QFrame):
    cleared = Signal()
    """The operator asked to see the whole queue again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertDrillDown")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#alertDrillDown { background: #fff4d6; }")
        self.text = QLabel()
        self.text.setObjectName("alertDrillText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the words come from another panel
        self.text.setWordWrap(True)
        self.clear = QPushButton()
        self.clear.setObjectName("clearAlertDrillDown")
        self.clear.clicked.connect(self.cleared.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.clear)
        self._count, self._description = 0, ""
        self.hide()
        self.retranslate()

    def show_filter(self, count: int, description: str) -> None:
        self._count, self._description = count, description
        self.retranslate()
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.clear.setText(self.tr("Show the whole queue"))
        self.text.setText(
            self.tr("Showing only %1 alert(s): %2")
            .replace("%1", str(self._count))
            .replace("%2", self._description)
        )
