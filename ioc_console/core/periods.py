"""Periods a dashboard shows figures for: today, the last 7 or 30 days, this month, quarter or
year, everything, or a custom range of days — in city time (Asia/Ho_Chi_Minh).

A period runs from ``start`` (included) to ``end`` (excluded); a period that reaches into the
future stops at ``now``, so "this month" on the 6th is the 6 days so far, and the previous
period it is compared with is the one of the same length just before it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from ioc_console.core.clock import CITY_TZ
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message, TrText

# the first day anything can have happened, for "all records"
EPOCH_DAY = date(2015, 1, 1)


class PeriodKind(StrEnum):
    TODAY = "today"
    DAYS_7 = "7d"
    DAYS_30 = "30d"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    ALL = "all"
    CUSTOM = "custom"


TITLES: dict[PeriodKind, TrText] = {
    PeriodKind.TODAY: QT_TRANSLATE_NOOP("Periods", "Today"),
    PeriodKind.DAYS_7: QT_TRANSLATE_NOOP("Periods", "Last 7 days"),
    PeriodKind.DAYS_30: QT_TRANSLATE_NOOP("Periods", "Last 30 days"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Periods", "This month"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Periods", "This quarter"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("Periods", "This year"),
    PeriodKind.ALL: QT_TRANSLATE_NOOP("Periods", "All records"),
    PeriodKind.CUSTOM: QT_TRANSLATE_NOOP("Periods", "Custom"),
}
_RANGE = QT_TRANSLATE_NOOP("Periods", "%1 to %2")


class Bucket(StrEnum):
    """The width of one bar of a time series."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    start: datetime  # aware, city time, included
    end: datetime  # excluded; never after the ``now`` the period was made at
    first_day: date  # the days the operator chose (for custom ranges and the words)
    last_day: date

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()

    @property
    def description(self) -> TrText | Message:
        """The period in words ("Last 30 days", "01/11/2026 to 15/11/2026")."""
        if self.kind is PeriodKind.CUSTOM:
            return Message(_RANGE, _day(self.first_day), _day(self.last_day))
        return TITLES[self.kind]

    @property
    def bucket(self) -> Bucket:
        """Days up to about a month, weeks up to about a year, months beyond."""
        days = (self.last_day - self.first_day).days + 1
        if days <= 45:
            return Bucket.DAY
        if days <= 400:
            return Bucket.WEEK
        return Bucket.MONTH

    def previous(self) -> Period | None:
        """The period of the same length just before this one (None for all records)."""
        if self.kind is PeriodKind.ALL:
            return None
        length = self.end - self.start
        start = self.start - length
        return replace(
            self,
            start=start,
            end=self.start,
            first_day=start.date(),
            last_day=(self.start - timedelta(seconds=1)).date(),
        )


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), CITY_TZ)


def make_period(
    kind: PeriodKind | str,
    now: datetime,
    first_day: date | None = None,
    last_day: date | None = None,
) -> Period:
    """The period ``kind`` as it stands at ``now``; CUSTOM takes ``first_day``..``last_day``
    (both included; swapped when given backwards)."""
    kind = PeriodKind(kind)
    now = now.astimezone(CITY_TZ)
    today = now.date()
    if kind is PeriodKind.TODAY:
        first = today
    elif kind is PeriodKind.DAYS_7:
        first = today - timedelta(days=6)
    elif kind is PeriodKind.DAYS_30:
        first = today - timedelta(days=29)
    elif kind is PeriodKind.MONTH:
        first = today.replace(day=1)
    elif kind is PeriodKind.QUARTER:
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    elif kind is PeriodKind.YEAR:
        first = date(today.year, 1, 1)
    elif kind is PeriodKind.ALL:
        first = EPOCH_DAY
    else:
        if first_day is None or last_day is None:
            raise ValueError("a custom period needs its first and last day")
        first, last = sorted((first_day, last_day))
        end = min(_midnight(last + timedelta(days=1)), max(now, _midnight(first)))
        return Period(kind, _midnight(first), end, first, last)
    return Period(kind, _midnight(first), now, first, today)


def bucket_start(moment: datetime, bucket: Bucket) -> date:
    """The first day of the bucket that holds ``moment`` (weeks start on Monday)."""
    day = moment.astimezone(CITY_TZ).date()
    if bucket is Bucket.WEEK:
        return day - timedelta(days=day.weekday())
    if bucket is Bucket.MONTH:
        return day.replace(day=1)
    return day
