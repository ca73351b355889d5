"""Words of the daily briefing."""

from __future__ import annotations

from ioc_console.core.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Briefing", "Daily briefing for the city's leaders")
DAY = QT_TRANSLATE_NOOP(
    "Briefing", "Day %1 · figures as of %2 · period: the last 30 days (%3 to %4)"
)
COMPLAINTS = QT_TRANSLATE_NOOP("Briefing", "Complaints and petitions (1022)")
PROCEDURES = QT_TRANSLATE_NOOP("Briefing", "Administrative procedures (TTHC)")
ALERTS = QT_TRANSLATE_NOOP("Briefing", "Alerts of the last 24 hours")
PRIORITY = QT_TRANSLATE_NOOP("Briefing", "Priority %1: %2")
NO_ALERTS = QT_TRANSLATE_NOOP("Briefing", "No alert in the last 24 hours.")
CHART_DAILY = QT_TRANSLATE_NOOP(
    "Briefing", "Procedure files received (bars) and resolved (line) per day"
)
CHART_FIELDS = QT_TRANSLATE_NOOP(
    "Briefing", "Procedure files resolved by field: early, on time, late"
)
CHART_WARDS = QT_TRANSLATE_NOOP("Briefing", "On-time rate of procedures by ward (files resolved)")
EARLY = QT_TRANSLATE_NOOP("Briefing", "Early")
ON_TIME = QT_TRANSLATE_NOOP("Briefing", "On the due day")
LATE = QT_TRANSLATE_NOOP("Briefing", "Late")
OVERDUE_COMPLAINTS = QT_TRANSLATE_NOOP(
    "Briefing", "Overdue complaints (%1 in all, oldest deadline first)"
)
OVERDUE_FILES = QT_TRANSLATE_NOOP("Briefing", "Overdue procedure files (%1 in all, oldest first)")
LAGGING_AGENCIES = QT_TRANSLATE_NOOP(
    "Briefing", "Lagging agencies (lowest on-time rate, at least %1 files resolved)"
)
LAGGING_WARDS = QT_TRANSLATE_NOOP("Briefing", "Wards by on-time rate")
NONE = QT_TRANSLATE_NOOP("Briefing", "None.")
NO_FILES = QT_TRANSLATE_NOOP("Briefing", "No procedure file in the period.")
FILES = QT_TRANSLATE_NOOP("Briefing", "%1 files")
DEADLINE = QT_TRANSLATE_NOOP("Briefing", "deadline %1")
RECEIVED_ON = QT_TRANSLATE_NOOP("Briefing", "received %1")
