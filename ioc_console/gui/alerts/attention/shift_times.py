"""Shift boundaries from the site's shift start times (``06:00``, ``14:00``, ``22:00``): the
shift a moment falls in, and when the current one ends. Plain Python."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, time, timedelta

log = logging.getLogger(__name__)
DEFAULT_STARTS = (time(6), time(14), time(22))


def parse_starts(values: Iterable[object] | None) -> tuple[time, ...]:
    """Shift start times from ``"HH:MM"`` texts (or ``time`` values), sorted; a bad one is
    logged and left out; none usable gives the default 06:00 / 14:00 / 22:00."""
    starts: set[time] = set()
    for value in values or ():
        if isinstance(value, time):
            starts.add(value.replace(second=0, microsecond=0, tzinfo=None))
            continue
        try:
            hours, minutes = str(value).strip().split(":")
            starts.add(time(int(hours), int(minutes)))
        except ValueError:
            log.warning("shift start %r is not a time like 06:00; left out", value)
    return tuple(sorted(starts)) or DEFAULT_STARTS


def shift_at(
    moment: datetime, starts: tuple[time, ...] = DEFAULT_STARTS
) -> tuple[datetime, datetime]:
    """Start and end of the shift ``moment`` (an aware datetime) falls in, in its zone."""
    candidates = [
        datetime.combine(moment.date() + timedelta(days=offset), start, moment.tzinfo)
        for offset in (-1, 0, 1)
        for start in starts
    ]
    begin = max(c for c in candidates if c <= moment)
    end = min(c for c in candidates if c > moment)
    return begin, end


def previous_shift(
    moment: datetime, starts: tuple[time, ...] = DEFAULT_STARTS
) -> tuple[datetime, datetime]:
    """The shift that ended last before ``moment``'s shift began."""
    begin, _ = shift_at(moment, starts)
    return shift_at(begin - timedelta(seconds=1), starts)
