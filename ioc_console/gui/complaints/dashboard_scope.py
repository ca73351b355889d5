"""The scope picker of the complaint dashboard: the whole city, or one ward (today's wards),
agency, category or channel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from ioc_console.core.complaints.kpi_scopes import ScopeChoices
from ioc_console.core.complaints.kpis import Scope
from ioc_console.gui.complaints import dashboard_texts as texts
from ioc_console.gui.i18n import tr


class ScopePicker(QComboBox):
    changed = Signal()
    """The operator chose another scope."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scope")
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._wanted: tuple[str | None, str | None] = (None, None)
        self._choices = ScopeChoices()
        self._names: dict[str, str] = {}
        self._fill()
        self.currentIndexChanged.connect(self._picked)

    def _fill(self) -> None:
        self.blockSignals(True)
        self._model.clear()
        self._add(tr(texts.CITY), None, None)
        groups = (
            (texts.GROUP_WARDS, "ward", self._choices.wards),
            (texts.GROUP_AGENCIES, "agency", [(a, a) for a in self._choices.agencies]),
            (texts.GROUP_CATEGORIES, "category", self._choices.categories),
            (texts.GROUP_CHANNELS, "channel",
             [(c, tr(texts.CHANNELS.get(c, c))) for c in self._choices.channels]),
        )
        for title, column, values in groups:
            if not values:
                continue
            header = QStandardItem(tr(title))
            header.setEnabled(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self._model.appendRow(header)
            for value, label in values:
                self._add(f"  {label}", column, value, label)
        self._select(*self._wanted)
        self.blockSignals(False)

    def _add(self, text: str, column: str | None, value: str | None,
             label: str = "") -> None:
        item = QStandardItem(text)
        item.setData((column, value, label), 256)
        self._model.appendRow(item)

    def _select(self, column: str | None, value: str | None) -> None:
        for row in range(self._model.rowCount()):
            data = self._model.item(row).data(256)
            if data and (data[0], data[1]) == (column, value):
                self.setCurrentIndex(row)
                return
        self.setCurrentIndex(0)

    def _picked(self, _index: int) -> None:
        data = self.currentData(256)
        if data:
            self._wanted = (data[0], data[1])
        self.changed.emit()

    def set_choices(self, choices: ScopeChoices, names: dict[str, str]) -> None:
        self._choices, self._names = choices, names
        self._fill()

    def choose(self, column: str | None, value: str | None) -> None:
        """Show the scope ``column`` = ``value`` (None: the whole city)."""
        self._wanted = (column, value)
        self._select(column, value)

    def scope(self) -> Scope:
        column, value = self._wanted
        if column is None:
            return Scope()
        label = value or ""
        if column == "ward":
            label = self._names.get(label, dict(self._choices.wards).get(label, label))
        elif column == "category":
            label = dict(self._choices.categories).get(label, label)
        elif column == "channel":
            label = tr(texts.CHANNELS.get(label, label))
        return Scope(column, value, label)

    def retranslate(self) -> None:
        self._fill()

    def save_state(self) -> dict[str, Any]:
        return {"column": self._wanted[0], "value": self._wanted[1]}

    def restore_state(self, state: dict[str, Any]) -> None:
        column, value = state.get("column"), state.get("value")
        if column in (None, "ward", "agency", "category", "channel") and (
                value is None or isinstance(value, str)):
            self.choose(column, value)
