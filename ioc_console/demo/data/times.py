"""Clock helpers of the demo data: the city's time zone, ISO text and working days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ioc_console.core.clock import CITY_TZ as TZ

# Fixed-date public holidays (Tết and Giỗ Tổ follow the lunar calendar and are left out).
_HOLIDAYS = {(1, 1), (4, 30), (5, 1), (9, 2)}


def local(moment: datetime | None) -> datetime:
    """``moment`` in Asia/Ho_Chi_Minh to the second; the wall clock when None."""
    if moment is None:
        moment = datetime.now(TZ)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=TZ)
    return moment.astimezone(TZ).replace(microsecond=0)


def iso(moment: datetime) -> str:
    """ISO 8601 with offset, to the second: ``2026-11-29T14:03:00+07:00``."""
    return moment.astimezone(TZ).isoformat(timespec="seconds")


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(TZ)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in _HOLIDAYS


def add_working_days(day: date, n: int) -> date:
    """The ``n``-th working day after ``day``."""
    while n > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            n -= 1
    return day


def deadline_after(moment: datetime, working_days: int) -> datetime:
    """17:00 on the ``working_days``-th working day after ``moment``'s day."""
    return at(add_working_days(moment.date(), working_days), 17)


def working_hours_later(moment: datetime, hours: float) -> datetime:
    """``moment`` plus ``hours`` of office time (07:00-17:00 on working days)."""
    left = timedelta(hours=hours)
    cur = moment
    while True:
        if not is_working_day(cur.date()) or cur >= at(cur.date(), 17):
            cur = at(add_working_days(cur.date(), 1), 7)
            continue
        if cur < at(cur.date(), 7):
            cur = at(cur.date(), 7)
        room = at(cur.date(), 17) - cur
        if left <= room:
            return cur + left
        left -= room
        cur = at(add_working_days(cur.date(), 1), 7)


def working_hours_between(start: datetime, end: datetime) -> float:
    """Hours of office time (07:00-17:00 on working days) from ``start`` to ``end``."""
    total = 0.0
    cur = start
    while cur < end:
        day = cur.date()
        if is_working_day(day):
            lo, hi = max(cur, at(day, 7)), min(end, at(day, 17))
            if hi > lo:
                total += (hi - lo).total_seconds() / 3600
        cur = at(day + timedelta(days=1), 0)
    return total


def in_office_hours(moment: datetime) -> bool:
    """Whether ``moment`` falls on a working day between 07:00 and 17:00 (inclusive)."""
    return is_working_day(moment.date()) and at(moment.date(), 7) <= moment <= at(moment.date(),
                                                                                  17)
