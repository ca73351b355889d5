"""Words of the procedures dashboard: chart titles, series and layer names."""

from __future__ import annotations

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.procedures.sql import Measure


def _t(text: str) -> TrText:
    return QT_TRANSLATE_NOOP("ProceduresDashboard", text)


TITLES: dict[str, TrText] = {
    "daily": _t("Files received and resolved"),
    "rate": _t("Resolved on time (%)"),
    "fields": _t("Resolved by field: early, on time, late"),
    "agencies": _t("On-time rate by agency, lagging first (files resolved)"),
    "wards": _t("On-time rate by ward, lagging first (files resolved)"),
}
RECEIVED = _t("Received")
RESOLVED = _t("Resolved")
ON_TIME_RATE = _t("On time (%)")
# the stacked layers of the fields chart, bottom up
LAYERS: tuple[tuple[Measure, TrText], ...] = (
    (Measure.EARLY, _t("Early")),
    (Measure.ON_TIME, _t("On the due day")),
    (Measure.LATE, _t("Late")),
)
# fields whose names do not fit under a bar, as Vietnamese reports abbreviate them
SHORT_FIELDS: dict[str, TrText] = {
    "Lao động – Thương binh và Xã hội": _t("LĐ-TB&XH"),
}
FEW_FILES = _t("%1 with fewer than %2 resolved files are listed last, not ranked")
OVERDUE_TITLE = _t("Overdue files now (oldest first)")
OVERDUE_HEADERS = (_t("Received on"), _t("Field"), _t("Agency"), _t("Ward"), _t("Overdue"))
CITY = _t("Whole city")
SCOPE = _t("Scope:")
GROUP_WARDS = _t("Wards")
GROUP_AGENCIES = _t("Agencies")
GROUP_FIELDS = _t("Fields")
AS_OF = _t("Figures as of %1")
COMPUTING = _t("Computing…")
NO_CACHE = _t("The cache is not available: no figures can be computed.")
FAILED = _t("The figures could not be computed: %1")
RECORDS_TITLE = _t("Procedure results: %1")
RECORDS_HEADERS = (_t("Day"), _t("Field"), _t("Agency"), _t("Ward"), _t("Received"),
                   _t("Online"), _t("Early"), _t("On the due day"), _t("Late"), _t("Pending"),
                   _t("Overdue"))
RECORDS_COUNT = _t("%1 rows, %2 files")
