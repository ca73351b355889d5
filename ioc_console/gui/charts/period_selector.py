"""The period picker of a dashboard: today, 7 or 30 days, this month, quarter or year, all
records, or a custom range of days."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ioc_console.core.clock import city_today
from ioc_console.core.periods import TITLES, Period, PeriodKind, make_period
from ioc_console.gui.i18n import tr
from ioc_console.gui.widgets.day_edit import day_edit, pydate, qdate


class PeriodSelector(QWidget):
    changed = Signal()
    """The operator chose another period (or moved a custom range's days)."""

    def __init__(self, kind: PeriodKind = PeriodKind.YEAR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("period")
        for option in PeriodKind:
            self.combo.addItem(tr(TITLES[option]), option.value)
        today = city_today()
        self.first = day_edit("period-first", self)
        self.first.setDate(qdate(today.replace(day=1)))
        self.last = day_edit("period-last", self)
        self.dash = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        for widget in (self.label, self.combo, self.first, self.dash, self.last):
            layout.addWidget(widget)
        self.set_kind(kind)
        self.combo.currentIndexChanged.connect(self._kind_changed)
        self.first.dateChanged.connect(lambda _d: self.changed.emit())
        self.last.dateChanged.connect(lambda _d: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("PeriodSelector", "Period:"))
        for index, option in enumerate(PeriodKind):
            self.combo.setItemText(index, tr(TITLES[option]))

    @property
    def kind(self) -> PeriodKind:
        return PeriodKind(self.combo.currentData())

    def set_kind(self, kind: PeriodKind | str) -> None:
        index = self.combo.findData(PeriodKind(kind).value)
        self.combo.setCurrentIndex(max(index, 0))
        self._show_days()

    def set_days(self, first: date, last: date) -> None:
        self.first.setDate(qdate(first))
        self.last.setDate(qdate(last))

    def _kind_changed(self, _index: int) -> None:
        self._show_days()
        self.changed.emit()

    def _show_days(self) -> None:
        custom = self.kind is PeriodKind.CUSTOM
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(custom)

    def period(self, now: datetime) -> Period:
        return make_period(self.kind, now, pydate(self.first.date()), pydate(self.last.date()))

    def save_state(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "first": pydate(self.first.date()).isoformat(),
                "last": pydate(self.last.date()).isoformat()}

    def restore_state(self, state: dict[str, Any]) -> None:
        try:
            self.set_kind(PeriodKind(state.get("kind", self.kind.value)))
            self.set_days(date.fromisoformat(state["first"]), date.fromisoformat(state["last"]))
        except (KeyError, TypeError, ValueError):
            pass  # a state from another version: keep what is shown
