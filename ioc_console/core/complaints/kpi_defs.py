"""The complaint KPIs a dashboard shows: id, title, unit, and the records behind each.

Rates are percentages; a rate over nothing (no rated complaint, no deadline passed) has no value
(None), never 0 % or 100 %.
"""

from __future__ import annotations

from dataclasses import dataclass

from ioc_console.core.complaints.kpi_sql import Measure
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText

_NO_HINT = TrText("KPIs", "")


@dataclass(frozen=True)
class KpiDef:
    id: str  # "complaints.on_time_rate": also the key of its target in the site profile
    title: TrText
    unit: str  # "%", "h" (working hours) or "" (a count)
    drill: Measure  # the complaints behind the figure
    drill_words: TrText  # those complaints in words, for the drill-down's description
    now: bool = False  # a figure of the present moment (not of the complaints received)
    hint: TrText = _NO_HINT


def _t(text: str) -> TrText:
    return QT_TRANSLATE_NOOP("KPIs", text)


KPIS: tuple[KpiDef, ...] = (
    KpiDef("complaints.received", _t("Received"), "", Measure.RECEIVED, _t("received"),
           hint=_t("Complaints received in the period")),
    KpiDef("complaints.handled_rate", _t("Handled"), "%", Measure.DUE, _t("deadline passed"),
           hint=_t("Resolved or closed, among those whose deadline has passed")),
    KpiDef("complaints.on_time_rate", _t("On time"), "%", Measure.JUDGED,
           _t("handled or past deadline"),
           hint=_t("Handled by the legal deadline, among those handled or past it")),
    KpiDef("complaints.late", _t("Late"), "", Measure.LATE, _t("late"),
           hint=_t("Handled after the deadline, or still open past it")),
    KpiDef("complaints.open_now", _t("Open now"), "", Measure.OPEN_AT, _t("open"), now=True,
           hint=_t("Not yet resolved, at the end of the period")),
    KpiDef("complaints.overdue_now", _t("Overdue now"), "", Measure.OVERDUE_AT, _t("overdue"),
           now=True, hint=_t("Past the deadline and not resolved, at the end of the period")),
    KpiDef("complaints.median_hours", _t("Median handling time"), "h", Measure.TIMED,
           _t("handled"), hint=_t("Working hours from receipt to resolution")),
    KpiDef("complaints.p90_hours", _t("90th percentile handling time"), "h", Measure.TIMED,
           _t("handled"), hint=_t("Nine in ten are handled within this many working hours")),
    KpiDef("complaints.satisfaction_rate", _t("Satisfied"), "%", Measure.RATED, _t("rated"),
           hint=_t("Satisfied (4 or 5 of 5) among the citizens who rated")),
    KpiDef("complaints.rating_rate", _t("Rated"), "%", Measure.CLOSED, _t("closed"),
           hint=_t("Citizens who rated the handling, among the closed complaints")),
)
BY_ID: dict[str, KpiDef] = {k.id: k for k in KPIS}
