"""The scope picker of the procedures dashboard: the whole city, or one ward (today's wards),
agency or field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from ioc_console.core.procedures.indicators import Scope
from ioc_console.core.procedures.scopes import ScopeChoices
from ioc_console.gui.i18n import tr
from ioc_console.gui.procedures import texts

_ROLE = 256


class ProcedureScopePicker(QComboBox):
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
        self._fill()
        self.currentIndexChanged.connect(self._picked)

    def _fill(self) -> None:
        self.blockSignals(True)
        self._model.clear()
        self._add(tr(texts.CITY), None, None)
        for title, column, values in (
            (texts.GROUP_WARDS, "ward", self._choices.wards),
            (texts.GROUP_AGENCIES, "agency", [(a, a) for a in self._choices.agencies]),
            (texts.GROUP_FIELDS, "field", [(f, f) for f in self._choices.fields]),
        ):
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

    def _add(self, text: str, column: str | None, value: str | None, label: str = "") -> None:
        item = QStandardItem(text)
        item.setData((column, value, label), _ROLE)
        self._model.appendRow(item)

    def _select(self, column: str | None, value: str | None) -> None:
        for row in range(self._model.rowCount()):
            data = self._model.item(row).data(_ROLE)
            if data and (data[0], data[1]) == (column, value):
                self.setCurrentIndex(row)
                return
        self.setCurrentIndex(0)

    def _picked(self, _index: int) -> None:
        data = self.currentData(_ROLE)
        if data:
            self._wanted = (data[0], data[1])
        self.changed.emit()

    def set_choices(self, choices: ScopeChoices) -> None:
        self._choices = choices
        self._fill()

    def choose(self, column: str | None, value: str | None) -> None:
        self._wanted = (column, value)
        self._select(column, value)

    def scope(self) -> Scope:
        column, value = self._wanted
        if column is None:
            return Scope()
        label = dict(self._choices.wards).get(value or "", value or "") if column == "ward" \
            else value or ""
        return Scope(column, value, label)

    def retranslate(self) -> None:
        self._fill()

    def save_state(self) -> dict[str, Any]:
        return {"column": self._wanted[0], "value": self._wanted[1]}

    def restore_state(self, state: dict[str, Any]) -> None:
        column, value = state.get("column"), state.get("value")
        if column in (None, "ward", "agency", "field") and (
                value is None or isinstance(value, str)):
            self.choose(column, value)
