"""The running Qt application, typed: the console creates its QApplication before any widget,
so code that runs later may rely on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def core_application() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no Qt application is running")
    return app


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running")
    return app
