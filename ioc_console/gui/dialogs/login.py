"""The sign-in dialog, shown when the backend needs the operator's account. The password goes
to the sync engine once; only the token the backend returns is kept (in the OS keyring)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from ioc_console.gui.dialogs.forms import child, load_dialog


def open_login_dialog(
    backend_url: str,
    username: str,
    detail: str,
    on_accept: Callable[[str, str], None],
    parent: QWidget | None = None,
) -> QDialog:
    """Show the dialog without blocking; ``on_accept(username, password)`` when confirmed."""
    dialog = load_dialog("login_dialog", parent)
    child(dialog, QLabel, "backendLabel").setText(backend_url)
    if detail:
        child(dialog, QLabel, "messageLabel").setText(detail)
    user = child(dialog, QLineEdit, "userEdit")
    password = child(dialog, QLineEdit, "passwordEdit")
    user.setText(username)
    (password if username else user).setFocus()
    dialog.accepted.connect(lambda: on_accept(user.text().strip(), password.text()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
