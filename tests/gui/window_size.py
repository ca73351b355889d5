"""Giving a console window the size a test relies on, whatever the virtual screen's size."""

from __future__ import annotations

from PySide6.QtCore import QRect


def set_window_size(qtbot, window, width: int, height: int) -> None:
    """``window`` as a normal (not maximised) window of ``width`` × ``height`` at its screen's
    top left; waits until the window has that size."""
    window.showNormal()
    top_left = window.screen().geometry().topLeft()
    window.setGeometry(QRect(top_left.x(), top_left.y(), width, height))
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height), timeout=10_000)
