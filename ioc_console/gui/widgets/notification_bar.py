"""Non-fatal notices at the top of a window: what went wrong, in words, with a close button.

Information fades after a while; warnings and errors stay until the operator closes them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ioc_console.core.clock import city_now
from ioc_console.gui.theme import state_colour

MAX_VISIBLE = 4
INFO_SECONDS = 12


class Notice(QFrame):
    def __init__(
        self, level: str, text: str, on_details=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.level = level
        colour = state_colour({"info": "ok", "warning": "warning"}.get(level, "error"))
        self.setStyleSheet(
            f"QFrame#notice {{ border-left: 4px solid {colour.name()}; "
            f"background: palette(alternate-base); }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        stamp = QLabel(city_now().strftime("%H:%M:%S"))
        stamp.setStyleSheet(f"color: {colour.name()};")
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # outside text is never markup
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QToolButton()
        self.details.setText(self.tr("Details"))
        self.details.setAutoRaise(True)
        self.details.setVisible(on_details is not None)
        if on_details is not None:
            self.details.clicked.connect(on_details)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this notice"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(stamp)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details)
        layout.addWidget(close)

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


class NotificationBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(2)
        self.hide()

    def notices(self) -> list[Notice]:
        """The notices shown, oldest first."""
        return [n for n in self.findChildren(Notice) if not n.isHidden()]

    def post(self, level: str, text: str, on_details=None) -> Notice:
        """Show a notice; ``on_details``, if given, is called by its Details button."""
        notice = Notice(level, text, on_details, self)
        self._layout.insertWidget(0, notice)
        notice.show()  # at once, not when the layout gets to it: notices() counts it now
        notice.destroyed.connect(self._refresh)
        for old in self.notices()[:-MAX_VISIBLE]:  # oldest first: the newest stay
            old.dismiss()
        if level == "info":
            QTimer.singleShot(INFO_SECONDS * 1000, notice.dismiss)
        self.show()
        return notice

    def _refresh(self) -> None:
        # with the bar as context: not called once the bar itself is gone
        QTimer.singleShot(0, self, lambda: self.setVisible(bool(self.notices())))
