"""The details of one complaint: the citizen's text (as plain text), the place with a button
that shows it on the map and the cameras nearby, the status history (with the actions still
queued), the agency's resolution, the citizen's rating, and the handling actions that fit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.clock import read_time
from ioc_console.core.complaints import workflow
from ioc_console.core.complaints.nearby import NearbyCamera
from ioc_console.core.store.outbox import OutboxAction
from ioc_console.gui.complaints.texts import action_title, channel_title, state_title
from ioc_console.gui.timefmt import format_datetime


def _when(text: Any) -> str:
    moment = read_time(text)
    return format_datetime(moment) if moment else ""


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # text from outside is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ComplaintDetails(QWidget):
    showOnMap = Signal()
    """The operator asked to see the complaint's place on the map."""
    actionAsked = Signal(str)
    """The operator chose a handling action (its name) for the complaint shown."""
    cameraAsked = Signal(str)
    """The operator chose a camera near the complaint (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.complaint: dict[str, Any] | None = None
        self._shown: tuple = (None, None, None, None)
        self.title = _plain_label()
        self.title.setObjectName("complaintTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.fields = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        for key in ("received", "ward", "agency", "deadline", "address", "rating"):
            self.values[key] = _plain_label()
            self.field_labels[key] = QLabel()
            self.fields.addRow(self.field_labels[key], self.values[key])
        self.text_label = QLabel()
        self.text = QPlainTextEdit()  # the citizen's words, as plain text
        self.text.setObjectName("citizenText")
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(110)
        self.map_button = QPushButton()
        self.map_button.setObjectName("showOnMap")
        self.map_button.clicked.connect(self.showOnMap.emit)
        self.cameras = QListWidget()
        self.cameras.setObjectName("nearbyCameras")
        self.cameras.setMaximumHeight(70)
        self.cameras.itemActivated.connect(
            lambda item: self.cameraAsked.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.history_label = QLabel()
        self.history = QTableWidget(0, 4)
        self.history.setMinimumHeight(140)
        self.history.setObjectName("statusHistory")
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 90, 170)):
            header.resizeSection(column, width)
        self.resolution_label = QLabel()
        self.resolution = QPlainTextEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setReadOnly(True)
        self.resolution.setMaximumHeight(70)
        self.actions_bar = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for name in workflow.ACTIONS:
            button = QPushButton()
            button.setObjectName(f"action_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.actionAsked.emit(n))
            self.action_buttons[name] = button
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(self.fields)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text)
        place = QHBoxLayout()
        place.addWidget(self.map_button, 0, Qt.AlignmentFlag.AlignTop)
        place.addWidget(self.cameras, 1)
        layout.addLayout(place)
        layout.addWidget(self.resolution_label)
        layout.addWidget(self.resolution)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        layout.addLayout(self.actions_bar)
        self.retranslate()
        self.show_complaint(None)

    def show_complaint(
        self,
        complaint: dict[str, Any] | None,
        queued: list[OutboxAction] | None = None,
        effective: dict[str, Any] | None = None,
        names: Callable[[dict[str, Any]], str] | None = None,
    ) -> None:
        """Show ``complaint`` (None: nothing selected); ``queued``: its actions not yet sent;
        ``effective``: the complaint as it will be with them (the actions offered follow it);
        ``names``: the ward text of a complaint."""
        self.complaint = complaint
        self._shown = (complaint, queued, effective, names)
        has = complaint is not None
        for widget in (self.text, self.map_button, self.history, self.resolution):
            widget.setEnabled(has)
        if complaint is None:
            self.title.setText(self.tr("Select a complaint to see its details"))
            for label in self.values.values():
                label.clear()
            self.text.clear()
            self.resolution.clear()
            self.history.setRowCount(0)
            self.cameras.clear()
            for button in self.action_buttons.values():
                button.hide()
            return
        state = str((effective or complaint).get("state") or "received")
        self.title.setText(
            f"{complaint.get('id')} · {complaint.get('service_name') or complaint.get('category')}"
            f" · {state_title(state)}"
        )
        self.values["received"].setText(
            f"{_when(complaint.get('requested_datetime'))} · "
            f"{channel_title(str(complaint.get('channel') or ''))}"
        )
        self.values["ward"].setText(names(complaint) if names else str(complaint.get("ward")))
        self.values["agency"].setText(str(complaint.get("agency_responsible") or ""))
        self.values["deadline"].setText(_when(complaint.get("legal_deadline")))
        self.values["address"].setText(str(complaint.get("address") or ""))
        rating = complaint.get("satisfaction")
        if isinstance(rating, int):
            verdict = self.tr("satisfied") if rating >= 4 else self.tr("not satisfied")
            self.values["rating"].setText(f"{rating}/5 ({verdict})")
        elif complaint.get("state") == "closed":
            self.values["rating"].setText(self.tr("not rated"))
        else:
            self.values["rating"].setText(self.tr("not yet asked"))
        self.text.setPlainText(str(complaint.get("description") or ""))
        self.resolution.setPlainText(str(complaint.get("resolution") or ""))
        self.map_button.setEnabled(complaint.get("lat") is not None)
        self._fill_history(list(complaint.get("status_history") or []), queued or [])
        offered = set(workflow.possible(effective or complaint))
        for name, button in self.action_buttons.items():
            button.setVisible(name in offered)

    def _fill_history(self, history: list[dict], queued: list[OutboxAction]) -> None:
        rows: list[tuple[str, str, str, str, bool]] = [
            (
                _when(h.get("at")),
                state_title(str(h.get("state"))),
                str(h.get("by") or ""),
                str(h.get("note") or ""),
                False,
            )
            for h in history
            if isinstance(h, dict)
        ]
        for action in queued:
            rows.append(
                (
                    _when(action.created_at),
                    action_title(str(action.body.get("action"))),
                    self.tr("(queued, not yet sent)"),
                    str(action.body.get("text") or action.body.get("agency") or ""),
                    True,
                )
            )
        self.history.setRowCount(len(rows))
        for r, (at, state, by, note, pending) in enumerate(rows):
            for c, text in enumerate((at, state, by, note)):
                item = QTableWidgetItem(text)
                if pending:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.history.setItem(r, c, item)
        self.history.resizeRowsToContents()
        self.history.scrollToBottom()

    def show_cameras(self, cameras: list[NearbyCamera]) -> None:
        self.cameras.clear()
        if not cameras:
            item = QListWidgetItem(self.tr("No camera within 500 m"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.cameras.addItem(item)
            return
        for camera in cameras:
            item = QListWidgetItem(
                self.tr("%1 (%2 m)")
                .replace("%1", camera.name)
                .replace("%2", str(round(camera.distance_m)))
            )
            item.setData(Qt.ItemDataRole.UserRole, camera.id)
            self.cameras.addItem(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = {
            "received": self.tr("Received"),
            "ward": self.tr("Ward"),
            "agency": self.tr("Agency"),
            "deadline": self.tr("Deadline"),
            "address": self.tr("Place"),
            "rating": self.tr("Citizen's rating"),
        }
        for key, title in titles.items():
            self.field_labels[key].setText(title)
        self.text_label.setText(self.tr("What the citizen reports"))
        self.map_button.setText(self.tr("Show on map"))
        self.history_label.setText(self.tr("Status history"))
        self.resolution_label.setText(self.tr("The agency's resolution"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Status"), self.tr("By"), self.tr("Note")]
        )
        for name, button in self.action_buttons.items():
            button.setText(action_title(name))
        if self.complaint is not None:
            self.show_complaint(*self._shown)
