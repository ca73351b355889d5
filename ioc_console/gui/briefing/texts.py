"""Words of the daily briefing."""

from __future__ import annotations

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText


def _t(text: str) -> TrText:
    return QT_TRANSLATE_NOOP("Briefing", text)


TITLE = _t("Daily briefing for the city's leaders")
DAY = _t("Day %1 · figures as of %2 · period: the last 30 days (%3 to %4)")
COMPLAINTS = _t("Complaints and petitions (1022)")
PROCEDURES = _t("Administrative procedures (TTHC)")
ALERTS = _t("Alerts of the last 24 hours")
PRIORITY = _t("Priority %1: %2")
NO_ALERTS = _t("No alert in the last 24 hours.")
CHART_DAILY = _t("Procedure files received (bars) and resolved (line) per day")
CHART_FIELDS = _t("Procedure files resolved by field: early, on time, late")
CHART_WARDS = _t("On-time rate of procedures by ward (files resolved)")
EARLY = _t("Early")
ON_TIME = _t("On the due day")
LATE = _t("Late")
OVERDUE_COMPLAINTS = _t("Overdue complaints (%1 in all, oldest deadline first)")
OVERDUE_FILES = _t("Overdue procedure files (%1 in all, oldest first)")
LAGGING_AGENCIES = _t("Lagging agencies (lowest on-time rate, at least %1 files resolved)")
LAGGING_WARDS = _t("Wards by on-time rate")
NONE = _t("None.")
FILES = _t("%1 files")
DEADLINE = _t("deadline %1")
RECEIVED_ON = _t("received %1")
