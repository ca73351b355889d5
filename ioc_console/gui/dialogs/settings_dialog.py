"""Settings: one editor per declared option, built from the option registry.

Choices become a list, whole numbers a spin box, true/false a check box, lists of names a
comma-separated line. Values are checked by the option itself before anything is saved.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.config.options import OPTIONS, Option
from ioc_console.core.config.settings import Settings
from ioc_console.gui.i18n import tr


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for option in OPTIONS:
            if option.editable:
                editor = self._editor(option, settings.get(option.key))
                editor.setObjectName(option.key)
                self.editors[option.key] = editor
                form.addRow(tr(option.title), editor)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        note = QLabel(
            self.tr(
                "Plugins switched off or on here take effect at once. Console › Plugins… "
                "shows each plugin with its state and errors."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _editor(self, option: Option, value: Any) -> QWidget:
        if option.type is bool:
            box = QCheckBox()
            box.setChecked(value)
            return box
        if option.type is int and option.choices:
            spin = QSpinBox()
            spin.setRange(min(option.choices), max(option.choices))
            spin.setValue(value)
            return spin
        if option.choices:
            combo = QComboBox()
            for choice in option.choices:
                title = (option.choice_titles or {}).get(choice)
                combo.addItem(tr(title) if title is not None else str(choice), choice)
            combo.setCurrentIndex(option.choices.index(value))
            return combo
        line = QLineEdit(", ".join(value) if option.type is list else str(value))
        if option.type is list:
            line.setPlaceholderText(self.tr("names separated by commas"))
        return line

    def value(self, key: str) -> Any:
        option, editor = OPTIONS[key], self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        text = cast(QLineEdit, editor).text()  # the other options are edited as text
        if option.type is list:
            return [part.strip() for part in text.split(",") if part.strip()]
        return option.type(text)

    def changes(self) -> dict[str, Any]:
        """The options whose value differs from the saved one, each checked by its option."""
        changed = {}
        for key in self.editors:
            value = OPTIONS[key].validate(self.value(key))
            if value != self.settings.get(key):
                changed[key] = value
        return changed

    def accept(self) -> None:
        try:
            self.changes()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
