"""About IOC Console."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ioc_console import __version__
from ioc_console.gui.dialogs.forms import child, load_dialog


def about_dialog(parent: QWidget | None = None) -> QDialog:
    dialog = load_dialog("about_dialog", parent)
    child(dialog, QLabel, "versionLabel").setText(
        QCoreApplication.translate("AboutDialog", "Version %1").replace("%1", __version__)
    )
    child(dialog, QLabel, "librariesLabel").setText(
        f"Qt {QLibraryInfo.version().toString()} · PySide6 {pyside_version} · "
        f"Python {platform.python_version()}"
    )
    return dialog
