"""Words of the complaint dashboard: channel names, ranking measures, chart titles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ioc_console.core.complaints.kpi_sql import Measure
from ioc_console.core.complaints.kpis import Counts
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, TrText
from ioc_console.core.periods import Bucket

CHANNELS: dict[str, TrText] = {
    "phone": QT_TRANSLATE_NOOP("Channels", "Phone"),
    "email": QT_TRANSLATE_NOOP("Channels", "Email"),
    "facebook": QT_TRANSLATE_NOOP("Channels", "Facebook"),
    "website": QT_TRANSLATE_NOOP("Channels", "1022 website"),
    "zalo": QT_TRANSLATE_NOOP("Channels", "Zalo"),
    "edongthap": QT_TRANSLATE_NOOP("Channels", "eDongThap app"),
    "other": QT_TRANSLATE_NOOP("Channels", "Other"),
}
CHANNEL_ORDER = ("phone", "zalo", "edongthap", "facebook", "website", "email", "other")


@dataclass(frozen=True)
class RankMeasure:
    """What the ranked bars by ward and agency show."""

    key: str
    title: TrText
    kpi_id: str | None  # whose target is the line
    drill: Measure
    drill_words: TrText

    def value(self, counts: Counts) -> float | None:
        return getattr(counts, self.key)


RANK_MEASURES: tuple[RankMeasure, ...] = (
    RankMeasure(
        "satisfaction_rate",
        QT_TRANSLATE_NOOP("ComplaintDashboard", "Satisfied (%)"),
        "complaints.satisfaction_rate",
        Measure.RATED,
        QT_TRANSLATE_NOOP("KPIs", "rated"),
    ),
    RankMeasure(
        "on_time_rate",
        QT_TRANSLATE_NOOP("ComplaintDashboard", "On time (%)"),
        "complaints.on_time_rate",
        Measure.JUDGED,
        QT_TRANSLATE_NOOP("KPIs", "handled or past deadline"),
    ),
    RankMeasure(
        "handled_rate",
        QT_TRANSLATE_NOOP("ComplaintDashboard", "Handled (%)"),
        "complaints.handled_rate",
        Measure.DUE,
        QT_TRANSLATE_NOOP("KPIs", "deadline passed"),
    ),
    RankMeasure(
        "received",
        QT_TRANSLATE_NOOP("ComplaintDashboard", "Received"),
        None,
        Measure.RECEIVED,
        QT_TRANSLATE_NOOP("KPIs", "received"),
    ),
    RankMeasure(
        "late",
        QT_TRANSLATE_NOOP("ComplaintDashboard", "Late"),
        None,
        Measure.LATE,
        QT_TRANSLATE_NOOP("KPIs", "late"),
    ),
)
RANK_BY_KEY = {m.key: m for m in RANK_MEASURES}

TITLES: dict[str, TrText] = {
    "intake": QT_TRANSLATE_NOOP("ComplaintDashboard", "Complaints received by channel"),
    "backlog": QT_TRANSLATE_NOOP("ComplaintDashboard", "Open and overdue at the end of each day"),
    "hours": QT_TRANSLATE_NOOP("ComplaintDashboard", "Handling time (working days)"),
    "satisfaction": QT_TRANSLATE_NOOP("ComplaintDashboard", "Citizens satisfied (%)"),
    "wards": QT_TRANSLATE_NOOP("ComplaintDashboard", "By ward"),
    "agencies": QT_TRANSLATE_NOOP("ComplaintDashboard", "By agency"),
}
OPEN = QT_TRANSLATE_NOOP("ComplaintDashboard", "Open")
OVERDUE = QT_TRANSLATE_NOOP("ComplaintDashboard", "Overdue")
SATISFIED = QT_TRANSLATE_NOOP("ComplaintDashboard", "Satisfied")
CITY = QT_TRANSLATE_NOOP("ComplaintDashboard", "Whole city")
AS_OF = QT_TRANSLATE_NOOP("ComplaintDashboard", "Figures as of %1")
COMPUTING = QT_TRANSLATE_NOOP("ComplaintDashboard", "Computing…")
NO_CACHE = QT_TRANSLATE_NOOP(
    "ComplaintDashboard", "The cache is not available: no figures can be computed."
)
FAILED = QT_TRANSLATE_NOOP("ComplaintDashboard", "The figures could not be computed: %1")
SCOPE = QT_TRANSLATE_NOOP("ComplaintDashboard", "Scope:")
RANK_BY = QT_TRANSLATE_NOOP("ComplaintDashboard", "Rank by:")
GROUP_WARDS = QT_TRANSLATE_NOOP("ComplaintDashboard", "Wards")
GROUP_AGENCIES = QT_TRANSLATE_NOOP("ComplaintDashboard", "Agencies")
GROUP_CATEGORIES = QT_TRANSLATE_NOOP("ComplaintDashboard", "Categories")
GROUP_CHANNELS = QT_TRANSLATE_NOOP("ComplaintDashboard", "Channels")
OPEN_AT = QT_TRANSLATE_NOOP("ComplaintDashboard", "open at the end of %1")
OVERDUE_AT = QT_TRANSLATE_NOOP("ComplaintDashboard", "overdue at the end of %1")
HOURS_BIN = QT_TRANSLATE_NOOP("ComplaintDashboard", "handled in %1–%2 working hours")
HOURS_LAST = QT_TRANSLATE_NOOP("ComplaintDashboard", "handled in %1 working hours or more")
# what an empty chart says
NO_INTAKE = QT_TRANSLATE_NOOP("ComplaintDashboard", "No complaint received in this period")
NO_HANDLED = QT_TRANSLATE_NOOP(
    "ComplaintDashboard", "None of the complaints received in this period is handled yet"
)
NO_RATINGS = QT_TRANSLATE_NOOP(
    "ComplaintDashboard", "No citizen has rated the complaints received in this period yet"
)
NOTHING_TO_RANK = QT_TRANSLATE_NOOP(
    "ComplaintDashboard", "Nothing to rank by “%1” among the complaints received in this period"
)


def day_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def bucket_text(start: date, bucket: Bucket) -> str:
    """A bar's days in words: "05/12/2026", "30/11–06/12/2026", "12/2026"."""
    if bucket is Bucket.DAY:
        return day_text(start)
    if bucket is Bucket.WEEK:
        end = start + timedelta(days=6)
        return f"{start.strftime('%d/%m')}–{day_text(end)}"
    return start.strftime("%m/%Y")


def bucket_end(start: date, bucket: Bucket) -> date:
    if bucket is Bucket.DAY:
        return start + timedelta(days=1)
    if bucket is Bucket.WEEK:
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
