"""A dashboard's scope picker: the whole city, or one value of a column (a ward — today's
wards —, an agency, a category...), in groups with a title each. The dashboard gives the
groups (from the values its records hold) and how a choice becomes its scope."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from ioc_console.core.i18n import TrText
from ioc_console.gui.i18n import tr

ScopeT = TypeVar("ScopeT")
Group = tuple[TrText, str, Sequence[tuple[str, str | TrText]]]
"""(title, column, (value, label) pairs); a TrText label is translated when shown."""
_ROLE = 256


def _text(label: str | TrText) -> str:
    return tr(label) if isinstance(label, TrText) else label


class ScopePicker(QComboBox, Generic[ScopeT]):
    changed = Signal()
    """The operator chose another scope."""

    def __init__(
        self,
        city: TrText,
        columns: Sequence[str],
        make_scope: Callable[[str | None, str | None, str], ScopeT],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scope")
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._city, self._columns, self._make_scope = city, tuple(columns), make_scope
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._wanted: tuple[str | None, str | None] = (None, None)
        self._groups: Sequence[Group] = ()
        self._fill()
        self.currentIndexChanged.connect(self._picked)

    def set_groups(self, groups: Sequence[Group]) -> None:
        """The values to choose from, as the records hold them now."""
        self._groups = groups
        self._fill()

    def _fill(self) -> None:
        self.blockSignals(True)
        self._model.clear()
        self._add(tr(self._city), None, None)
        for title, column, values in self._groups:
            if not values:
                continue
            header = QStandardItem(tr(title))
            header.setEnabled(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self._model.appendRow(header)
            for value, label in values:
                self._add(f"  {_text(label)}", column, value, _text(label))
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

    def choose(self, column: str | None, value: str | None) -> None:
        """Show the scope ``column`` = ``value`` (None: the whole city)."""
        self._wanted = (column, value)
        self._select(column, value)

    def scope(self) -> ScopeT:
        column, value = self._wanted
        label = value or ""
        for title_column in self._groups:
            if title_column[1] == column:
                label = next((_text(lb) for v, lb in title_column[2] if v == value), label)
        return self._make_scope(column, value, label)

    def retranslate(self) -> None:
        self._fill()

    def save_state(self) -> dict[str, Any]:
        return {"column": self._wanted[0], "value": self._wanted[1]}

    def restore_state(self, state: dict[str, Any]) -> None:
        column, value = state.get("column"), state.get("value")
        known = column is None or column in self._columns
        if known and (value is None or isinstance(value, str)):
            self.choose(column, value)
