"""How the complaints' codes read for the operator (states, channels, columns, time left)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ioc_console.core.complaints.intake import CHANNEL_TITLES
from ioc_console.core.complaints.workflow import ACTION_TITLES, ActionError, StateConflictError
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.gui.i18n import tr

STATE_TITLES: dict[str, TrText] = {
    "received": QT_TRANSLATE_NOOP("Complaints", "received"),
    "assigned": QT_TRANSLATE_NOOP("Complaints", "assigned"),
    "forwarded": QT_TRANSLATE_NOOP("Complaints", "forwarded"),
    "in_progress": QT_TRANSLATE_NOOP("Complaints", "in progress"),
    "resolved": QT_TRANSLATE_NOOP("Complaints", "resolved"),
    "closed": QT_TRANSLATE_NOOP("Complaints", "closed"),
    "reopened": QT_TRANSLATE_NOOP("Complaints", "reopened"),
}
FIELD_TITLES: dict[str, TrText] = {
    "agency": QT_TRANSLATE_NOOP("Complaints", "Agency"),
    "text": QT_TRANSLATE_NOOP("Complaints", "Text"),
    "deadline": QT_TRANSLATE_NOOP("Complaints", "New deadline"),
}
COLUMNS: tuple[tuple[str, TrText], ...] = (
    ("id", QT_TRANSLATE_NOOP("Complaints", "Number")),
    ("received", QT_TRANSLATE_NOOP("Complaints", "Received")),
    ("channel", QT_TRANSLATE_NOOP("Complaints", "Channel")),
    ("category", QT_TRANSLATE_NOOP("Complaints", "Category")),
    ("ward", QT_TRANSLATE_NOOP("Complaints", "Ward")),
    ("agency", QT_TRANSLATE_NOOP("Complaints", "Agency")),
    ("state", QT_TRANSLATE_NOOP("Complaints", "Status")),
    ("deadline", QT_TRANSLATE_NOOP("Complaints", "Deadline")),
    ("left", QT_TRANSLATE_NOOP("Complaints", "Time left")),
)


def state_title(state: str) -> str:
    title = STATE_TITLES.get(state)
    return tr(title) if title is not None else state


def channel_title(channel: str) -> str:
    title = CHANNEL_TITLES.get(channel)
    return tr(title) if title is not None else channel


def action_title(action: str) -> str:
    title = ACTION_TITLES.get(action)
    return tr(title) if title is not None else action


def time_left(seconds: float | None) -> str:
    """ "2 d 5 h left", "overdue 3 h", "" (handled)."""
    if seconds is None:
        return ""
    span = abs(int(seconds))
    days, hours = span // 86400, (span % 86400) // 3600
    minutes = (span % 3600) // 60
    if days:
        amount = (
            QCoreApplication.translate("Complaints", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    elif hours:
        amount = (
            QCoreApplication.translate("Complaints", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    else:
        amount = QCoreApplication.translate("Complaints", "%1 min").replace("%1", str(minutes))
    if seconds < 0:
        return QCoreApplication.translate("Complaints", "overdue %1").replace("%1", amount)
    return QCoreApplication.translate("Complaints", "%1 left").replace("%1", amount)


def refusal_text(error: ActionError) -> str:
    """Why an action was not taken, in the operator's words (states and actions by title)."""
    if isinstance(error, StateConflictError) and error.state:
        return (
            QCoreApplication.translate("Complaints", "%1 is not possible: the complaint is %2")
            .replace("%1", action_title(error.action))
            .replace("%2", state_title(error.state))
        )
    title = FIELD_TITLES.get(error.field)
    if title is not None:
        return QCoreApplication.translate("Complaints", "%1 is required").replace("%1", tr(title))
    return tr(error.message)
