"""The complaint list's filter bar: search (diacritics ignored), status, channel, category,
ward, agency and deadline; it says what it asks for as a :class:`ComplaintFilter`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from ioc_console.core.complaints import filters as f
from ioc_console.core.complaints.filters import ComplaintFilter
from ioc_console.core.complaints.intake import CHANNELS
from ioc_console.core.complaints.workflow import HANDLED, STATES
from ioc_console.gui.complaints.texts import channel_title, state_title

OPEN = "__open__"  # every state not handled


class FilterBar(QWidget):
    changed = Signal()
    """The operator changed a filter (a typed search settles first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.channel = QComboBox()
        self.channel.setObjectName("channelFilter")
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.ward = QComboBox()
        self.ward.setObjectName("wardFilter")
        self.agency = QComboBox()
        self.agency.setObjectName("agencyFilter")
        self.due = QComboBox()
        self.due.setObjectName("dueFilter")
        self.combos = (self.state, self.channel, self.category, self.ward, self.agency, self.due)
        self.grid = QGridLayout(self)  # the filters in as many columns as the width takes
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 0
        for combo in self.combos:
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._lay_out(6)
        self._choices: tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]] = ([], [], [])
        self._typing = QTimer(self, singleShot=True, interval=200)
        self._typing.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.retranslate()

    def _lay_out(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for combo in self.combos:
            self.grid.removeWidget(combo)
        for i, combo in enumerate(self.combos):
            self.grid.addWidget(combo, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width()
        self._lay_out(6 if width >= 780 else 3 if width >= 390 else 2)
        super().resizeEvent(event)

    def set_choices(
        self, categories: list[tuple[str, str]], wards: list[tuple[str, str]], agencies: list[str]
    ) -> None:
        """The categories, today's wards and agencies the cache holds (code, name)."""
        self._choices = (categories, wards, agencies)
        self._fill(self.category, self.tr("All categories"), categories)
        self._fill(self.ward, self.tr("All wards"), wards)
        self._fill(self.agency, self.tr("All agencies"), [(a, a) for a in agencies])

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for code, name in items:
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def current(self) -> ComplaintFilter:
        state = self.state.currentData() or ""
        states = (
            frozenset(s for s in STATES if s not in HANDLED)
            if state == OPEN
            else (frozenset({state}) if state else frozenset())
        )
        one = _one
        return ComplaintFilter(
            text=self.search.text(),
            states=states,
            channels=one(self.channel),
            categories=one(self.category),
            wards=one(self.ward),
            agencies=one(self.agency),
            due=str(self.due.currentData() or ""),
        )

    def set_due(self, due: str) -> None:
        self.due.setCurrentIndex(max(0, self.due.findData(due)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search number, place, text (diacritics ignored)…"))
        self._fill(
            self.state,
            self.tr("All statuses"),
            [(OPEN, self.tr("Not yet handled")), *((s, state_title(s)) for s in STATES)],
        )
        self._fill(self.channel, self.tr("All channels"), [(c, channel_title(c)) for c in CHANNELS])
        self._fill(
            self.due,
            self.tr("Any deadline"),
            [
                (f.DUE_LATE_OR_SOON, self.tr("Overdue or due soon")),
                (f.DUE_OVERDUE, self.tr("Overdue")),
                (f.DUE_SOON, self.tr("Due within 48 h")),
            ],
        )
        self.set_choices(*self._choices)


def _one(combo: QComboBox) -> frozenset[str]:
    """The combo's code as a set of one (none: every code)."""
    code = combo.currentData()
    return frozenset({str(code)}) if code else frozenset()
