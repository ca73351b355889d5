"""The procedure indicators a dashboard and the briefing show: id, title, unit, and the result
rows behind each."""

from __future__ import annotations

from dataclasses import dataclass

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.procedures.sql import Measure


@dataclass(frozen=True)
class KpiDef:
    id: str  # "procedures.on_time_rate": also the key of its target in the site profile
    title: TrText
    unit: str  # "%" or "" (a count)
    drill: Measure  # the rows behind the figure
    drill_words: TrText
    hint: TrText
    now: bool = False  # every overdue file now, not those received in the period


KPIS: tuple[KpiDef, ...] = (
    KpiDef(
        "procedures.received",
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Files received"),
        "",
        Measure.RECEIVED,
        QT_TRANSLATE_NOOP("ProcedureKPIs", "received"),
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Files received in the period"),
    ),
    KpiDef(
        "procedures.resolved",
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Resolved"),
        "",
        Measure.RESOLVED,
        QT_TRANSLATE_NOOP("ProcedureKPIs", "resolved"),
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Files of the period resolved so far"),
    ),
    KpiDef(
        "procedures.on_time_rate",
        QT_TRANSLATE_NOOP("ProcedureKPIs", "On time"),
        "%",
        Measure.RESOLVED,
        QT_TRANSLATE_NOOP("ProcedureKPIs", "resolved"),
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Resolved early or on the due day, among the resolved"),
    ),
    KpiDef(
        "procedures.early_rate",
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Early"),
        "%",
        Measure.EARLY,
        QT_TRANSLATE_NOOP("ProcedureKPIs", "resolved early"),
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Resolved before the due day, among the resolved"),
    ),
    KpiDef(
        "procedures.late",
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Late"),
        "",
        Measure.LATE,
        QT_TRANSLATE_NOOP("ProcedureKPIs", "resolved late"),
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Resolved after the deadline"),
    ),
    KpiDef(
        "procedures.in_progress",
        QT_TRANSLATE_NOOP("ProcedureKPIs", "In progress"),
        "",
        Measure.IN_PROGRESS,
        QT_TRANSLATE_NOOP("ProcedureKPIs", "in progress"),
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Files of the period not yet resolved"),
    ),
    KpiDef(
        "procedures.overdue_now",
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Overdue now"),
        "",
        Measure.OVERDUE,
        QT_TRANSLATE_NOOP("ProcedureKPIs", "overdue"),
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Unresolved past the deadline, whenever received"),
        now=True,
    ),
    KpiDef(
        "procedures.online_share",
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Online"),
        "%",
        Measure.ONLINE,
        QT_TRANSLATE_NOOP("ProcedureKPIs", "submitted online"),
        QT_TRANSLATE_NOOP("ProcedureKPIs", "Share of the files submitted online"),
    ),
)
BY_ID: dict[str, KpiDef] = {k.id: k for k in KPIS}
