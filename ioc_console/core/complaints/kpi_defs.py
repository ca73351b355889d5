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


KPIS: tuple[KpiDef, ...] = (
    KpiDef(
        "complaints.received",
        QT_TRANSLATE_NOOP("KPIs", "Received"),
        "",
        Measure.RECEIVED,
        QT_TRANSLATE_NOOP("KPIs", "received"),
        hint=QT_TRANSLATE_NOOP("KPIs", "Complaints received in the period"),
    ),
    KpiDef(
        "complaints.handled_rate",
        QT_TRANSLATE_NOOP("KPIs", "Handled"),
        "%",
        Measure.DUE,
        QT_TRANSLATE_NOOP("KPIs", "deadline passed"),
        hint=QT_TRANSLATE_NOOP("KPIs", "Resolved or closed, among those whose deadline has passed"),
    ),
    KpiDef(
        "complaints.on_time_rate",
        QT_TRANSLATE_NOOP("KPIs", "On time"),
        "%",
        Measure.JUDGED,
        QT_TRANSLATE_NOOP("KPIs", "handled or past deadline"),
        hint=QT_TRANSLATE_NOOP(
            "KPIs", "Handled by the legal deadline, among those handled or past it"
        ),
    ),
    KpiDef(
        "complaints.late",
        QT_TRANSLATE_NOOP("KPIs", "Late"),
        "",
        Measure.LATE,
        QT_TRANSLATE_NOOP("KPIs", "late"),
        hint=QT_TRANSLATE_NOOP("KPIs", "Handled after the deadline, or still open past it"),
    ),
    KpiDef(
        "complaints.open_now",
        QT_TRANSLATE_NOOP("KPIs", "Open now"),
        "",
        Measure.OPEN_AT,
        QT_TRANSLATE_NOOP("KPIs", "open"),
        now=True,
        hint=QT_TRANSLATE_NOOP("KPIs", "Not yet resolved, at the end of the period"),
    ),
    KpiDef(
        "complaints.overdue_now",
        QT_TRANSLATE_NOOP("KPIs", "Overdue now"),
        "",
        Measure.OVERDUE_AT,
        QT_TRANSLATE_NOOP("KPIs", "overdue"),
        now=True,
        hint=QT_TRANSLATE_NOOP(
            "KPIs", "Past the deadline and not resolved, at the end of the period"
        ),
    ),
    KpiDef(
        "complaints.median_hours",
        QT_TRANSLATE_NOOP("KPIs", "Median handling time"),
        "h",
        Measure.TIMED,
        QT_TRANSLATE_NOOP("KPIs", "handled"),
        hint=QT_TRANSLATE_NOOP("KPIs", "Working hours from receipt to resolution"),
    ),
    KpiDef(
        "complaints.p90_hours",
        QT_TRANSLATE_NOOP("KPIs", "90th percentile handling time"),
        "h",
        Measure.TIMED,
        QT_TRANSLATE_NOOP("KPIs", "handled"),
        hint=QT_TRANSLATE_NOOP("KPIs", "Nine in ten are handled within this many working hours"),
    ),
    KpiDef(
        "complaints.satisfaction_rate",
        QT_TRANSLATE_NOOP("KPIs", "Satisfied"),
        "%",
        Measure.RATED,
        QT_TRANSLATE_NOOP("KPIs", "rated"),
        hint=QT_TRANSLATE_NOOP("KPIs", "Satisfied (4 or 5 of 5) among the citizens who rated"),
    ),
    KpiDef(
        "complaints.rating_rate",
        QT_TRANSLATE_NOOP("KPIs", "Rated"),
        "%",
        Measure.CLOSED,
        QT_TRANSLATE_NOOP("KPIs", "closed"),
        hint=QT_TRANSLATE_NOOP(
            "KPIs", "Citizens who rated the handling, among the closed complaints"
        ),
    ),
)
BY_ID: dict[str, KpiDef] = {k.id: k for k in KPIS}
