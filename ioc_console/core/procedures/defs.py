"""The procedure indicators a dashboard and the briefing show: id, title, unit, and the result
rows behind each."""

from __future__ import annotations

from dataclasses import dataclass

from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.procedures.sql import Measure


def _t(text: str) -> TrText:
    return QT_TRANSLATE_NOOP("ProcedureKPIs", text)


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
    KpiDef("procedures.received", _t("Files received"), "", Measure.RECEIVED, _t("received"),
           _t("Files received in the period")),
    KpiDef("procedures.resolved", _t("Resolved"), "", Measure.RESOLVED, _t("resolved"),
           _t("Files of the period resolved so far")),
    KpiDef("procedures.on_time_rate", _t("On time"), "%", Measure.RESOLVED, _t("resolved"),
           _t("Resolved early or on the due day, among the resolved")),
    KpiDef("procedures.early_rate", _t("Early"), "%", Measure.EARLY, _t("resolved early"),
           _t("Resolved before the due day, among the resolved")),
    KpiDef("procedures.late", _t("Late"), "", Measure.LATE, _t("resolved late"),
           _t("Resolved after the deadline")),
    KpiDef("procedures.in_progress", _t("In progress"), "", Measure.IN_PROGRESS,
           _t("in progress"), _t("Files of the period not yet resolved")),
    KpiDef("procedures.overdue_now", _t("Overdue now"), "", Measure.OVERDUE, _t("overdue"),
           _t("Unresolved past the deadline, whenever received"), now=True),
    KpiDef("procedures.online_share", _t("Online"), "%", Measure.ONLINE, _t("submitted online"),
           _t("Share of the files submitted online")),
)
BY_ID: dict[str, KpiDef] = {k.id: k for k in KPIS}
