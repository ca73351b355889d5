"""Times of the demo backend: Asia/Ho_Chi_Minh (UTC+7, no daylight saving), ISO 8601 text,
and a clock whose readings never repeat (every change gets a later ``updated_at``)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta

from ioc_console.core.clock import CITY_TZ as TZ

_TICK = timedelta(milliseconds=1)


def fmt(moment: datetime) -> str:
    """``2026-11-29T14:03:00.123+07:00``: milliseconds, so that changes in one second differ."""
    return moment.astimezone(TZ).isoformat(timespec="milliseconds")


def parse(text: str) -> datetime:
    """An ISO 8601 date-time (a date alone means its midnight); without offset it is local time.

    Raises ValueError on anything else. A ``+`` that a careless client left unencoded in a query
    string arrives as a space and is put back.
    """
    text = text.strip()
    if " " in text and "T" in text:
        text = text.replace(" ", "+")
    if len(text) == 10:
        moment = datetime.combine(date.fromisoformat(text), datetime.min.time())
    else:
        moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TZ)
    return moment.astimezone(TZ)


def wall_now() -> datetime:
    return datetime.now(UTC).astimezone(TZ)


class StampClock:
    """The backend's clock: the world's ``now`` plus the real time gone since the start.

    ``next()`` hands out strictly increasing stamps (a millisecond apart at least);
    ``peek()`` is a reading that every later ``next()`` exceeds.
    """

    def __init__(self, start: datetime | None = None, floor: datetime | None = None) -> None:
        self._start = (start or wall_now()).astimezone(TZ)
        self._t0 = time.monotonic()
        self._last = floor.astimezone(TZ) if floor else self._start - _TICK
        self._lock = threading.Lock()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._t0)

    def next(self) -> datetime:
        with self._lock:
            self._last = max(self._truncate(self.now()), self._last + _TICK)
            return self._last

    def peek(self) -> datetime:
        with self._lock:
            self._last = max(self._truncate(self.now()), self._last)
            return self._last

    @staticmethod
    def _truncate(moment: datetime) -> datetime:
        return moment.replace(microsecond=moment.microsecond // 1000 * 1000)
