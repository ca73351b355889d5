"""The queue's filter row: text (diacritics and case ignored), states, wards, priorities, and the
column filters set from the header's menu. It emits the :class:`QueueFilter` to apply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from ioc_console.gui.alerts.ordering import QueueFilter
from ioc_console.gui.alerts.rows import STATES, TITLES, state_name

OPEN_STATES = frozenset(s for s in STATES if s not in ("resolved", "closed"))
DEBOUNCE_MS = 120


class FilterBar(QWidget):
    changed = Signal(object)
    """The :class:`QueueFilter` the operator asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setObjectName("alertFilterText")
        self.text.setClearButtonEnabled(True)
        self.states_button = QToolButton()
        self.states_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.wards_button = QToolButton()
        self.wards_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.priority_button = QToolButton()
        self.priority_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button = QToolButton()
        self.columns_button.clicked.connect(self.clear_columns)
        self.states: set[str] = set(OPEN_STATES)
        self.wards: set[str] = set()
        self.ward_names: dict[str, str] = {}
        self.priorities: set[int] = set()
        self.columns: dict[int, str] = {}
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.emit_filter)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.text,
            self.states_button,
            self.wards_button,
            self.priority_button,
            self.columns_button,
        ):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.retranslate()

    # -- what is chosen --------------------------------------------------------------------

    def current(self) -> QueueFilter:
        return QueueFilter(
            self.text.text(),
            frozenset(self.states) if set(self.states) != set(STATES) else frozenset(),
            frozenset(self.wards),
            frozenset(self.priorities),
            tuple(sorted(self.columns.items())),
        )

    def emit_filter(self) -> None:
        self._debounce.stop()
        self.retranslate()
        self.changed.emit(self.current())

    def set_states(self, states: set[str]) -> None:
        self.states = set(states)
        self.emit_filter()

    def set_wards(self, wards: set[str]) -> None:
        self.wards = set(wards)
        self.emit_filter()

    def set_column(self, column: int, value: str) -> None:
        if value.strip():
            self.columns[column] = value.strip()
        else:
            self.columns.pop(column, None)
        self.emit_filter()

    def clear_columns(self) -> None:
        self.columns.clear()
        self.emit_filter()

    def know_wards(self, names: dict[str, str]) -> None:
        """The wards the queue holds, by code (the ward menu lists them)."""
        if names != self.ward_names:
            self.ward_names = dict(names)
            self._ward_menu()

    # -- drawing ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.text.setPlaceholderText(
            self.tr("Filter: title, place, source, ward… (Ctrl+F; accents not needed)")
        )
        if set(self.states) == set(STATES):
            states = self.tr("All states")
        elif set(self.states) == OPEN_STATES:
            states = self.tr("Open")
        else:
            states = ", ".join(state_name(s) for s in STATES if s in self.states)
        self.states_button.setText(self.tr("State: %1").replace("%1", states or "—"))
        self._state_menu()
        wards = (
            ", ".join(self.ward_names.get(w, w) for w in sorted(self.wards))
            if self.wards
            else self.tr("All wards")
        )
        self.wards_button.setText(self.tr("Ward: %1").replace("%1", wards))
        self._ward_menu()
        prios = ", ".join(f"P{p}" for p in sorted(self.priorities)) or self.tr("All")
        self.priority_button.setText(self.tr("Priority: %1").replace("%1", prios))
        self._priority_menu()
        parts = [
            f"{QCoreApplication.translate('AlertQueue', TITLES[c])} ∋ “{v}”"
            for c, v in sorted(self.columns.items())
        ]
        self.columns_button.setVisible(bool(parts))
        self.columns_button.setText("; ".join(parts) + "  ✕")
        self.columns_button.setToolTip(self.tr("Remove the column filters"))

    def _checkable(self, menu: QMenu, text: str, checked: bool) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(checked)
        return action

    def _state_menu(self) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open alerts")).triggered.connect(
            lambda: self.set_states(set(OPEN_STATES))
        )
        menu.addAction(self.tr("All states")).triggered.connect(
            lambda: self.set_states(set(STATES))
        )
        menu.addSeparator()
        for state in STATES:
            action = self._checkable(menu, state_name(state), state in self.states)
            action.toggled.connect(lambda on, s=state: self._toggle(self.states, s, on))
        self.states_button.setMenu(menu)

    def _ward_menu(self) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("All wards")).triggered.connect(lambda: self.set_wards(set()))
        menu.addSeparator()
        for code, name in sorted(self.ward_names.items(), key=lambda kv: kv[1]):
            action = self._checkable(menu, name, code in self.wards)
            action.toggled.connect(lambda on, c=code: self._toggle(self.wards, c, on))
        self.wards_button.setMenu(menu)

    def _priority_menu(self) -> None:
        menu = QMenu(self)
        for priority in (1, 2, 3, 4):
            action = self._checkable(menu, f"P{priority}", priority in self.priorities)
            action.toggled.connect(lambda on, p=priority: self._toggle(self.priorities, p, on))
        self.priority_button.setMenu(menu)

    def _toggle(self, chosen: set, value: object, on: bool) -> None:
        if on:
            chosen.add(value)
        else:
            chosen.discard(value)
        # the menu is rebuilt once it has closed (it is the sender now)
        QTimer.singleShot(0, self.emit_filter)
