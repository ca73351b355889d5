"""Taking a complaint on the phone: channel, category, the citizen's words, the place (picked on
the map or an address found among the city's streets and units), the citizen's contact with
their consent only. Possible duplicates (same category, a few hundred metres, the last days)
are shown before filing, with a way to attach the call to one of them instead. Filing puts
the complaint in the outbox: it is sent when the backend can be reached."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.complaints import actions, workflow
from ioc_console.core.complaints.duplicates import Duplicate, find_duplicates
from ioc_console.core.complaints.intake import (
    CHANNELS,
    AddressBook,
    IntakeForm,
    problems,
    with_reference,
)
from ioc_console.core.intents import PickPlace
from ioc_console.core.services import Services
from ioc_console.gui.complaints.texts import channel_title, refusal_text, state_title
from ioc_console.gui.i18n import tr
from ioc_console.gui.tasks import run_in_background
from ioc_console.gui.widgets.plain_text import plain_tooltip

log = logging.getLogger(__name__)


class IntakeDialog(QDialog):
    filed = Signal(str)
    """The complaint (``"new"``) or the call attached to a complaint (its id) was queued."""

    def __init__(
        self,
        services: Services,
        categories: list[tuple[str, str]],
        source: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New complaint"))
        self.services = services
        self.source = source
        self.lat: float | None = None
        self.lon: float | None = None
        self.book: AddressBook | None = None
        self.duplicates: list[Duplicate] = []
        self.reference = ""  # where the complaint comes from (social_posts/SM-…), kept in its text

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for code in CHANNELS:
            self.channel.addItem(channel_title(code), code)
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.addItem("", "")
        for code, name in categories:
            self.category.addItem(name, code)
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setObjectName("findAddress")
        self.pick = QPushButton(self.tr("Pick on the map"))
        self.pick.setObjectName("pickOnMap")
        self.place = QLabel(self.tr("No place yet"))
        self.place.setObjectName("place")
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contactName")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("contactPhone")
        self.consent = QCheckBox(
            self.tr("The citizen agrees that the contact be kept for the call-back")
        )
        self.consent.setObjectName("consent")
        self.duplicate_list = QListWidget()
        self.duplicate_list.setObjectName("duplicates")
        self.duplicate_title = QLabel()
        self.attach = QPushButton(self.tr("Attach the call to this complaint"))
        self.attach.setObjectName("attach")
        self.attach.setEnabled(False)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        self.file = QPushButton(self.tr("File the complaint"))
        self.file.setObjectName("file")
        self.file.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("What the citizen reports"), self.text)
        where = QHBoxLayout()
        where.addWidget(self.address, 1)
        where.addWidget(self.find_button)
        where.addWidget(self.pick)
        form.addRow(self.tr("Address"), where)
        form.addRow("", self.place)
        form.addRow(self.tr("Citizen's name"), self.contact_name)
        form.addRow(self.tr("Citizen's phone"), self.contact_phone)
        form.addRow("", self.consent)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach)
        buttons.addStretch(1)
        buttons.addWidget(self.file)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_title)
        layout.addWidget(self.duplicate_list)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(620, 640)

        self.find_button.clicked.connect(self.find_address)
        self.address.returnPressed.connect(self.find_address)
        self.pick.clicked.connect(self._pick)
        self.category.currentIndexChanged.connect(lambda _i: self.check_duplicates())
        self.duplicate_list.currentRowChanged.connect(
            lambda row: self.attach.setEnabled(row >= 0 and bool(self.duplicates))
        )
        self.attach.clicked.connect(self.attach_call)
        self.file.clicked.connect(self.file_complaint)
        cancel.clicked.connect(self.reject)
        self.check_duplicates()
        cache = services.cache
        if cache is not None:
            run_in_background(
                lambda: AddressBook.from_cache(cache.conn),
                self._book_ready,
                lambda e: log.warning("addresses could not be read: %s", e),
                owner=self,  # closed meanwhile: dropped
            )

    # -- the place -------------------------------------------------------------------------
    def _book_ready(self, book: AddressBook) -> None:
        self.book = book
        if self.address.text().strip() and self.lat is None:
            self.find_address()

    def find_address(self) -> None:
        text = self.address.text().strip()
        if not text:
            return
        if self.book is None:
            self.place.setText(self.tr("Reading the city's streets…"))
            return
        found = self.book.resolve(text)
        if found is None:
            self.place.setText(
                self.tr(
                    "No street or ward of the city found in this address; pick the place on the map"
                )
            )
            return
        self.set_place(found.lat, found.lon, found.label)

    def _pick(self) -> None:
        prompt = self.tr("Click the place of the complaint")
        self.services.intents.post(PickPlace(self._picked, prompt, source=self.source))

    def _picked(self, lon: float, lat: float) -> None:
        if isValid(self):  # the form may have been closed before the click
            self.set_place(lat, lon, self.tr("picked on the map"))

    def set_place(self, lat: float, lon: float, label: str) -> None:
        self.lat, self.lon = lat, lon
        self.place.setText(f"{label} ({lat:.5f}, {lon:.5f})")
        self.check_duplicates()

    # -- duplicates ------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        category = self.category.currentData()
        cache = self.services.cache
        self.duplicates = []
        if cache is not None and category and self.lat is not None and self.lon is not None:
            self.duplicates = find_duplicates(cache.conn, category, self.lat, self.lon)
        self.duplicate_list.clear()
        self.duplicate_title.setText(
            self.tr("Possible duplicates (same category, within 300 m, last 7 days): %1").replace(
                "%1", str(len(self.duplicates))
            )
        )
        for dup in self.duplicates:
            row = dup.row
            received = datetime.fromtimestamp(row.received_ts, CITY_TZ).strftime("%d/%m %H:%M")
            text = (
                f"{row.id} · {round(dup.distance_m)} m · {received} · "
                f"{state_title(row.state)} · {row.address}"
            )
            item = QListWidgetItem(text)
            item.setToolTip(plain_tooltip(row.description))  # the citizen's words: text
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.duplicate_list.addItem(item)
        self.attach.setEnabled(False)

    # -- filing ----------------------------------------------------------------------------
    def form(self) -> IntakeForm:
        return IntakeForm(
            channel=str(self.channel.currentData() or ""),
            category=str(self.category.currentData() or ""),
            text=self.citizen_text(),
            lat=self.lat,
            lon=self.lon,
            address=self.address.text(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_consent=self.consent.isChecked(),
        )

    def citizen_text(self) -> str:
        """The text as written, with the reference of what it was filed from."""
        return with_reference(self.text.toPlainText(), self.reference, self.tr("Source: %1"))

    def file_complaint(self) -> None:
        form = self.form()
        found = problems(form)
        cache = self.services.cache
        if found or cache is None:
            self.problem.setText(
                "\n".join(tr(p) for p in found)
                or self.tr("The console has no cache: nothing can be filed")
            )
            return
        actions.queue_intake(cache, form, self.services.actions_queued.emit).result(10)
        self.filed.emit("new")
        self.accept()

    def attach_call(self) -> None:
        item = self.duplicate_list.currentItem()
        cache = self.services.cache
        if item is None or cache is None:
            return
        complaint_id = item.data(Qt.ItemDataRole.UserRole)
        complaint = cache.get("complaints", complaint_id)
        text = self.citizen_text() if self.text.toPlainText().strip() else ""
        if complaint is None or not text:
            self.problem.setText(self.tr("Write what the citizen reports"))
            return
        channel = channel_title(str(self.channel.currentData() or ""))
        action = workflow.Action("add_call", text=f"{channel}: {text}")
        try:
            actions.queue_action(
                cache, complaint, action, self.services.actions_queued.emit
            ).result(10)
        except workflow.ActionError as exc:
            self.problem.setText(refusal_text(exc))
            return
        self.filed.emit(complaint_id)
        self.accept()
