"""The dialog of one handling action: only the fields the action needs (agency, new deadline,
reason or resolution or note, the citizen's rating), checked against the complaint's state
in the core before the action is queued."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.clock import CITY_TZ, read_time
from ioc_console.core.complaints import workflow
from ioc_console.gui.complaints.texts import action_title, refusal_text

TEXT_NEEDED = {"extend", "reopen", "resolve", "add_call"}


class HandlingDialog(QDialog):
    """``action()`` is the :class:`workflow.Action` the operator filled in (after accept)."""

    def __init__(
        self, name: str, complaint: dict, agencies: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handlingDialog")
        self.name = name
        self.complaint = complaint
        self.setWindowTitle(f"{action_title(name)} · {complaint.get('id')}")
        form = QFormLayout()
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        self.agency.setEditable(True)
        self.agency.addItems(agencies)
        self.agency.setCurrentText(
            "" if name == "forward" else str(complaint.get("agency_responsible") or "")
        )
        self.deadline = QDateTimeEdit()
        self.deadline.setObjectName("deadline")
        self.deadline.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.deadline.setCalendarPopup(True)
        self.deadline.setTimeZone(QTimeZone(b"Asia/Ho_Chi_Minh"))
        current = read_time(complaint.get("legal_deadline")) or datetime.now(CITY_TZ)
        self.deadline.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(current.timestamp()) + 5 * 86400)
        )
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.rating = QComboBox()
        self.rating.setObjectName("rating")
        self.rating.addItem(self.tr("The citizen did not rate"), None)
        for score in range(5, 0, -1):
            self.rating.addItem(f"{score}/5", score)
        if name in ("assign", "forward"):
            form.addRow(self.tr("Agency"), self.agency)
        if name == "extend":
            form.addRow(self.tr("New deadline"), self.deadline)
        if name == "close":
            form.addRow(self.tr("Citizen's rating"), self.rating)
        text_titles = {
            "extend": self.tr("Reason"),
            "reopen": self.tr("Reason"),
            "resolve": self.tr("Resolution"),
            "add_call": self.tr("What the citizen said"),
            "close": self.tr("Call-back note"),
            "assign": self.tr("Note"),
            "forward": self.tr("Reason"),
        }
        form.addRow(text_titles.get(name, self.tr("Note")), self.text)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 280)

    def action(self) -> workflow.Action:
        text = self.text.toPlainText().strip() or None
        agency = self.agency.currentText().strip() or None
        deadline = None
        if self.name == "extend":
            secs = self.deadline.dateTime().toSecsSinceEpoch()
            deadline = datetime.fromtimestamp(secs, CITY_TZ).isoformat(timespec="seconds")
        return workflow.Action(
            self.name,
            agency=agency if self.name in ("assign", "forward") else None,
            deadline=deadline,
            text=text,
            rating=self.rating.currentData() if self.name == "close" else None,
        )

    def _accept(self) -> None:
        """Checked here against the complaint; the panel checks again with what is queued."""
        try:
            action = workflow.parse_action(self.action().to_body())
            workflow.check(self.complaint, action)
        except workflow.ActionError as exc:
            self.problem.setText(refusal_text(exc))
            return
        self.accept()
