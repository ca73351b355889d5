"""Administrative units panel: the wards and communes in force on a chosen date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ioc_console.plugin_api import AdminUnit, city_today, matches, units_on

from .model import AdminUnitsModel


class AdminUnitsPanel(QWidget):
    """A date, a search box ignoring diacritics, and the units in force on that date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units: list[AdminUnit] = []

        self.as_of_label = QLabel()
        today = city_today()
        self.as_of = QDateEdit(QDate(today.year, today.month, today.day))
        self.as_of.setObjectName("asOf")
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.setCalendarPopup(True)
        self.as_of_label.setBuddy(self.as_of)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(self.as_of_label)
        bar.addWidget(self.as_of)
        bar.addWidget(self.search, 1)

        self.model = AdminUnitsModel(self)
        self.table = QTableView()
        self.table.setObjectName("units")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)

        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.note)

        self.as_of.dateChanged.connect(self._date_changed)
        self.search.textChanged.connect(self._refresh)
        self.retranslate()
        self._date_changed(self.as_of.date())

    def _date_changed(self, day: QDate) -> None:
        # (QDate.toPython() is typed as returning object)
        self._units = units_on(date(day.year(), day.month(), day.day()))
        self._refresh()

    def _refresh(self) -> None:
        query = self.search.text()
        self.model.set_units([u for u in self._units if matches(query, u.code, u.name, u.kind)])
        self._update_count()

    def _update_count(self) -> None:
        day = self.as_of.date().toString("dd/MM/yyyy")
        shown, total = self.model.rowCount(), len(self._units)
        if shown == total:
            text = self.tr("%1 units in force on %2").replace("%1", str(total)).replace("%2", day)
        else:
            text = (
                self.tr("%1 of %2 units in force on %3")
                .replace("%1", str(shown))
                .replace("%2", str(total))
                .replace("%3", day)
            )
        self.count.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.as_of_label.setText(self.tr("As of"))
        self.as_of.setToolTip(self.tr("Show the units in force on this date"))
        self.search.setPlaceholderText(self.tr("Search units (diacritics ignored)…"))
        self.model.set_headers(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Valid from"),
                self.tr("Valid until"),
            ],
            [
                self.tr("Statistics office (GSO) code; reused across reorganisations"),
                "",
                "",
                self.tr("First day in force; — when not recorded"),
                self.tr("Last day in force; — while still in force"),
            ],
        )
        self.note.setText(
            self.tr(
                "Codes are reused across reorganisations, so records are joined on code "
                "plus period, never on the code alone."
            )
        )
        self._update_count()

    def save_state(self) -> dict[str, Any]:
        return {"search": self.search.text()}

    def restore_state(self, state: dict[str, Any]) -> None:
        search = state.get("search") if isinstance(state, dict) else None
        if isinstance(search, str):
            self.search.setText(search)
