"""Shown in place of a panel whose construction failed: what happened, and a way to retry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class ErrorPanel(QWidget):
    def __init__(
        self,
        title: str,
        error: str,
        details: str,
        retry: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.retry_button = QPushButton()
        self.retry_button.setVisible(retry is not None)
        if retry is not None:
            self.retry_button.clicked.connect(retry)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._title = title
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("The panel “%1” could not be opened.").replace("%1", self._title)
        )
        self.message.setText(
            self.tr("%1\nThe rest of the console works. Details are in the Event log.").replace(
                "%1", self.error
            )
        )
        self.retry_button.setText(self.tr("Try again"))
