"""Loads a Designer form from ``ui/`` at run time (translations apply by the form's class)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QWidget

from ioc_console.core.paths import ui_dir


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {path} cannot be opened: {file.errorString()}")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise ValueError(f"form {path} could not be loaded")
    return widget


def load_dialog(name: str, parent: QWidget | None = None) -> QDialog:
    """A form whose top widget is a dialog."""
    dialog = load_form(name, parent)
    if not isinstance(dialog, QDialog):
        raise TypeError(f"form {name} is a {type(dialog).__name__}, not a dialog")
    return dialog


Child = TypeVar("Child", bound=QWidget)


def child(form: QWidget, kind: type[Child], name: str) -> Child:
    """The form's widget ``name`` of type ``kind`` (an error names what the form lacks)."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"the form has no {kind.__name__} named {name!r}")
    return found
