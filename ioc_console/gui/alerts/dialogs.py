"""The small forms an action asks for: to whom it is assigned, why and how long it is shelved,
how it was resolved. One form builder; the OK button stays disabled until required fields are
filled, and the reason a value is refused is shown under the fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


@dataclass(frozen=True)
class Field:
    """One input: ``kind`` "line", "text", "minutes" or "choice" (an editable list)."""

    name: str
    label: str
    kind: str = "line"
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    maximum: int = 120


@dataclass
class Form:
    title: str
    intro: str
    fields: list[Field] = field(default_factory=list)


Ask = Callable[[QWidget | None, Form], dict[str, Any] | None]


class FormDialog(QDialog):
    def __init__(self, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(form.title)
        self.form = form
        layout = QFormLayout(self)
        if form.intro:
            intro = QLabel(form.intro)
            intro.setWordWrap(True)
            layout.addRow(intro)
        self.inputs: dict[str, QWidget] = {}
        for spec in form.fields:
            widget = self._input(spec)
            self.inputs[spec.name] = widget
            layout.addRow(spec.label + (" *" if spec.required else ""), widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self._check()

    def _input(self, spec: Field) -> QWidget:
        if spec.kind == "minutes":
            spin = QSpinBox()
            spin.setRange(1, spec.maximum)
            spin.setValue(min(int(spec.default or 30), spec.maximum))
            spin.setSuffix(self.tr(" min"))
            return spin
        if spec.kind == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setPlainText(str(spec.default or ""))
            text.textChanged.connect(self._check)
            return text
        if spec.kind == "choice":
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(list(spec.choices))
            combo.setCurrentText(str(spec.default or ""))
            combo.currentTextChanged.connect(self._check)
            return combo
        line = QLineEdit(str(spec.default or ""))
        line.textChanged.connect(self._check)
        return line

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QSpinBox):
                result[name] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                result[name] = widget.currentText().strip()
            elif isinstance(widget, QLineEdit):
                result[name] = widget.text().strip()
        return result

    def _check(self) -> None:
        values = self.values()
        ready = all(values.get(f.name) for f in self.form.fields if f.required)
        if hasattr(self, "buttons"):
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)


def ask_form(parent: QWidget | None, form: Form) -> dict[str, Any] | None:
    """Show the form; its values, or None when cancelled."""
    dialog = FormDialog(form, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
