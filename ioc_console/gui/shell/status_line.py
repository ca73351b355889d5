"""The status line of a console window: connection, queued actions, age of the data, layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ioc_console.core.status import ConnectionState
from ioc_console.gui.theme import state_colour
from ioc_console.gui.timefmt import format_age


def show_status(window, status, layout: str) -> None:
    """Connection state, data age and layout name in ``window``'s status bar."""
    state = status.backend.state
    texts = {
        ConnectionState.UNKNOWN: (
            QCoreApplication.translate("Console", "Backend: not checked yet"),
            "muted",
        ),
        ConnectionState.CONNECTING: (
            QCoreApplication.translate("Console", "Backend: connecting…"),
            "warning",
        ),
        ConnectionState.ONLINE: (QCoreApplication.translate("Console", "● Online"), "ok"),
        ConnectionState.OFFLINE: (
            QCoreApplication.translate("Console", "● Offline — working from the cache"),
            "error",
        ),
        ConnectionState.LOGIN_NEEDED: (
            QCoreApplication.translate("Console", "● Sign-in needed — working from the cache"),
            "error",
        ),
    }
    text, colour = texts[state]
    if status.outbox:
        text += "  ·  " + QCoreApplication.translate("Console", "%1 action(s) queued").replace(
            "%1", str(status.outbox)
        )
    window.connection_label.setText(text)
    window.connection_label.setStyleSheet(f"color: {state_colour(colour).name()};")
    refreshed = [d.refreshed_at for d in status.datasets if d.refreshed_at]
    if not refreshed:
        window.data_label.setText(
            QCoreApplication.translate("Console", "Cache empty: no data received yet")
        )
    else:
        window.data_label.setText(
            QCoreApplication.translate("Console", "Data as of %1").replace(
                "%1", format_age(min(refreshed))
            )
        )
    window.layout_label.setText(
        QCoreApplication.translate("Console", "Layout: %1").replace("%1", layout) if layout else ""
    )
