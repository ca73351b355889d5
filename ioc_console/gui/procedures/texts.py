"""Words of the procedures dashboard: chart titles, series and layer names."""

from __future__ import annotations

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.procedures.sql import Measure

TITLES: dict[str, TrText] = {
    "daily": QT_TRANSLATE_NOOP("ProceduresDashboard", "Files received and resolved"),
    "rate": QT_TRANSLATE_NOOP("ProceduresDashboard", "Resolved on time (%)"),
    "fields": QT_TRANSLATE_NOOP("ProceduresDashboard", "Resolved by field: early, on time, late"),
    "agencies": QT_TRANSLATE_NOOP(
        "ProceduresDashboard", "On-time rate by agency, lagging first (files resolved)"
    ),
    "wards": QT_TRANSLATE_NOOP(
        "ProceduresDashboard", "On-time rate by ward, lagging first (files resolved)"
    ),
}
RECEIVED = QT_TRANSLATE_NOOP("ProceduresDashboard", "Received")
RESOLVED = QT_TRANSLATE_NOOP("ProceduresDashboard", "Resolved")
ON_TIME_RATE = QT_TRANSLATE_NOOP("ProceduresDashboard", "On time (%)")
# the stacked layers of the fields chart, bottom up
LAYERS: tuple[tuple[Measure, TrText], ...] = (
    (Measure.EARLY, QT_TRANSLATE_NOOP("ProceduresDashboard", "Early")),
    (Measure.ON_TIME, QT_TRANSLATE_NOOP("ProceduresDashboard", "On the due day")),
    (Measure.LATE, QT_TRANSLATE_NOOP("ProceduresDashboard", "Late")),
)
# fields whose names do not fit under a bar, as Vietnamese reports abbreviate them
SHORT_FIELDS: dict[str, TrText] = {
    "Lao động – Thương binh và Xã hội": QT_TRANSLATE_NOOP("ProceduresDashboard", "LĐ-TB&XH"),
}
FEW_FILES = QT_TRANSLATE_NOOP(
    "ProceduresDashboard", "%1 with fewer than %2 resolved files are listed last, not ranked"
)
OVERDUE_TITLE = QT_TRANSLATE_NOOP("ProceduresDashboard", "Overdue files now (oldest first)")
OVERDUE_HEADERS = (
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Received on"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Field"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Agency"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Ward"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Overdue"),
)
CITY = QT_TRANSLATE_NOOP("ProceduresDashboard", "Whole city")
SCOPE = QT_TRANSLATE_NOOP("ProceduresDashboard", "Scope:")
GROUP_WARDS = QT_TRANSLATE_NOOP("ProceduresDashboard", "Wards")
GROUP_AGENCIES = QT_TRANSLATE_NOOP("ProceduresDashboard", "Agencies")
GROUP_FIELDS = QT_TRANSLATE_NOOP("ProceduresDashboard", "Fields")
AS_OF = QT_TRANSLATE_NOOP("ProceduresDashboard", "Figures as of %1")
COMPUTING = QT_TRANSLATE_NOOP("ProceduresDashboard", "Computing…")
NO_CACHE = QT_TRANSLATE_NOOP(
    "ProceduresDashboard", "The cache is not available: no figures can be computed."
)
FAILED = QT_TRANSLATE_NOOP("ProceduresDashboard", "The figures could not be computed: %1")
RECORDS_TITLE = QT_TRANSLATE_NOOP("ProceduresDashboard", "Procedure results: %1")
RECORDS_HEADERS = (
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Day"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Field"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Agency"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Ward"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Received"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Online"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Early"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "On the due day"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Late"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Pending"),
    QT_TRANSLATE_NOOP("ProceduresDashboard", "Overdue"),
)
RECORDS_COUNT = QT_TRANSLATE_NOOP("ProceduresDashboard", "%1 rows, %2 files")
