"""The sign-in dialog, shown when the backend needs the operator's account. The password goes
to the sync engine once; only the token the backend returns is kept (in the OS keyring)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from ioc_console.gui.dialogs.forms import load_form


def open_login_dialog(
    backend_url: str,
    username: str,
    detail: str,
    on_accept: Callable[[str, str], None],
    parent: QWidget | None = None,
) -> QDialog:
    """Show the dialog without blocking; ``on_accept(username, password)`` when confirmed."""
    dialog: QDialog = load_form("login_dialog", parent)
    dialog.findChild(QLabel, "backendLabel").setText(backend_url)
    if detail:
        dialog.findChild(QLabel, "messageLabel").setText(detail)
    user = dialog.findChild(QLineEdit, "userEdit")
    password = dialog.findChild(QLineEdit, "passwordEdit")
    user.setText(username)
    (password if username else user).setFocus()
    dialog.accepted.connect(lambda: on_accept(user.text().strip(), password.text()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
