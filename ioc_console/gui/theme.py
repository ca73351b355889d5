"""Colour themes: a dark one for control rooms (low glare, high-contrast states) and a light one."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# role -> (dark, light)
_COLOURS = {
    QPalette.ColorRole.Window: ("#1b1f24", "#f3f4f6"),
    QPalette.ColorRole.WindowText: ("#e6e9ee", "#1d232b"),
    QPalette.ColorRole.Base: ("#12161b", "#ffffff"),
    QPalette.ColorRole.AlternateBase: ("#1f252c", "#eef1f5"),
    QPalette.ColorRole.ToolTipBase: ("#2a313a", "#ffffe8"),
    QPalette.ColorRole.ToolTipText: ("#e6e9ee", "#1d232b"),
    QPalette.ColorRole.PlaceholderText: ("#8b95a1", "#7a8491"),
    QPalette.ColorRole.Text: ("#e6e9ee", "#1d232b"),
    QPalette.ColorRole.Button: ("#252b33", "#e4e7eb"),
    QPalette.ColorRole.ButtonText: ("#e6e9ee", "#1d232b"),
    QPalette.ColorRole.BrightText: ("#ff5c5c", "#c00000"),
    QPalette.ColorRole.Link: ("#5eb1ff", "#0a5cc2"),
    QPalette.ColorRole.Highlight: ("#2f6fb3", "#2f6fb3"),
    QPalette.ColorRole.HighlightedText: ("#ffffff", "#ffffff"),
    # bevel roles: the docking library draws splitters and tab borders with them
    QPalette.ColorRole.Light: ("#3a424d", "#ffffff"),
    QPalette.ColorRole.Midlight: ("#2f363f", "#eceff3"),
    QPalette.ColorRole.Mid: ("#262c34", "#c5cbd3"),
    QPalette.ColorRole.Dark: ("#0d1014", "#a9b1bb"),
    QPalette.ColorRole.Shadow: ("#000000", "#7a8491"),
}

# states used by panels (online, warning, error) so every panel speaks the same colours
STATE_COLOURS = {
    "dark": {"ok": "#3fb950", "warning": "#d29922", "error": "#f85149", "muted": "#8b95a1"},
    "light": {"ok": "#1a7f37", "warning": "#9a6700", "error": "#cf222e", "muted": "#57606a"},
}

_STYLESHEET = """
QToolTip {{ border: 1px solid {border}; }}
ads--CDockWidgetTab[activeTab="true"] {{ border-bottom: 2px solid {accent}; }}
ads--CDockAreaTitleBar {{ background: {title}; }}
ads--CDockWidgetTab {{ background: {title}; }}
ads--CDockWidgetTab[activeTab="true"] QLabel {{ font-weight: bold; }}
QStatusBar {{ border-top: 1px solid {border}; }}
NotificationBar QFrame#notice {{ border-radius: 3px; }}
"""

_current = "dark"


def state_colour(state: str) -> QColor:
    return QColor(STATE_COLOURS[_current][state])


def apply_theme(app: QApplication, name: str) -> None:
    global _current
    _current = name if name in ("dark", "light") else "dark"
    dark = _current == "dark"
    app.setStyle("Fusion")
    palette = QPalette()
    for role, (dark_colour, light_colour) in _COLOURS.items():
        palette.setColor(role, QColor(dark_colour if dark else light_colour))
    disabled = QColor("#6b7480" if dark else "#9aa3ad")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    app.setStyleSheet(
        _STYLESHEET.format(
            border="#3a424d" if dark else "#c5cbd3",
            accent="#5eb1ff" if dark else "#0a5cc2",
            title="#20262d" if dark else "#e4e7eb",
        )
    )
